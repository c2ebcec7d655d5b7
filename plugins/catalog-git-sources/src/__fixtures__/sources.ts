import { GitSourceStatus } from '../api';

const COMMIT = '3f9c2a7e5b1d4c6f8a0b2c4d6e8f0a1b3c5d7e9f';

/** A GitLab source (the integration is configured for its host) with a broken YAML file. */
export const platformSource: GitSourceStatus = {
  providerId: 'platform',
  remote: 'https://***@git.example.com/platform/catalog.git',
  branch: 'main',
  paths: ['**/catalog-info.yaml'],
  lastCommit: COMMIT,
  lastRunAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  lastRunDurationMs: 1840,
  fileCount: 2,
  files: [
    {
      path: 'services/a/catalog-info.yaml',
      url: 'git+https://git.example.com/platform/catalog.git/-/blob/main/services/a/catalog-info.yaml',
      registered: true,
      entityCount: 1,
      errors: [],
    },
    {
      path: 'services/b/catalog-info.yaml',
      url: 'git+https://git.example.com/platform/catalog.git/-/blob/main/services/b/catalog-info.yaml',
      registered: true,
      entityCount: 2,
      errors: [
        {
          entityRef: 'location:default/generated-0a1b2c',
          name: 'InputError',
          message:
            'YAML error at url:git+https://git.example.com/platform/catalog.git/-/blob/main/services/b/catalog-info.yaml, YAMLParseError: Nested mappings are not allowed in compact mappings at line 12, column 7:\n\nkind: API\n      ^\n',
        },
      ],
    },
  ],
};

/** A source whose last fetch failed after an earlier success. */
export const legacySource: GitSourceStatus = {
  providerId: 'legacy',
  remote: 'ssh://git@git.internal/legacy/catalog.git',
  branch: 'master',
  paths: ['catalog-info.yaml'],
  lastCommit: 'aa11bb22cc33dd44ee55ff66aa77bb88cc99dd00',
  lastRunAt: new Date(Date.now() - 30_000).toISOString(),
  lastRunDurationMs: 10_250,
  lastError:
    'Could not fetch from git remote ssh://git@git.internal/legacy/catalog.git: ssh: Could not resolve hostname git.internal: Name or service not known',
  fileCount: 1,
  files: [
    {
      path: 'catalog-info.yaml',
      url: 'git+ssh://git@git.internal/legacy/catalog.git/-/blob/master/catalog-info.yaml',
      registered: true,
      entityCount: 4,
      errors: [],
    },
  ],
};

/** A source that has never been fetched successfully. */
export const neverFetchedSource: GitSourceStatus = {
  providerId: 'broken',
  remote: 'http://***@127.0.0.1:9/nowhere.git',
  paths: ['**/catalog-info.yaml'],
  lastRunAt: new Date(Date.now() - 10_000).toISOString(),
  lastRunDurationMs: 12,
  lastError:
    'Could not fetch from git remote http://127.0.0.1:9/nowhere.git: fatal: unable to access: Failed to connect to 127.0.0.1 port 9',
  files: [],
};
