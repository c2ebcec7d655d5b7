import { ConfigReader } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createCapturingLogger } from '../__testUtils__/capturingLogger';
import {
  GitHttpServer,
  startGitHttpServer,
} from '../__testUtils__/gitHttpServer';
import { createTempDir, TestRepo } from '../__testUtils__/testRepos';
import { GitCredentials } from './GitCredentials';
import { GitRemoteError, GitRepositoryCache } from './GitRepositoryCache';

const TOKEN = 'glpat-very-secret-token';

describe('GitRepositoryCache', () => {
  const temp = createTempDir();
  const repos = path.join(temp.dir, 'repos');
  let repo: TestRepo;
  let server: GitHttpServer;
  let securedServer: GitHttpServer;

  beforeAll(async () => {
    repo = TestRepo.create(repos, 'platform', {
      'catalog-info.yaml': 'kind: Component\n',
      'services/a/catalog-info.yaml': 'kind: Component\n',
      'services/a/docs/index.md': '# A\n',
      '.backstage/catalog-info.yaml': 'kind: System\n',
      'README.md': 'hi\n',
    });
    server = await startGitHttpServer({ projectRoot: repos });
    securedServer = await startGitHttpServer({
      projectRoot: repos,
      token: TOKEN,
    });
  });

  afterAll(async () => {
    await server.close();
    await securedServer.close();
    temp.remove();
  });

  function createCache(integrations: object = {}) {
    const logger = createCapturingLogger();
    const baseDir = fs.mkdtempSync(path.join(temp.dir, 'cache-'));
    const cache = new GitRepositoryCache({
      baseDir,
      logger,
      credentials: GitCredentials.fromConfig(
        new ConfigReader({ integrations }),
      ),
    });
    return { cache, logger, baseDir };
  }

  it('fetches the remote HEAD branch and reports changes', async () => {
    const { cache } = createCache();
    const first = await cache.fetch(repo.fileRemote);
    expect(first).toMatchObject({
      branch: 'main',
      commit: repo.head(),
      changed: true,
      previousCommit: undefined,
    });

    const again = await cache.fetch(repo.fileRemote, 'main');
    expect(again).toMatchObject({ commit: first.commit, changed: false });

    const next = repo.commit({ 'README.md': 'changed\n' });
    const third = await cache.fetch(repo.fileRemote, 'main');
    expect(third).toMatchObject({
      commit: next,
      changed: true,
      previousCommit: first.commit,
    });
    expect(await cache.diffNames(repo.fileRemote, first.commit, next)).toEqual([
      'README.md',
    ]);
  });

  it('lists, reads and archives files of a commit', async () => {
    const { cache } = createCache();
    const { commit } = await cache.fetch(`${server.baseUrl}/platform`);
    const remote = `${server.baseUrl}/platform`;

    expect(
      await cache.listFiles(remote, commit, ['**/catalog-info.yaml']),
    ).toEqual([
      '.backstage/catalog-info.yaml',
      'catalog-info.yaml',
      'services/a/catalog-info.yaml',
    ]);
    expect(await cache.listFiles(remote, commit, ['services/**/*.md'])).toEqual(
      ['services/a/docs/index.md'],
    );
    expect(
      (
        await cache.readFile(remote, commit, 'services/a/catalog-info.yaml')
      ).toString(),
    ).toBe('kind: Component\n');
    await expect(cache.readFile(remote, commit, 'nope.yaml')).rejects.toThrow(
      NotFoundError,
    );
    expect(await cache.stat(remote, commit, 'services/a')).toMatchObject({
      type: 'tree',
    });
    expect(
      await cache.stat(remote, commit, 'services/a/docs/index.md'),
    ).toMatchObject({
      type: 'blob',
    });

    const { stream } = await cache.readTree(remote, commit, 'services/a');
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const tar = Buffer.concat(chunks).toString('latin1');
    expect(tar).toContain('docs/index.md');
    expect(tar).toContain('catalog-info.yaml');
    expect(tar).not.toContain('services/a/');
    await expect(cache.readTree(remote, commit, 'missing')).rejects.toThrow(
      NotFoundError,
    );
  });

  it('reads files the same whether the mirror keeps them loose or packed', async () => {
    const { cache, baseDir } = createCache();
    const remote = `${server.baseUrl}/platform`;
    const { commit } = await cache.fetch(remote);
    const read = async () =>
      (await cache.readFile(remote, commit, 'catalog-info.yaml')).toString();
    expect(await read()).toBe('kind: Component\n');

    // As after git's maintenance: no loose objects left, so git reads them.
    const mirrors = baseDir;
    const [mirror] = fs.readdirSync(mirrors);
    const gitDir = path.join(mirrors, mirror);
    execFileSync('git', ['repack', '-a', '-d', '-q'], { cwd: gitDir });
    execFileSync('git', ['prune-packed'], { cwd: gitDir });
    const objects = path.join(gitDir, 'objects');
    expect(
      fs.readdirSync(objects).filter(d => /^[0-9a-f]{2}$/.test(d)),
    ).toEqual([]);
    expect(await read()).toBe('kind: Component\n');
  });

  it('coalesces concurrent fetches of one remote', async () => {
    const { cache } = createCache();
    const remote = `${server.baseUrl}/platform`;
    // One ref advertisement (GET info/refs) per git fetch.
    const advertisements = () =>
      server.requests.filter(r => r.path.endsWith('/info/refs')).length;
    const before = advertisements();
    const results = await Promise.all([
      cache.fetch(remote, 'main'),
      cache.fetch(remote, 'main'),
      cache.fetch(`${remote}.git/`, 'main'),
    ]);
    expect(new Set(results.map(r => r.commit)).size).toBe(1);
    expect(advertisements() - before).toBe(1);
  });

  it('throws NotFoundError for a missing branch', async () => {
    const { cache } = createCache();
    await expect(
      cache.fetch(repo.fileRemote, 'does-not-exist'),
    ).rejects.toThrow(
      new NotFoundError(
        `Branch 'does-not-exist' not found in git remote ${repo.fileRemote}`,
      ),
    );
  });

  it('throws a GitRemoteError with the remote redacted for an unreachable remote', async () => {
    const { cache } = createCache();
    const remote = 'http://user:hunter2-secret@127.0.0.1:9/nothing.git';
    const error = await cache.fetch(remote, 'main').catch(e => e);
    expect(error).toBeInstanceOf(GitRemoteError);
    expect(error.message).toContain(
      'Could not fetch from git remote http://127.0.0.1:9/nothing.git',
    );
    expect(error.message).not.toContain('hunter2-secret');
    expect(error.message).not.toContain('user:');
  });

  it('sends integration credentials as a header, never in the URL', async () => {
    const remote = `${securedServer.baseUrl}/platform`;
    const { cache: anonymous } = createCache();
    const denied = await anonymous.fetch(remote, 'main').catch(e => e);
    expect(denied).toBeInstanceOf(GitRemoteError);

    const { cache, logger } = createCache({
      gitlab: [
        {
          host: securedServer.host,
          apiBaseUrl: `${securedServer.baseUrl}/api/v4`,
          token: TOKEN,
        },
      ],
    });
    const result = await cache.fetch(remote, 'main');
    expect(result.commit).toBe(repo.head());
    const authorized = securedServer.requests.filter(r => r.status === 200);
    expect(authorized.length).toBeGreaterThan(0);
    expect(authorized[0].authorization).toBe(
      `Basic ${Buffer.from(`oauth2:${TOKEN}`).toString('base64')}`,
    );
    expect(securedServer.requests.every(r => !r.path.includes(TOKEN))).toBe(
      true,
    );
    expect(logger.text()).not.toContain(TOKEN);
  });

  it('keeps credentials from a remote out of errors and uses them for the same repository', async () => {
    const { cache, logger } = createCache();
    const withCredentials = `http://ci:${TOKEN}@${securedServer.host}/platform`;
    const result = await cache.fetch(withCredentials, 'main');
    expect(result.commit).toBe(repo.head());
    // A git+ URL names the repository without credentials: they are reused.
    const again = await cache.fetch(
      `${securedServer.baseUrl}/platform.git`,
      'main',
    );
    expect(again.commit).toBe(result.commit);

    const wrong = `http://ci:${TOKEN}@${securedServer.host}/missing-repo`;
    const error = await cache.fetch(wrong, 'main').catch(e => e);
    expect(error).toBeInstanceOf(GitRemoteError);
    expect(error.message).not.toContain(TOKEN);
    expect(logger.text()).not.toContain(TOKEN);
  });

  it('rejects remotes with transports that run commands', async () => {
    const { cache } = createCache();
    await expect(cache.fetch('ext::sh -c touch% /tmp/pwned')).rejects.toThrow(
      /Unsupported git remote/,
    );
    await expect(cache.fetch('ext::sh%20-c%20id')).rejects.toThrow(
      /Unsupported git remote/,
    );
    await expect(cache.fetch('--upload-pack=touch /tmp/x')).rejects.toThrow(
      /Unsupported git remote/,
    );
  });
});
