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
       * behaviour). Defaults to true. Off as well when `techdocs.builder` is
       * not `local` (docs built elsewhere).
       */
      enabled?: boolean;
      /**
       * How often to build docs that were never built (new entities). Cheap:
       * one storage lookup per entity, no source read. Defaults to every
       * minute, first run after 15 seconds, 30 minute timeout.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How often to check every entity's docs source (its etag against the
       * published one) and rebuild what changed, for changes that came
       * without a push webhook. Defaults to every 30 minutes, first run after
       * 5 minutes, 30 minute timeout.
       */
      staleSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Events topics of push webhooks; each push makes the module check
       * every entity's docs source 5 seconds later and rebuild what changed
       * (pushes during a run share one run after it). Defaults to the topics
       * of @internal/plugin-catalog-backend-module-git: git, github, gitlab,
       * gitea. An empty list turns this off.
       */
      pushTopics?: string[];
      /**
       * How many docs builds run at once. Defaults to 2.
       */
      concurrency?: number;
    };
  };
}
