import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import {
  NotAllowedError,
  NotFoundError,
  NotModifiedError,
} from '@backstage/errors';
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
import { formatGitUrl } from '../lib/gitUrl';
import { GitUrlReader } from './GitUrlReader';

describe('GitUrlReader', () => {
  const temp = createTempDir();
  const repos = path.join(temp.dir, 'repos');
  let repo: TestRepo;
  let server: GitHttpServer;

  beforeAll(async () => {
    repo = TestRepo.create(repos, 'docs-repo', {
      'catalog-info.yaml': 'kind: Component\n',
      'docs/index.md': '# Hello\n',
      'docs/more/page.md': '# More\n',
      'mkdocs.yml': 'site_name: x\n',
      'other/catalog-info.yaml': 'kind: API\n',
    });
    server = await startGitHttpServer({ projectRoot: repos });
  });

  afterAll(async () => {
    await server.close();
    temp.remove();
  });

  function createReader(
    options: { maxMirrorAgeMs?: number; config?: object } = {},
  ): UrlReaderService {
    const config = new ConfigReader(
      options.config ?? {
        catalog: {
          providers: { git: { docs: { remote: repo.fileRemote } } },
        },
      },
    );
    const logger = createCapturingLogger();
    const cache = new GitRepositoryCache({
      baseDir: fs.mkdtempSync(path.join(temp.dir, 'cache-')),
      logger,
      credentials: GitCredentials.fromConfig(config),
    });
    return UrlReaders.create({
      config,
      logger,
      factories: [
        GitUrlReader.factory({ cache, maxMirrorAgeMs: options.maxMirrorAgeMs }),
      ],
    });
  }

  const fileUrl = (p: string, branch = 'main') =>
    formatGitUrl({ remote: repo.fileRemote, branch, path: p });

  it('reads a file, with its blob id as etag', async () => {
    const reader = createReader({ maxMirrorAgeMs: 0 });
    const response = await reader.readUrl(fileUrl('catalog-info.yaml'));
    expect((await response.buffer()).toString()).toBe('kind: Component\n');
    expect(response.etag).toMatch(/^[0-9a-f]{40}$/);

    await expect(
      reader.readUrl(fileUrl('catalog-info.yaml'), { etag: response.etag }),
    ).rejects.toThrow(NotModifiedError);

    // Another file changes: this one is still not modified.
    repo.commit({ 'mkdocs.yml': 'site_name: y\n' });
    await expect(
      reader.readUrl(fileUrl('catalog-info.yaml'), { etag: response.etag }),
    ).rejects.toThrow(NotModifiedError);

    await expect(reader.readUrl(fileUrl('missing.yaml'))).rejects.toThrow(
      NotFoundError,
    );
  });

  it('reads a folder for TechDocs, resolved relative to a catalog file', async () => {
    const reader = createReader();
    const docsUrl = new URL('./docs/', fileUrl('catalog-info.yaml')).toString();
    const tree = await reader.readTree(docsUrl);
    const files = await tree.files();
    const contents = Object.fromEntries(
      await Promise.all(
        files.map(async f => [f.path, (await f.content()).toString()]),
      ),
    );
    expect(contents).toEqual({
      'index.md': '# Hello\n',
      'more/page.md': '# More\n',
    });
    await expect(reader.readTree(docsUrl, { etag: tree.etag })).rejects.toThrow(
      NotModifiedError,
    );

    const root = await reader.readTree(
      new URL('.', fileUrl('catalog-info.yaml')).toString(),
    );
    const dir = await root.dir();
    expect(fs.readFileSync(path.join(dir, 'docs/more/page.md'), 'utf8')).toBe(
      '# More\n',
    );
    fs.rmSync(dir, { recursive: true, force: true });

    await expect(
      reader.readTree(fileUrl('nope', 'main').concat('/')),
    ).rejects.toThrow(NotFoundError);
  });

  it('searches with globs and for single files', async () => {
    const reader = createReader();
    const found = await reader.search(fileUrl('**/catalog-info.yaml'));
    expect(found.files.map(f => f.url)).toEqual([
      fileUrl('catalog-info.yaml'),
      fileUrl('other/catalog-info.yaml'),
    ]);
    expect((await found.files[1].content()).toString()).toBe('kind: API\n');
    await expect(
      reader.search(fileUrl('**/catalog-info.yaml'), { etag: found.etag }),
    ).rejects.toThrow(NotModifiedError);

    const single = await reader.search(fileUrl('other/catalog-info.yaml'));
    expect(single.files).toHaveLength(1);
    await expect(
      reader.search(fileUrl('other/catalog-info.yaml'), { etag: single.etag }),
    ).rejects.toThrow(NotModifiedError);

    expect((await reader.search(fileUrl('gone.yaml'))).files).toEqual([]);
  });

  it('fetches again when the mirror is older than its maximum age', async () => {
    const cached = createReader({ maxMirrorAgeMs: 60_000 });
    const fresh = createReader({ maxMirrorAgeMs: 0 });
    const url = fileUrl('docs/index.md');
    expect((await (await cached.readUrl(url)).buffer()).toString()).toBe(
      '# Hello\n',
    );
    await fresh.readUrl(url);

    repo.commit({ 'docs/index.md': '# Hello again\n' });
    expect((await (await cached.readUrl(url)).buffer()).toString()).toBe(
      '# Hello\n',
    );
    expect((await (await fresh.readUrl(url)).buffer()).toString()).toBe(
      '# Hello again\n',
    );
  });

  it('reads repositories no provider lists on integration hosts', async () => {
    const reader = createReader({
      config: {
        integrations: {
          gitlab: [
            { host: server.host, apiBaseUrl: `${server.baseUrl}/api/v4` },
          ],
        },
      },
    });
    const url = formatGitUrl({
      remote: `${server.baseUrl}/docs-repo`,
      branch: 'main',
      path: 'other/catalog-info.yaml',
    });
    expect((await (await reader.readUrl(url)).buffer()).toString()).toBe(
      'kind: API\n',
    );
  });

  it('refuses remotes that are neither configured nor on a known host', async () => {
    const reader = createReader({ config: {} });
    await expect(reader.readUrl(fileUrl('catalog-info.yaml'))).rejects.toThrow(
      NotAllowedError,
    );
    await expect(
      reader.readUrl(
        'git+https://user:pw-secret@elsewhere.example.com/x.git/-/blob/main/a.yaml',
      ),
    ).rejects.toThrow(
      /^Reading from git remote https:\/\/\*\*\*@elsewhere\.example\.com\/x\.git is not allowed/,
    );
  });
  it('uses the mirror a provider keeps fresh without fetching it again', async () => {
    const tracked = TestRepo.create(repos, 'tracked-repo', {
      'catalog-info.yaml': 'kind: Component\n',
    });
    const remote = `${server.baseUrl}/tracked-repo`;
    const config = new ConfigReader({
      catalog: { providers: { git: { tracked: { remote, branch: 'main' } } } },
    });
    const logger = createCapturingLogger();
    const cache = new GitRepositoryCache({
      baseDir: fs.mkdtempSync(path.join(temp.dir, 'cache-')),
      logger,
      credentials: GitCredentials.fromConfig(config),
    });
    const reader = UrlReaders.create({
      config,
      logger,
      factories: [GitUrlReader.factory({ cache, maxMirrorAgeMs: 0 })],
    });
    const url = formatGitUrl({
      remote,
      branch: 'main',
      path: 'catalog-info.yaml',
    });
    const fetches = () =>
      server.requests.filter(
        r => r.path === '/tracked-repo/info/refs' && r.method === 'GET',
      ).length;

    // As a provider does: track the branch, fetch it.
    cache.track(remote, 'main', 60_000);
    await cache.fetch(remote, 'main');
    tracked.commit({ 'catalog-info.yaml': 'kind: API\n' });
    const before = fetches();
    const read = await reader.readUrl(url);
    expect((await read.buffer()).toString()).toBe('kind: Component\n');
    expect(fetches()).toBe(before);

    // The provider's next fetch (schedule or push) is what the reader sees.
    await cache.fetch(remote, 'main');
    expect((await (await reader.readUrl(url)).buffer()).toString()).toBe(
      'kind: API\n',
    );
    // Another branch of the same remote is still fetched by age.
    tracked.checkoutNewBranch('other');
    await reader.readUrl(
      formatGitUrl({ remote, branch: 'other', path: 'catalog-info.yaml' }),
    );
    expect(fetches()).toBe(before + 2);

    // Older than the provider's schedule allows (its task may run on another
    // replica): fetched again.
    cache.track(remote, 'main', 0);
    tracked.checkout('main');
    tracked.commit({ 'catalog-info.yaml': 'kind: System\n' });
    expect((await (await reader.readUrl(url)).buffer()).toString()).toBe(
      'kind: System\n',
    );
    expect(fetches()).toBe(before + 3);
  });
});
