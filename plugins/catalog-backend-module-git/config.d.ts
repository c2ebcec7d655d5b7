import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /**
       * Git entity providers (@internal/plugin-catalog-backend-module-git),
       * by provider id. Each emits one Location entity per catalog file of a
       * branch of a Git remote; the provider id is part of the provider name
       * (`git-provider:<id>`), so renaming it orphans its entities.
       */
      git?: {
        [providerId: string]: {
          /**
           * The remote to read: https://, http://, ssh://, git://, file://
           * or user@host:path. Credentials for http(s) remotes come from the
           * `integrations` entry of the host (github, gitlab, gitea,
           * bitbucketServer, bitbucketCloud, gerrit, azure); any credentials
           * written into the remote are sent as a header, never in the URL,
           * and are redacted from logs and errors.
           */
          remote: string;
          /**
           * The branch to read. Defaults to the remote's HEAD branch.
           */
          branch?: string;
          /**
           * Globs of catalog files inside the repository.
           * Defaults to ['**\/catalog-info.yaml'].
           */
          paths?: string[];
          /**
           * How often to fetch. Defaults to every 5 minutes with a 3 minute
           * timeout; pushes (see events.http.topics) refresh at once.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        };
      };
      /**
       * Git fetches of the shared repository cache (the git providers and
       * the `git+` URL reader).
       */
      gitFetch?: {
        /**
         * Fetches (of any remotes) that run at once; more wait their turn,
         * and pushes to a source whose fetch is still waiting join it.
         * Default 8.
         */
        maxConcurrent?: number;
      };
      /**
       * Checks of push webhooks received on POST /api/events/http/<topic>
       * (topics git, github, gitlab, gitea, enabled in events.http.topics).
       */
      gitWebhooks?: {
        /**
         * GitHub webhook secret: deliveries on the `github` topic must carry
         * a matching `x-hub-signature-256` HMAC.
         * @visibility secret
         */
        githubSecret?: string;
        /**
         * GitLab webhook secret token: deliveries on the `gitlab` topic must
         * carry it in `x-gitlab-token`.
         * @visibility secret
         */
        gitlabToken?: string;
        /**
         * Gitea webhook secret: deliveries on the `gitea` topic must carry a
         * matching `x-gitea-signature` HMAC.
         * @visibility secret
         */
        giteaSecret?: string;
      };
    };
  };
}
