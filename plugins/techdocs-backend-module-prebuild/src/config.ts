import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** Settings of the prebuild tasks, read from `techdocs.prebuild`. */
export interface PrebuildConfig {
  enabled: boolean;
  schedule: SchedulerServiceTaskScheduleDefinition;
  staleSchedule: SchedulerServiceTaskScheduleDefinition;
  pushTopics: string[];
  concurrency: number;
}

export const DEFAULT_MISSING_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 1 },
    timeout: { minutes: 30 },
    initialDelay: { seconds: 15 },
  };
export const DEFAULT_STALE_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 30 },
  initialDelay: { minutes: 5 },
};
/** The push topics of @internal/plugin-catalog-backend-module-git. */
export const DEFAULT_PUSH_TOPICS = ['git', 'github', 'gitlab', 'gitea'];
export const DEFAULT_PREBUILD_CONCURRENCY = 2;

export function readPrebuildConfig(config: Config): PrebuildConfig {
  const prebuild = config.getOptionalConfig('techdocs.prebuild');
  const concurrency =
    prebuild?.getOptionalNumber('concurrency') ?? DEFAULT_PREBUILD_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InputError(
      `techdocs.prebuild.concurrency must be a positive integer, got ${concurrency}`,
    );
  }
  const schedule = (
    key: string,
    fallback: SchedulerServiceTaskScheduleDefinition,
  ) =>
    prebuild?.has(key)
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          prebuild.getConfig(key),
        )
      : fallback;
  return {
    enabled: prebuild?.getOptionalBoolean('enabled') ?? true,
    schedule: schedule('schedule', DEFAULT_MISSING_SCHEDULE),
    staleSchedule: schedule('staleSchedule', DEFAULT_STALE_SCHEDULE),
    pushTopics:
      prebuild?.getOptionalStringArray('pushTopics') ?? DEFAULT_PUSH_TOPICS,
    concurrency,
  };
}
