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

describe('gitServerPlugin', () => {
  let root: string;
  let work: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'git-server-'));
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'git-work-'));
  });

  async function start(data: object) {
    const { server } = await startTestBackend({
      features: [
        gitServerPlugin,
        mockServices.rootConfig.factory({ data }),
        // Requests without a token are anonymous, as in the real backend.
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });
    const { port } = server.address() as AddressInfo;
    return { server, base: `http://localhost:${port}/api/git-server/repos` };
  }

  it('creates a repository that git can push to and clone from', async () => {
    const { server, base } = await start({
      gitServer: { rootDirectory: root },
    });

    const created = await request(server)
      .post('/api/git-server/repositories')
      .set('authorization', mockCredentials.user.header())
      .send({ name: 'orders-service', description: 'Orders' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'orders-service',
      defaultBranch: 'main',
      cloneUrl: expect.stringMatching(
        /\/api\/git-server\/repos\/orders-service\.git$/,
      ),
    });

    const source = path.join(work, 'source');
    fs.mkdirSync(source);
    await git(source, 'init', '-q', '-b', 'main');
    fs.writeFileSync(
      path.join(source, 'catalog-info.yaml'),
      'kind: Component\n',
    );
    await git(source, 'add', '.');
    await git(source, 'commit', '-qm', 'initial');
    await git(source, 'push', '-q', `${base}/orders-service.git`, 'main');
    const pushed = await git(source, 'rev-parse', 'HEAD');

    const info = await request(server)
      .get('/api/git-server/repositories/orders-service')
      .set('authorization', mockCredentials.user.header());
    expect(info.body).toMatchObject({ defaultBranch: 'main', head: pushed });

    await git(work, 'clone', '-q', `${base}/orders-service.git`, 'clone');
    expect(
      fs.readFileSync(path.join(work, 'clone/catalog-info.yaml'), 'utf8'),
    ).toBe('kind: Component\n');
  });

  it('refuses a duplicate, a bad name and an unauthenticated create', async () => {
    const { server } = await start({ gitServer: { rootDirectory: root } });
    const create = (name: string) =>
      request(server)
        .post('/api/git-server/repositories')
        .set('authorization', mockCredentials.user.header())
        .send({ name });

    expect((await create('dup')).status).toBe(201);
    const duplicate = await create('dup');
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toBe(
      "Repository 'dup' already exists",
    );

    const bad = await create('Bad Name!');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Invalid repository name/);

    const anonymous = await request(server)
      .post('/api/git-server/repositories')
      .send({ name: 'x' });
    expect(anonymous.status).toBe(401);
  });

  it('answers 404 for a repository that does not exist', async () => {
    const { server, base } = await start({
      gitServer: { rootDirectory: root },
    });
    const res = await request(server)
      .get('/api/git-server/repositories/nope')
      .set('authorization', mockCredentials.user.header());
    expect(res.status).toBe(404);
    await expect(
      git(work, 'clone', '-q', `${base}/nope.git`, 'x'),
    ).rejects.toThrow();
  });

  it('serves nothing when no root directory is configured', async () => {
    const { server } = await start({});
    const res = await request(server)
      .get('/api/git-server/repositories/any')
      .set('authorization', mockCredentials.user.header());
    expect(res.status).toBe(404);
  });
});
