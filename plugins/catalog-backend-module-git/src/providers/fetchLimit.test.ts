import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  EntityProviderConnection,
  EntityProviderMutation,
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
import {
  DEFAULT_MAX_CONCURRENT_FETCHES,
  GitRepositoryCache,
} from '../lib/GitRepositoryCache';
import { onPushEvent } from '../webhooks/pushEventSubscriber';
import { GitEntityProvider, trackedMaxAgeMs } from './GitEntityProvider';

const REPOS = 10;
const PUSHES_PER_REPO = 5;
const LIMIT = 3;

class CountingConnection implements EntityProviderConnection {
  mutations: EntityProviderMutation[] = [];
  async applyMutation(mutation: EntityProviderMutation) {
    this.mutations.push(mutation);
  }
  async refresh() {}
}

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

describe('the global fetch limit', () => {
  const temp = createTempDir();
  const root = path.join(temp.dir, 'repos');
  let server: GitHttpServer;

  /** Fetches the server answered for paths containing `part` (one `info/refs` GET each). */
  const fetchesOf = (part: string) =>
    server.requests.filter(
      r =>
        r.method === 'GET' &&
        r.path.includes(part) &&
        r.path.endsWith('/info/refs'),
    ).length;

  beforeAll(async () => {
    server = await startGitHttpServer({
      projectRoot: root,
      uploadPackDelayMs: 150,
    });
  });

  afterAll(async () => {
    await server.close();
    temp.remove();
  });

  it(`runs at most ${LIMIT} fetches at once for ${
    REPOS * PUSHES_PER_REPO
  } webhooks, and refreshes every source after its last push`, async () => {
    const repos = Array.from({ length: REPOS }, (_, i) =>
      TestRepo.create(root, `repo-${i}`, {
        'catalog-info.yaml': `kind: Component\nmetadata: {name: c${i}}\n`,
      }),
    );
    const config = new ConfigReader({
      catalog: {
        providers: {
          git: Object.fromEntries(
            repos.map((_, i) => [
              `repo-${i}`,
              { remote: `${server.baseUrl}/repo-${i}`, branch: 'main' },
            ]),
          ),
          gitFetch: { maxConcurrent: LIMIT },
        },
      },
    });
    const logger = createCapturingLogger();
    const cache = GitRepositoryCache.fromConfig(
      new ConfigReader({
        ...config.get<object>(),
        backend: {
          workingDirectory: fs.mkdtempSync(path.join(temp.dir, 'w-')),
        },
      }),
      { logger },
    );
    const providers = GitEntityProvider.fromConfig(config, {
      logger,
      // Scheduled runs are not the subject here: only webhooks refresh.
      scheduler: mockServices.scheduler.mock({
        createScheduledTaskRunner: () => ({ run: async () => {} }),
      }),
      cache,
    });
    const connections = providers.map(() => new CountingConnection());
    await Promise.all(providers.map((p, i) => p.connect(connections[i])));
    await Promise.all(providers.map(p => p.refresh()));
    const fetchesBefore = fetchesOf('/repo-');
    server.uploadPacks.maxInFlight = 0;

    // Five pushes to every repository, each followed by its webhook, all
    // within a few hundred milliseconds.
    for (let round = 0; round < PUSHES_PER_REPO; round++) {
      for (const [i, repo] of repos.entries()) {
        repo.commit({ 'catalog-info.yaml': `# round ${round}\n` });
        await onPushEvent(
          {
            topic: 'git',
            eventPayload: { remote: `${server.baseUrl}/repo-${i}` },
          },
          providers,
          logger,
        );
      }
    }

    // Every source ends at its last push.
    await waitFor(
      () =>
        providers.every((p, i) => p.getStatus().lastCommit === repos[i].head()),
      30_000,
    );
    await waitFor(() => cache.fetchLoad().active === 0, 10_000);

    expect(server.uploadPacks.maxInFlight).toBeGreaterThan(1);
    expect(server.uploadPacks.maxInFlight).toBeLessThanOrEqual(LIMIT);
    expect(cache.fetchLoad()).toMatchObject({ waiting: 0, limit: LIMIT });
    // Pushes that came while a source's fetch waited for a slot joined it.
    const fetches = fetchesOf('/repo-') - fetchesBefore;
    expect(fetches).toBeGreaterThanOrEqual(REPOS);
    expect(fetches).toBeLessThan(REPOS * PUSHES_PER_REPO);
  }, 60_000);

  it('lets pushes that come while a fetch waits for a slot join it', async () => {
    const slow = TestRepo.create(root, 'slow', {
      'catalog-info.yaml': 'kind: Component\n',
    });
    const waiting = TestRepo.create(root, 'waiting', {
      'catalog-info.yaml': 'kind: Component\n',
    });
    const config = new ConfigReader({
      catalog: {
        providers: {
          git: {
            slow: { remote: `${server.baseUrl}/slow`, branch: 'main' },
            waiting: { remote: `${server.baseUrl}/waiting`, branch: 'main' },
          },
        },
      },
    });
    const logger = createCapturingLogger();
    const cache = new GitRepositoryCache({
      baseDir: fs.mkdtempSync(path.join(temp.dir, 'cache-')),
      logger,
      credentials: GitCredentials.fromConfig(config),
      maxConcurrentFetches: 1,
    });
    const [slowProvider, waitingProvider] = GitEntityProvider.fromConfig(
      config,
      {
        logger,
        scheduler: mockServices.scheduler.mock({
          createScheduledTaskRunner: () => ({ run: async () => {} }),
        }),
        cache,
      },
    );
    await slowProvider.connect(new CountingConnection());
    await waitingProvider.connect(new CountingConnection());
    // Connecting starts each provider's first run; let those finish.
    await waitFor(
      () =>
        slowProvider.getStatus().lastCommit === slow.head() &&
        waitingProvider.getStatus().lastCommit === waiting.head() &&
        cache.fetchLoad().active === 0,
      10_000,
    );
    const waitingBefore = fetchesOf('/waiting/');
    const slowBefore = fetchesOf('/slow/');

    // The slow source takes the only slot; the other's refresh waits for it,
    // and four more pushes to it arrive meanwhile.
    const holding = slowProvider.refresh();
    const refreshes = [waitingProvider.refresh()];
    await waitFor(() => {
      const load = cache.fetchLoad();
      return load.active === 1 && load.waiting === 1;
    }, 5_000);
    for (let push = 0; push < 4; push++) {
      waiting.commit({ 'catalog-info.yaml': `# push ${push}\n` });
      refreshes.push(waitingProvider.refresh());
    }
    await Promise.all([holding, ...refreshes]);

    expect(fetchesOf('/waiting/') - waitingBefore).toBe(1);
    expect(waitingProvider.getStatus().lastCommit).toBe(waiting.head());
    expect(fetchesOf('/slow/') - slowBefore).toBe(1);
    expect(slowProvider.getStatus().lastCommit).toBe(slow.head());
  });

  it('reads its limit from config, with a default, and rejects a bad one', () => {
    const logger = createCapturingLogger();
    const at = (gitFetch?: object) =>
      GitRepositoryCache.fromConfig(
        new ConfigReader({
          backend: { workingDirectory: temp.dir },
          catalog: { providers: { ...(gitFetch && { gitFetch }) } },
        }),
        { logger },
      );
    expect(at().fetchLoad().limit).toBe(DEFAULT_MAX_CONCURRENT_FETCHES);
    expect(at({ maxConcurrent: 2 }).fetchLoad().limit).toBe(2);
    expect(() => at({ maxConcurrent: 0 })).toThrow(
      'Invalid config catalog.providers.gitFetch.maxConcurrent: 0',
    );
  });

  it('lets the URL reader trust a provider’s mirror for one schedule period plus timeout', () => {
    expect(
      trackedMaxAgeMs({ frequency: { minutes: 5 }, timeout: { minutes: 3 } }),
    ).toBe(8 * 60_000);
    expect(
      trackedMaxAgeMs({
        frequency: { cron: '*/5 * * * *' },
        timeout: { minutes: 3 },
      }),
    ).toBe(10 * 60_000);
  });
});
