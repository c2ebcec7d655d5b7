/*
 * The real backend (src/index.ts, every plugin) as a child process, for the
 * integration tests that boot it the way scripts/start.sh and production do.
 */
import { spawn, ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const backendDir = path.resolve(__dirname, '../..');
const repoRoot = path.resolve(backendDir, '../..');
const nodeTransform = require.resolve(
  '@backstage/cli-node/config/nodeTransform.cjs',
  { paths: [repoRoot] },
);

/** This machine's PostgreSQL server, as scripts/test.sh describes it. */
export const localPostgres = {
  host: process.env.POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.POSTGRES_PORT ?? 5432),
  user: process.env.POSTGRES_USER ?? 'postgres',
  password: process.env.POSTGRES_PASSWORD ?? '',
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface RunningBackend {
  child: ChildProcess;
  /** Everything it printed so far, for failure messages. */
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts the backend with these config files (relative to packages/backend)
 * and only PATH, HOME and `env` in its environment.
 */
export function startBackendProcess(
  configFiles: string[],
  env: NodeJS.ProcessEnv,
): RunningBackend {
  let output = '';
  const child = spawn(
    process.execPath,
    [
      '--require',
      nodeTransform,
      'src/index.ts',
      ...configFiles.flatMap(file => ['--config', file]),
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

/**
 * Polls `probe` until it returns a value; fails early, with the backend's
 * output, when the backend exits meanwhile.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  backend: RunningBackend,
  timeoutMs = 180_000,
  intervalMs = 500,
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
    await new Promise(r => setTimeout(r, intervalMs));
  }
  throw new Error(
    `timed out waiting for ${what}:\n${backend.output().slice(-4000)}`,
  );
}
