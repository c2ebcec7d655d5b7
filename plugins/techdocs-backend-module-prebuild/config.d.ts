import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  techdocs?: {
    /**
     * Builds docs ahead of the first visit
     * (@internal/plugin-techdocs-backend-module-prebuild), so that they are
     * searchable before anyone opens them.
     */
    prebuild?: {
      /**
       * Set to false to build docs only when someone opens them (upstream's
       * behaviour). Defaults to true.
       */
      enabled?: boolean;
      /**
       * How often to look for entities whose docs are missing or stale.
       * Defaults to every 5 minutes, first run after 15 seconds, 30 minute
       * timeout.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How many docs builds run at once. Defaults to 2.
       */
      concurrency?: number;
    };
  };
}
