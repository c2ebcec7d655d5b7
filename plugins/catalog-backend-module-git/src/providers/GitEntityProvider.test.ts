import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  EntityProviderConnection,
  EntityProviderMutation,
  EntityProviderRefreshOptions,
} from '@backstage/plugin-catalog-node';
import fs from 'node:fs';
import path from 'node:path';
import { createCapturingLogger } from '../__testUtils__/capturingLogger';
import {
  GitHttpServer,
  startGitHttpServer,
} from '../__testUtils__/gitHttpServer';
import { createTempDir, TestRepo } from '../__testUtils__/testRepos';
import { GitCredentials } from '../lib/GitCredentials';
import { GitRepositoryCache } from '../lib/GitRepositoryCache';
import { GitEntityProvider } from './GitEntityProvider';

const TOKEN = 'ghp_provider-test-secret';

/** Records what a provider hands the catalog. */
class RecordingConnection implements EntityProviderConnection {
  mutations: EntityProviderMutation[] = [];
  refreshes: EntityProviderRefreshOptions[] = [];
  async applyMutation(mutation: EntityProviderMutation) {
    this.mutations.push(mutation);
  }
  async refresh(options: EntityProviderRefreshOptions) {
    this.refreshes.push(options);
  }
  lastTargets(): string[] {
    const last = this.mutations[this.mutations.length - 1];
    if (last?.type !== 'full') throw new Error('no full mutation');
    return last.entities.map(e => e.entity.spec!.target as string).sort();
  }
}

describe('GitEntityProvider', () => {
  const temp = createTempDir();
  const repos = path.join(temp.dir, 'repos');
  let server: GitHttpServer;

  beforeAll(async () => {
    server = await startGitHttpServer({ projectRoot: repos, token: TOKEN });
  });

  afterAll(async () => {
    await server.close();
    temp.remove();
  });

  function setup(providerConfig: object, integrations: object = {}) {
    const config = new ConfigReader({
      integrations,
      catalog: { providers: { git: { test: providerConfig } } },
    });
    const logger = createCapturingLogger();
    const cache = new GitRepositoryCache({
      baseDir: fs.mkdtempSync(path.join(temp.dir, 'cache-')),
      logger,
      credentials: GitCredentials.fromConfig(config),
    });
    const tasks: SchedulerServiceTaskInvocationDefinition[] = [];
    const scheduler = mockServices.scheduler.mock({
      createScheduledTaskRunner: () => ({
        run: async (task: SchedulerServiceTaskInvocationDefinition) => {
          tasks.push(task);
        },
      }),
    });
    const [provider] = GitEntityProvider.fromConfig(config, {
      logger,
      scheduler,
      cache,
    });
    return { provider, logger, tasks, connection: new RecordingConnection() };
  }

  it('emits one Location per catalog file and refreshes the files that change', async () => {
    const repo = TestRepo.create(repos, 'flow', {
      'catalog-info.yaml': 'kind: Component\n',
      'services/a/catalog-info.yaml': 'kind: Component\n',
      'README.md': 'x\n',
    });
    const { provider, connection } = setup({ remote: repo.fileRemote });
    expect(provider.getProviderName()).toBe('git-provider:test');
    await provider.connect(connection);

    await provider.refresh();
    const root = `git+${repo.fileRemote}/-/blob/main/`;
    expect(connection.lastTargets()).toEqual([
      `${root}catalog-info.yaml`,
      `${root}services/a/catalog-info.yaml`,
    ]);
    const mutation = connection.mutations[0];
    const [first] = mutation.type === 'full' ? mutation.entities : [];
    expect(first.locationKey).toBe('git-provider:test');
    expect(first.entity).toMatchObject({
      kind: 'Location',
      spec: { type: 'url', target: `${root}catalog-info.yaml` },
      metadata: {
        annotations: {
          'backstage.io/managed-by-location': `url:${root}`,
          'backstage.io/managed-by-origin-location': `url:${root}`,
        },
      },
    });
    expect(connection.refreshes).toEqual([]);

    // Unchanged commit: nothing more.
    await provider.refresh();
    expect(connection.mutations).toHaveLength(1);

    // Add, change and delete.
    const commit = repo.commit({
      'services/a/catalog-info.yaml': 'kind: Component\nchanged: true\n',
      'services/b/catalog-info.yaml': 'kind: API\n',
      'catalog-info.yaml': null,
    });
    await provider.refresh();
    expect(connection.lastTargets()).toEqual([
      `${root}services/a/catalog-info.yaml`,
      `${root}services/b/catalog-info.yaml`,
    ]);
    expect(connection.refreshes.flatMap(r => r.keys).sort()).toEqual([
      `url:${root}catalog-info.yaml`,
      `url:${root}services/a/catalog-info.yaml`,
      `url:${root}services/b/catalog-info.yaml`,
    ]);
    expect(provider.getStatus()).toMatchObject({
      providerId: 'test',
      branch: 'main',
      lastCommit: commit,
      lastError: undefined,
      files: ['services/a/catalog-info.yaml', 'services/b/catalog-info.yaml'],
    });
  });

  it('uses the configured branch and paths', async () => {
    const repo = TestRepo.create(repos, 'branches', {
      'catalog-info.yaml': 'kind: Component\n',
    });
    repo.checkoutNewBranch('release/2024');
    repo.commit({
      'teams/x.yaml': 'kind: Group\n',
      'teams/y.yml': 'kind: Group\n',
    });
    repo.checkout('main');
    const { provider, connection } = setup({
      remote: repo.fileRemote,
      branch: 'release/2024',
      paths: ['teams/*.yaml', 'teams/*.yml'],
    });
    await provider.connect(connection);
    await provider.refresh();
    const root = `git+${repo.fileRemote}/-/blob/release%2F2024/`;
    expect(connection.lastTargets()).toEqual([
      `${root}teams/x.yaml`,
      `${root}teams/y.yml`,
    ]);
  });

  it('keeps the entities and reports when the remote is unreachable, then recovers', async () => {
    const repo = TestRepo.create(repos, 'moving', {
      'catalog-info.yaml': 'kind: Component\n',
    });
    const remote = `http://x-access-token:${TOKEN}@${server.host}/moving`;
    const { provider, connection, logger, tasks } = setup({ remote });
    await provider.connect(connection);
    expect(tasks).toHaveLength(1);

    await tasks[0].fn(new AbortController().signal);
    expect(connection.mutations).toHaveLength(1);

    fs.renameSync(repo.dir, `${repo.dir}-away`);
    await expect(provider.refresh()).rejects.toThrow(/Could not fetch/);
    // The scheduled task logs instead of throwing.
    await tasks[0].fn(new AbortController().signal);
    expect(connection.mutations).toHaveLength(1);
    const status = provider.getStatus();
    expect(status.lastError).toMatch(
      new RegExp(
        `Could not fetch from git remote http://${server.host}/moving`,
      ),
    );
    expect(status.remote).toBe(`http://***@${server.host}/moving`);
    expect(status.files).toEqual(['catalog-info.yaml']);
    const errors = logger.logs.filter(l => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].meta).toMatchObject({ provider: 'git-provider:test' });

    fs.renameSync(`${repo.dir}-away`, repo.dir);
    repo.commit({ 'b/catalog-info.yaml': 'kind: API\n' });
    await provider.refresh();
    expect(connection.mutations).toHaveLength(2);
    expect(provider.getStatus().lastError).toBeUndefined();

    // The token was sent to the server, and never logged or shown.
    expect(
      server.requests.some(r => r.authorization?.startsWith('Basic ')),
    ).toBe(true);
    expect(logger.text()).not.toContain(TOKEN);
    expect(JSON.stringify(provider.getStatus())).not.toContain(TOKEN);
    expect(JSON.stringify(connection.mutations)).not.toContain(TOKEN);
  });

  it('starts its first run on connect; the first scheduled run does not fetch again', async () => {
    const repo = TestRepo.create(repos, 'startup', {
      'catalog-info.yaml': 'kind: Component\n',
    });
    const remote = `http://x-access-token:${TOKEN}@${server.host}/startup`;
    const fetches = () =>
      server.requests.filter(
        r =>
          r.status === 200 &&
          r.path.startsWith('/startup') &&
          r.path.endsWith('/info/refs'),
      ).length;
    const { provider, connection, tasks } = setup({ remote, branch: 'main' });
    await provider.connect(connection);
    // Nothing was asked of the scheduler, yet the first run is under way.
    expect(tasks).toHaveLength(1);
    await tasks[0].fn(new AbortController().signal);
    expect(connection.mutations).toHaveLength(1);
    expect(provider.getStatus().lastCommit).toBe(repo.head());
    expect(fetches()).toBe(1);

    // Later scheduled runs fetch as usual.
    repo.commit({ 'b/catalog-info.yaml': 'kind: API\n' });
    await tasks[0].fn(new AbortController().signal);
    expect(fetches()).toBe(2);
    expect(connection.mutations).toHaveLength(2);
  });

  it('repeats a failed start-up run on the first scheduled run', async () => {
    const repo = TestRepo.create(repos, 'late', {
      'catalog-info.yaml': 'kind: Component\n',
    });
    fs.renameSync(repo.dir, `${repo.dir}-away`);
    const { provider, connection, tasks, logger } = setup({
      remote: repo.fileRemote,
    });
    await provider.connect(connection);
    await expect(provider.refresh()).rejects.toThrow(/Could not fetch/);
    fs.renameSync(`${repo.dir}-away`, repo.dir);
    await tasks[0].fn(new AbortController().signal);
    expect(connection.mutations).toHaveLength(1);
    expect(provider.getStatus().lastError).toBeUndefined();
    expect(logger.logs.filter(l => l.level === 'error')).toHaveLength(1);
  });

  it('reports a missing branch without applying anything', async () => {
    const repo = TestRepo.create(repos, 'nobranch', {
      'catalog-info.yaml': 'kind: Component\n',
    });
    const { provider, connection } = setup({
      remote: repo.fileRemote,
      branch: 'gone',
    });
    await provider.connect(connection);
    await expect(provider.refresh()).rejects.toThrow(
      `Branch 'gone' not found in git remote ${repo.fileRemote}`,
    );
    expect(connection.mutations).toEqual([]);
    expect(provider.getStatus().lastError).toMatch(/Branch 'gone' not found/);
  });

  it('runs once more when asked during a run, not once per ask', async () => {
    const repo = TestRepo.create(repos, 'busy', {
      'catalog-info.yaml': 'kind: Component\n',
    });
    const { provider, connection } = setup({ remote: repo.fileRemote });
    await provider.connect(connection);
    await Promise.all([
      provider.refresh(),
      provider.refresh(),
      provider.refresh(),
      provider.refresh(),
    ]);
    expect(connection.mutations).toHaveLength(1);
    expect(provider.matchesRemote(`${repo.dir}.git`)).toBe(true);
    expect(provider.matchesRemote(`file://${repo.dir}/`)).toBe(true);
  });

  it('says which config key is wrong', () => {
    expect(() => setup({ branch: 'main' })).toThrow(
      "Missing required config value at 'catalog.providers.git.test.remote'",
    );
    expect(() => setup({ remote: 'nonsense' })).toThrow(
      'catalog.providers.git.test.remote: Not a Git remote URL',
    );
    expect(() => setup({ remote: '/x', paths: [] })).toThrow(
      'catalog.providers.git.test.paths',
    );
  });
});
