import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { IndexableDocument } from '@backstage/plugin-search-common';
import { Readable } from 'node:stream';

/**
 * A search module that indexes `documents` under `type` once at start-up
 * (and whenever its task is triggered), counting collator runs.
 */
export function createTestCollatorModule(
  type: string,
  documents: () => IndexableDocument[],
) {
  const runs = { count: 0 };
  const feature = createBackendModule({
    pluginId: 'search',
    moduleId: `test-collator-${type}`,
    register(reg) {
      reg.registerInit({
        deps: {
          scheduler: coreServices.scheduler,
          indexRegistry: searchIndexRegistryExtensionPoint,
        },
        async init({ scheduler, indexRegistry }) {
          indexRegistry.addCollator({
            schedule: scheduler.createScheduledTaskRunner({
              frequency: { hours: 1 },
              timeout: { minutes: 1 },
              initialDelay: { seconds: 0 },
            }),
            factory: {
              type,
              getCollator: async () => {
                runs.count++;
                return Readable.from(documents());
              },
            },
          });
        },
      });
    },
  });
  return { feature, runs };
}
