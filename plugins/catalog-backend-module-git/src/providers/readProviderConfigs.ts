import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { remoteToUrlForm } from '../lib/gitUrl';

/** Catalog files looked for when a provider sets no `paths`. */
export const DEFAULT_PATHS = ['**/catalog-info.yaml'];

/** How often a provider fetches when it sets no `schedule`. */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 3 },
};

/** One `catalog.providers.git.<id>` entry, with defaults applied. */
export type GitProviderConfig = {
  id: string;
  /** The remote as configured (may carry credentials; never log it as is). */
  remote: string;
  /** The branch, or undefined for the remote's HEAD. */
  branch?: string;
  paths: string[];
  schedule: SchedulerServiceTaskScheduleDefinition;
};

/** Reads every `catalog.providers.git.<id>`; errors name the faulty key. */
export function readProviderConfigs(config: Config): GitProviderConfig[] {
  const providers = config.getOptionalConfig('catalog.providers.git');
  if (!providers) {
    return [];
  }
  return providers
    .keys()
    .map(id => readProviderConfig(id, providers.getConfig(id)));
}

function readProviderConfig(id: string, config: Config): GitProviderConfig {
  const key = `catalog.providers.git.${id}`;
  if (!/^[A-Za-z0-9_.-]+$/.test(id)) {
    throw new InputError(
      `${key}: the provider id may only hold letters, digits, '_', '.' and '-'`,
    );
  }
  const remote = config.getString('remote').trim();
  try {
    remoteToUrlForm(remote);
  } catch (error) {
    throw new InputError(
      `${key}.remote: ${(error as Error).message.replace(remote, '<remote>')}`,
    );
  }
  const branch = config.getOptionalString('branch')?.trim() || undefined;
  const paths = config.getOptionalStringArray('paths') ?? DEFAULT_PATHS;
  if (paths.length === 0 || paths.some(p => !p.trim())) {
    throw new InputError(`${key}.paths: give at least one non-empty glob`);
  }
  const schedule = config.has('schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('schedule'),
      )
    : DEFAULT_SCHEDULE;
  return { id, remote, branch, paths, schedule };
}
