/*
 * Boots the real backend (src/index.ts, every plugin) with
 * app-config.production.yaml against the PostgreSQL server on this machine.
 * Needs POSTGRES_HOST etc. in the environment (scripts/test.sh sets them).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { SignJWT, base64url } from 'jose';
import {
  freePort,
  localPostgres as pg,
  RunningBackend,
  startBackendProcess,
  waitFor,
} from './__testUtils__/backendProcess';

const repoRoot = path.resolve(__dirname, '../../..');

function startBackend(env: NodeJS.ProcessEnv): RunningBackend {
  return startBackendProcess(
    ['../../app-config.yaml', '../../app-config.production.yaml'],
    env,
  );
}

describe('backend with the production configuration', () => {
  const prefix = `it_${randomBytes(4).toString('hex')}_`;
  const secret = randomBytes(32).toString('base64url');
  let backend: RunningBackend | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    backend = startBackend({
      NODE_ENV: 'production',
      POSTGRES_HOST: pg.host,
      POSTGRES_PORT: String(pg.port),
      POSTGRES_USER: pg.user,
      POSTGRES_PASSWORD: pg.password,
      POSTGRES_DB_PREFIX: prefix,
      BACKEND_SECRET: secret,
      AUTH_GITHUB_CLIENT_ID: 'integration-test-client',
      AUTH_GITHUB_CLIENT_SECRET: 'integration-test-secret',
      PORTAL_BASE_URL: baseUrl,
      TECHDOCS_DIR: path.join(repoRoot, '.data', `${prefix}techdocs`),
      APP_CONFIG_backend_listen: `:${port}`,
    });
    await waitFor(
      'readiness',
      async () => {
        const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
        return res.ok ? true : undefined;
      },
      backend,
    );
  });

  afterAll(async () => {
    if (backend && backend.child.exitCode === null) {
      backend.child.kill('SIGTERM');
      await backend.exited;
    }
    const client = new Client({ ...pg, database: 'postgres' });
    await client.connect();
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await client.end();
  });

  it('runs the catalog migrations in its own PostgreSQL database', async () => {
    const client = new Client({ ...pg, database: `${prefix}catalog` });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      const tables = rows.map(r => r.table_name);
      expect(tables).toEqual(
        expect.arrayContaining([
          'final_entities',
          'refresh_state',
          'knex_migrations',
        ]),
      );
    } finally {
      await client.end();
    }
  });

  it('loads the Kubernetes client at start, before anyone asks a cluster', async () => {
    const running = backend!;
    const loaded = await waitFor(
      'the Kubernetes client preload',
      async () =>
        running.output().match(/Kubernetes client loaded in \d+ ms/)?.[0],
      running,
      60_000,
    );
    expect(loaded).toBeDefined();
    expect(running.output()).not.toContain(
      'Could not preload the Kubernetes client',
    );
  });

  it('refuses an unauthenticated catalog request', async () => {
    const res = await fetch(`${baseUrl}/api/catalog/entities`);
    expect(res.status).toBe(401);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('backstage-server')
      .setExpirationTime('1h')
      .sign(randomBytes(32));
    const res = await fetch(`${baseUrl}/api/catalog/entities`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(401);
  });

  it('answers an authenticated catalog request with the ingested entities', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('backstage-server')
      .setExpirationTime('1h')
      .sign(base64url.decode(secret));
    const entity = await waitFor(
      'the portal entity in the catalog',
      async () => {
        const res = await fetch(
          `${baseUrl}/api/catalog/entities/by-name/component/default/developer-portal`,
          { headers: { authorization: `Bearer ${token}` } },
        );
        return res.status === 200 ? res.json() : undefined;
      },
      backend!,
      90_000,
    );
    expect(entity.spec.owner).toBe('platform-team');
  });

  it('offers only the configured sign-in provider, not guest', async () => {
    const guest = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
    expect(guest.status).toBe(404);
    const github = await fetch(
      `${baseUrl}/api/auth/github/start?env=production`,
      {
        redirect: 'manual',
      },
    );
    expect(github.status).toBe(302);
    expect(github.headers.get('location')).toMatch(
      /^https:\/\/github\.com\/login\/oauth\/authorize\?.*client_id=integration-test-client/,
    );
  });
});

describe('backend with a broken production environment', () => {
  it('refuses to start and names the missing variables', async () => {
    const backend = startBackend({
      NODE_ENV: 'production',
      POSTGRES_HOST: pg.host,
      POSTGRES_PORT: 'not-a-port',
      AUTH_GITHUB_CLIENT_ID: 'only-half',
    });
    const code = await backend.exited;
    expect(code).toBe(78);
    const out = backend.output();
    expect(out).toContain(
      "POSTGRES_PORT must be a port number, got 'not-a-port'",
    );
    expect(out).toContain('POSTGRES_USER is not set');
    expect(out).toContain('BACKEND_SECRET is not set');
    expect(out).toContain('AUTH_GITHUB_CLIENT_SECRET is not set');
  });
});
