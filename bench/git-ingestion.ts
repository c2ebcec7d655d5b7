/*
 * Benchmark of the Git entity provider and URL reader
 * (@internal/plugin-catalog-backend-module-git) on one machine, real git only.
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     bench/git-ingestion.ts [files=1000] [changed=10]
 *
 * Makes a repository with <files> catalog files, serves it over smart HTTP on
 * 127.0.0.1 (git-http-backend), and times: the first provider run (fetch,
 * list, full mutation), a run with no new commit, a run after a commit that
 * changes <changed> files, reading every file through the URL reader, and
 * reading them again with their etags (all NotModified). The catalog itself is
 * not started: the connection only records what the provider hands it.
 */
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { SchedulerService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import {
  EntityProviderConnection,
  EntityProviderMutation,
  EntityProviderRefreshOptions,
} from '@backstage/plugin-catalog-node';
import fs from 'node:fs';
import path from 'node:path';
import { createCapturingLogger } from '../plugins/catalog-backend-module-git/src/__testUtils__/capturingLogger';
import { startGitHttpServer } from '../plugins/catalog-backend-module-git/src/__testUtils__/gitHttpServer';
import {
  createTempDir,
  TestRepo,
} from '../plugins/catalog-backend-module-git/src/__testUtils__/testRepos';
import { GitCredentials } from '../plugins/catalog-backend-module-git/src/lib/GitCredentials';
import { GitRepositoryCache } from '../plugins/catalog-backend-module-git/src/lib/GitRepositoryCache';
import { GitEntityProvider } from '../plugins/catalog-backend-module-git/src/providers/GitEntityProvider';
import { GitUrlReader } from '../plugins/catalog-backend-module-git/src/reader/GitUrlReader';

const fileCount = Number(process.argv[2] ?? 1000);
const changedCount = Math.min(Number(process.argv[3] ?? 10), fileCount);

const component = (i: number, rev = 0) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: svc-${i}
  description: revision ${rev}
spec:
  type: service
  lifecycle: production
  owner: team-${i % 20}
`;

async function time<T>(label: string, fn: () => Promise<T>, rows: string[][]) {
  const start = process.hrtime.bigint();
  const result = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  rows.push([label, ms.toFixed(1)]);
  return result;
}

async function main() {
  const temp = createTempDir('git-ingestion-bench-');
  const repos = path.join(temp.dir, 'repos');
  const rows: string[][] = [];
  const server = await startGitHttpServer({ projectRoot: repos });
  try {
    const files: Record<string, string> = {};
    for (let i = 0; i < fileCount; i++) {
      files[`services/svc-${i}/catalog-info.yaml`] = component(i);
      files[`services/svc-${i}/README.md`] = `# svc-${i}\n`;
    }
    const repo = TestRepo.create(repos, 'catalog', files);
    const remote = `${server.baseUrl}/catalog`;

    const config = new ConfigReader({
      catalog: { providers: { git: { bench: { remote } } } },
    });
    const logger = createCapturingLogger();
    const cache = new GitRepositoryCache({
      baseDir: path.join(temp.dir, 'mirrors'),
      logger,
      credentials: GitCredentials.fromConfig(config),
    });
    const mutations: EntityProviderMutation[] = [];
    const refreshes: EntityProviderRefreshOptions[] = [];
    const connection: EntityProviderConnection = {
      applyMutation: async m => {
        mutations.push(m);
      },
      refresh: async r => {
        refreshes.push(r);
      },
    };
    const [provider] = GitEntityProvider.fromConfig(config, {
      logger,
      cache,
      scheduler: {
        createScheduledTaskRunner: () => ({ run: async () => {} }),
      } as unknown as SchedulerService,
    });
    await provider.connect(connection);

    await time(
      `first run (clone, list ${fileCount} files, apply)`,
      () => provider.refresh(),
      rows,
    );
    await time('run without a new commit', () => provider.refresh(), rows);

    const changes: Record<string, string> = {};
    for (let i = 0; i < changedCount; i++) {
      changes[`services/svc-${i}/catalog-info.yaml`] = component(i, 1);
    }
    repo.commit(changes);
    await time(
      `run after a commit changing ${changedCount} files`,
      () => provider.refresh(),
      rows,
    );
    const keys = refreshes.flatMap(r => r.keys).length;

    const reader = UrlReaders.create({
      config,
      logger,
      factories: [GitUrlReader.factory({ cache, maxMirrorAgeMs: 60_000 })],
    });
    const urls = provider
      .getStatus()
      .files.map(p => provider.fileUrl('main', p));
    const etags = await time(
      `read ${urls.length} files through the URL reader`,
      () => Promise.all(urls.map(async u => (await reader.readUrl(u)).etag!)),
      rows,
    );
    await time(
      `read them again with etags (NotModified)`,
      () =>
        Promise.all(
          urls.map((u, i) =>
            reader.readUrl(u, { etag: etags[i] }).then(
              () => {
                throw new Error(`${u} was read again`);
              },
              e => {
                if (e.name !== 'NotModifiedError') throw e;
              },
            ),
          ),
        ),
      rows,
    );

    const width = Math.max(...rows.map(r => r[0].length));
    process.stdout.write(
      `git ingestion benchmark: ${fileCount} catalog files, real git over HTTP\n\n`,
    );
    for (const [label, ms] of rows) {
      process.stdout.write(`${label.padEnd(width)}  ${ms.padStart(9)} ms\n`);
    }
    process.stdout.write(
      `\nmutations: ${mutations.length}, Locations in the last: ${
        mutations[mutations.length - 1].type === 'full'
          ? (mutations[mutations.length - 1] as { entities: unknown[] })
              .entities.length
          : 0
      }, refresh keys sent: ${keys}, mirror size: ${dirSize(
        path.join(temp.dir, 'mirrors'),
      )} KiB\n`,
    );
  } finally {
    await server.close();
    temp.remove();
  }
}

function dirSize(dir: string): number {
  const bytes = (d: string): number =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .reduce(
        (sum, entry) =>
          sum +
          (entry.isDirectory()
            ? bytes(path.join(d, entry.name))
            : fs.statSync(path.join(d, entry.name)).size),
        0,
      );
  return Math.round(bytes(dir) / 1024);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
