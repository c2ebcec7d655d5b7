import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** Settings of the prebuild task, read from `techdocs.prebuild`. */
export interface PrebuildConfig {
  enabled: boolean;
  schedule: SchedulerServiceTaskScheduleDefinition;
  concurrency: number;
}

export const DEFAULT_PREBUILD_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 5 },
    timeout: { minutes: 30 },
    initialDelay: { seconds: 15 },
  };
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
  return {
    enabled: prebuild?.getOptionalBoolean('enabled') ?? true,
    schedule: prebuild?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          prebuild.getConfig('schedule'),
        )
      : DEFAULT_PREBUILD_SCHEDULE,
    concurrency,
  };
}
