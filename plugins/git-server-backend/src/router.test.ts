import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import fs from 'node:fs';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { gitServerPlugin } from './plugin';
import { git } from './__testUtils__/git';

jest.setTimeout(30_000);

describe('GET /repositories/:name/contents', () => {
  let root: string;
  let work: string;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  let commit: string;

  const contents = (name: string, query: Record<string, string> = {}) =>
    request(server)
      .get(`/api/git-server/repositories/${name}/contents`)
      .query(query)
      .set('authorization', mockCredentials.user.header());

  const create = (name: string) =>
    request(server)
      .post('/api/git-server/repositories')
      .set('authorization', mockCredentials.user.header())
      .send({ name });

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'git-server-'));
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'git-work-'));
    ({ server } = await startTestBackend({
      features: [
        gitServerPlugin,
        mockServices.rootConfig.factory({
          data: { gitServer: { rootDirectory: root } },
        }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    }));
    const { port } = server.address() as AddressInfo;
    const base = `http://localhost:${port}/api/git-server/repos`;

    for (const name of ['payments-api', 'fresh']) {
      const created = await create(name);
      if (created.status !== 201) {
        throw new Error(`Could not create ${name}: ${created.text}`);
      }
    }

    const source = path.join(work, 'source');
    const write = (file: string, content: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
      fs.writeFileSync(path.join(source, file), content);
    };
    fs.mkdirSync(source);
    await git(source, 'init', '-q', '-b', 'main');
    write('README.md', '# Payments\n');
    write('catalog-info.yaml', 'kind: Component\n');
    write('docs/index.md', '# Docs\n\nÜber alles.\n');
    write('docs/guide/setup.md', 'Setup\n');
    write('src/index.ts', 'export {};\n');
    write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    write('big.log', 'x'.repeat(600 * 1024));
    await git(source, 'add', '.');
    await git(source, 'commit', '-qm', 'initial');
    await git(source, 'push', '-q', `${base}/payments-api.git`, 'main');
    commit = await git(source, 'rev-parse', 'HEAD');

    await git(source, 'checkout', '-q', '-b', 'feature/x');
    write('FEATURE.md', 'new\n');
    await git(source, 'add', '.');
    await git(source, 'commit', '-qm', 'feature');
    await git(source, 'push', '-q', `${base}/payments-api.git`, 'feature/x');
  });

  it('lists every repository with its default branch and head (GET /repositories)', async () => {
    fs.mkdirSync(path.join(root, 'not-a-repository'));
    const res = await request(server)
      .get('/api/git-server/repositories')
      .set('authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        {
          name: 'fresh',
          defaultBranch: 'main',
          cloneUrl: expect.stringMatching(/\/repos\/fresh\.git$/),
        },
        {
          name: 'payments-api',
          defaultBranch: 'main',
          head: commit,
          cloneUrl: expect.stringMatching(/\/repos\/payments-api\.git$/),
        },
      ],
    });
    expect(
      (await request(server).get('/api/git-server/repositories')).status,
    ).toBe(401);
  });

  it('lists the root of the default branch, folders first', async () => {
    const res = await contents('payments-api');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      type: 'tree',
      name: 'payments-api',
      ref: 'main',
      path: '',
      commit,
      cloneUrl: expect.stringMatching(
        /\/api\/git-server\/repos\/payments-api\.git$/,
      ),
      entries: [
        { name: 'docs', path: 'docs', type: 'tree' },
        { name: 'src', path: 'src', type: 'tree' },
        { name: 'big.log', path: 'big.log', type: 'blob' },
        { name: 'catalog-info.yaml', path: 'catalog-info.yaml', type: 'blob' },
        { name: 'logo.png', path: 'logo.png', type: 'blob' },
        { name: 'README.md', path: 'README.md', type: 'blob' },
      ],
    });
  });

  it('lists a nested folder of another branch', async () => {
    const res = await contents('payments-api', { path: 'docs/' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      type: 'tree',
      path: 'docs',
      entries: [
        { name: 'guide', path: 'docs/guide', type: 'tree' },
        { name: 'index.md', path: 'docs/index.md', type: 'blob' },
      ],
    });

    const feature = await contents('payments-api', { ref: 'feature/x' });
    expect(feature.body.ref).toBe('feature/x');
    expect(feature.body.commit).not.toBe(commit);
    expect(feature.body.entries).toContainEqual({
      name: 'FEATURE.md',
      path: 'FEATURE.md',
      type: 'blob',
    });
  });

  it('returns a text file with its content', async () => {
    const res = await contents('payments-api', {
      ref: 'main',
      path: 'docs/index.md',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      type: 'blob',
      name: 'payments-api',
      ref: 'main',
      path: 'docs/index.md',
      commit,
      cloneUrl: expect.any(String),
      size: Buffer.byteLength('# Docs\n\nÜber alles.\n'),
      text: '# Docs\n\nÜber alles.\n',
      binary: false,
      truncated: false,
    });
  });

  it('marks a binary file and leaves out the text of a large one', async () => {
    const binary = await contents('payments-api', { path: 'logo.png' });
    expect(binary.status).toBe(200);
    expect(binary.body).toMatchObject({
      type: 'blob',
      size: 8,
      binary: true,
      truncated: false,
    });
    expect(binary.body.text).toBeUndefined();

    const large = await contents('payments-api', { path: 'big.log' });
    expect(large.body).toMatchObject({
      type: 'blob',
      size: 600 * 1024,
      binary: false,
      truncated: true,
    });
    expect(large.body.text).toBeUndefined();
  });

  it('says a repository without commits is empty', async () => {
    const res = await contents('fresh');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      type: 'empty',
      name: 'fresh',
      ref: 'main',
      cloneUrl: expect.stringMatching(/\/repos\/fresh\.git$/),
    });
  });

  it('answers 404 naming the unknown repository, branch or path', async () => {
    const repo = await contents('nope');
    expect(repo.status).toBe(404);
    expect(repo.body.error.message).toBe("Repository 'nope' does not exist");

    const branch = await contents('payments-api', { ref: 'develop' });
    expect(branch.status).toBe(404);
    expect(branch.body.error.message).toBe(
      "Branch 'develop' does not exist in repository 'payments-api'",
    );

    const file = await contents('payments-api', { path: 'docs/missing.md' });
    expect(file.status).toBe(404);
    expect(file.body.error.message).toBe(
      "Path 'docs/missing.md' does not exist on branch 'main' of repository 'payments-api'",
    );
  });

  it('answers 400 for a malformed ref or path', async () => {
    for (const ref of ['--upload-pack=x', 'main^{tree}', 'a/../b', 'a b']) {
      const res = await contents('payments-api', { ref });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^Invalid ref/);
    }
    for (const p of ['../etc', 'docs/./index.md', '-x', 'docs/..']) {
      const res = await contents('payments-api', { path: p });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^Invalid path/);
    }
    const twice = await request(server)
      .get('/api/git-server/repositories/payments-api/contents?ref=a&ref=b')
      .set('authorization', mockCredentials.user.header());
    expect(twice.status).toBe(400);
  });

  it('refuses anonymous requests and accepts services', async () => {
    const anonymous = await request(server).get(
      '/api/git-server/repositories/payments-api/contents',
    );
    expect(anonymous.status).toBe(401);

    const service = await request(server)
      .get('/api/git-server/repositories/payments-api/contents')
      .set('authorization', mockCredentials.service.header());
    expect(service.status).toBe(200);
  });
});
