/*
 * Boots the real backend (src/index.ts, every plugin) with
 * app-config.production.yaml against the PostgreSQL server on this machine.
 * Needs POSTGRES_HOST etc. in the environment (scripts/test.sh sets them).
 */
import { spawn, ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { SignJWT, base64url } from 'jose';

const backendDir = path.resolve(__dirname, '..');
const repoRoot = path.resolve(backendDir, '../..');
const nodeTransform = require.resolve(
  '@backstage/cli-node/config/nodeTransform.cjs',
  { paths: [repoRoot] },
);

const pg = {
  host: process.env.POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.POSTGRES_PORT ?? 5432),
  user: process.env.POSTGRES_USER ?? 'postgres',
  password: process.env.POSTGRES_PASSWORD ?? '',
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

interface RunningBackend {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startBackend(env: NodeJS.ProcessEnv): RunningBackend {
  let output = '';
  const child = spawn(
    process.execPath,
    [
      '--require',
      nodeTransform,
      'src/index.ts',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../app-config.production.yaml',
    ],
    {
      cwd: backendDir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', d => (output += d));
  child.stderr!.on('data', d => (output += d));
  const exited = new Promise<number | null>(resolve =>
    child.on('exit', code => resolve(code)),
  );
  return { child, output: () => output, exited };
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  backend: RunningBackend,
  timeoutMs = 180_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (backend.child.exitCode !== null) {
      throw new Error(
        `backend exited (${
          backend.child.exitCode
        }) while waiting for ${what}:\n${backend.output().slice(-4000)}`,
      );
    }
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `timed out waiting for ${what}:\n${backend.output().slice(-4000)}`,
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
