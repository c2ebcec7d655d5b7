import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { eventsExtensionPoint } from '@backstage/plugin-events-node/alpha';
import { jsonBodyParser } from './webhooks/jsonBodyParser';
import {
  createPushIngressValidator,
  readWebhookSecrets,
} from './webhooks/pushIngressValidator';
import { PUSH_TOPICS } from './webhooks/pushPayloads';

/**
 * The events module: validates what the HTTP ingress of the push topics
 * accepts (`POST /api/events/http/<topic>`), for the topics enabled in
 * `events.http.topics`: a configured webhook signature must match, and a push
 * must be a JSON object naming its repository; otherwise 401 or 400 with the
 * reason.
 *
 * @public
 */
export const eventsModuleGitWebhooks = createBackendModule({
  pluginId: 'events',
  moduleId: 'git-webhooks',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        events: eventsExtensionPoint,
      },
      async init({ config, events }) {
        const enabled = new Set(
          config.getOptionalStringArray('events.http.topics') ?? [],
        );
        const topics = PUSH_TOPICS.filter(topic => enabled.has(topic));
        if (topics.length === 0) {
          return;
        }
        const secrets = readWebhookSecrets(config);
        for (const topic of topics) {
          events.addHttpPostIngress({
            topic,
            validator: createPushIngressValidator(topic, secrets),
          });
        }
        events.addHttpPostBodyParser({
          contentType: 'application/json',
          parser: jsonBodyParser,
        });
      },
    });
  },
});
