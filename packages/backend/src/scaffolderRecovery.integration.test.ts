/*
 * Task recovery, tested by killing the real backend (src/index.ts, every
 * plugin, the embedded default's config: app-config.yaml +
 * app-config.demo.yaml) with SIGKILL in the middle of a scaffolder task and
 * starting it again on the same data: once on the embedded default's SQLite
 * files, once on PostgreSQL (this machine's server, databases named
 * create_recovery_<random>_<plugin>, dropped afterwards) as in production.
 *
 * What the installed scaffolder backend does (plugin-scaffolder-backend 4.2,
 * StorageTaskBroker / DatabaseTaskStore / NunjucksWorkflowRunner), with
 * `scaffolder.taskRecovery.enabled: true` (formerly
 * `EXPERIMENTAL_recoverTasks`): every 10 s the task worker moves tasks still
 * `processing` whose heartbeat is older than `taskRecovery.staleTimeout`
 * back to `open` and adds a `recovered` event; a worker claims them again;
 * steps recorded as completed are skipped with their outputs restored, and
 * checkpoints of the interrupted step are replayed. The template's
 * `EXPERIMENTAL_recovery.EXPERIMENTAL_strategy` (`startOver` in ours) is only
 * recorded in that event for the UI. Without recovery enabled the task would
 * stay `processing` until the janitor fails it after `scaffolder.taskTimeout`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { knex } from 'knex';
import {
  freePort,
  localPostgres as pg,
  RunningBackend,
  startBackendProcess,
  waitFor,
} from './__testUtils__/backendProcess';

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(__dirname, '../../..');
const templateFile = path.join(
  __dirname,
  '__fixtures__/recovery-template/template.yaml',
);

/** Long enough for the test to see the step start and kill the backend. */
const PAUSE_SECONDS = 12;

function startBackend(options: {
  port: number;
  dataDir: string;
  extraConfig: string;
}): RunningBackend {
  return startBackendProcess(
    [
      '../../app-config.yaml',
      '../../app-config.demo.yaml',
      options.extraConfig,
    ],
    { PORTAL_PORT: String(options.port), PORTAL_DATA_DIR: options.dataDir },
  );
}

/** Where the task store lives: the embedded default's SQLite, or PostgreSQL as in production. */
type Store = {
  name: string;
  database?: object;
  prefix?: string;
  /** The task's status as the store holds it. */
  taskStatus: (taskId: string, dataDir: string) => Promise<string>;
};

async function sqliteTaskStatus(taskId: string, dataDir: string) {
  const db = knex({
    client: 'better-sqlite3',
    connection: { filename: path.join(dataDir, 'sqlite', 'scaffolder.sqlite') },
    useNullAsDefault: true,
  });
  try {
    const row = await db('tasks').where({ id: taskId }).first('status');
    return (row?.status as string | undefined) ?? 'missing';
  } finally {
    await db.destroy();
  }
}

async function pgTaskStatus(database: string, taskId: string) {
  const client = new Client({ ...pg, database });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT status FROM tasks WHERE id = $1',
      [taskId],
    );
    return rows[0]?.status ?? 'missing';
  } finally {
    await client.end();
  }
}

function stores(): Store[] {
  const prefix = `create_recovery_${randomBytes(4).toString('hex')}_`;
  return [
    { name: 'SQLite (embedded default)', taskStatus: sqliteTaskStatus },
    {
      name: 'PostgreSQL',
      prefix,
      database: {
        client: 'pg',
        // A string replaces the demo's SQLite connection object as a whole.
        connection: `postgresql://${encodeURIComponent(
          pg.user,
        )}:${encodeURIComponent(pg.password)}@${pg.host}:${pg.port}`,
        prefix,
      },
      taskStatus: taskId => pgTaskStatus(`${prefix}scaffolder`, taskId),
    },
  ];
}

async function dropDatabases(prefix: string) {
  const client = new Client({ ...pg, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

type TaskEvent = {
  type: string;
  body: { message?: string; stepId?: string; status?: string };
};

describe.each(stores())(
  'scaffolder task recovery after the backend is killed, tasks in $name',
  store => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-recovery-'));
    const dataDir = path.join(temp, 'data');
    const workDir = path.join(temp, 'work');
    let backend: RunningBackend | undefined;
    let baseUrl: string;
    let port: number;
    let extraConfig: string;

    async function boot() {
      backend = startBackend({ port, dataDir, extraConfig });
      await waitFor(
        'readiness',
        async () => {
          const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
          return res.ok ? true : undefined;
        },
        backend,
      );
    }

    async function api<T>(token: string, urlPath: string, init?: RequestInit) {
      const res = await fetch(`${baseUrl}${urlPath}`, {
        ...init,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
      });
      return { status: res.status, body: (await res.json()) as T };
    }

    async function signIn(): Promise<string> {
      const res = await fetch(
        `${baseUrl}/api/auth/guest/refresh?env=development`,
        { headers: { 'x-requested-with': 'XMLHttpRequest' } },
      );
      const body = await res.json();
      return body.backstageIdentity.token;
    }

    beforeAll(async () => {
      fs.mkdirSync(workDir, { recursive: true });
      port = await freePort();
      baseUrl = `http://localhost:${port}`;
      await execFileAsync(
        'bash',
        [path.join(repoRoot, 'scripts/sync-demo-repo.sh')],
        { env: { ...process.env, PORTAL_DATA_DIR: dataDir } },
      );
      extraConfig = path.join(temp, 'app-config.recovery-test.yaml');
      fs.writeFileSync(
        extraConfig,
        JSON.stringify({
          backend: {
            workingDirectory: workDir,
            ...(store.database ? { database: store.database } : {}),
          },
          catalog: {
            locations: [{ type: 'file', target: templateFile }],
          },
          scaffolder: {
            taskRecovery: { enabled: true, staleTimeout: { seconds: 3 } },
          },
        }),
      );
      await boot();
    });

    afterAll(async () => {
      if (backend && backend.child.exitCode === null) {
        backend.child.kill('SIGTERM');
        await backend.exited;
      }
      fs.rmSync(temp, { recursive: true, force: true });
      if (store.prefix) {
        await dropDatabases(store.prefix);
      }
    });

    it('resumes the task after a SIGKILL and finishes it without a second repository', async () => {
      let token = await signIn();
      const firstToken = token;
      await Promise.all(
        ['template/default/recovery-test', 'group/default/payments-team'].map(
          ref =>
            waitFor(
              `${ref} in the catalog`,
              async () => {
                const res = await api(
                  firstToken,
                  `/api/catalog/entities/by-name/${ref}`,
                );
                return res.status === 200 ? true : undefined;
              },
              backend!,
              120_000,
            ),
        ),
      );

      const name = 'recovered-service';
      const created = await api<{ id: string }>(
        token,
        '/api/scaffolder/v2/tasks',
        {
          method: 'POST',
          body: JSON.stringify({
            templateRef: 'template:default/recovery-test',
            values: {
              name,
              owner: 'group:default/payments-team',
              pauseSeconds: PAUSE_SECONDS,
            },
          }),
        },
      );
      expect(created.status).toBe(201);
      const taskId = created.body.id;
      const events = async () =>
        (
          await api<TaskEvent[]>(
            token,
            `/api/scaffolder/v2/tasks/${taskId}/events`,
          )
        ).body;

      // Kill the backend while the pause after publishing runs.
      await waitFor(
        'the pause step to start',
        async () =>
          (
            await events()
          ).some(
            e => e.body.stepId === 'pause' && e.body.status === 'processing',
          )
            ? true
            : undefined,
        backend!,
        60_000,
        200,
      );
      backend!.child.kill('SIGKILL');
      await backend!.exited;

      const repoDir = path.join(dataDir, 'git', `${name}.git`);
      const commitsOf = async () =>
        (
          await execFileAsync('git', ['rev-list', '--all'], { cwd: repoDir })
        ).stdout
          .trim()
          .split('\n');
      const pushedBeforeKill = await commitsOf();
      expect(pushedBeforeKill).toHaveLength(1);

      // Same data, same working directory: a restart on the same machine.
      await boot();
      token = await signIn();
      const status = await waitFor(
        'the task to end',
        async () => {
          const res = await api<{ status: string }>(
            token,
            `/api/scaffolder/v2/tasks/${taskId}`,
          );
          return ['completed', 'failed', 'cancelled'].includes(res.body.status)
            ? res.body.status
            : undefined;
        },
        backend!,
        120_000,
      );
      const log = await events();
      const messages = log.map(e => e.body.message ?? '');
      expect({
        status,
        failed: log.filter(e => e.body.status === 'failed'),
      }).toEqual({ status: 'completed', failed: [] });

      // Recovered by the scaffolder, not re-created: the steps before the
      // pause were skipped (validate would now refuse the taken name).
      expect(log.filter(e => e.type === 'recovered')).toEqual([
        expect.objectContaining({ body: { recoverStrategy: 'startOver' } }),
      ]);
      for (const step of ['validate', 'fetch', 'publish']) {
        expect(messages).toContain(
          `Skipping step ${step} because it was already completed in a previous run`,
        );
      }

      // One repository, with the one commit pushed before the kill.
      expect(
        fs
          .readdirSync(path.join(dataDir, 'git'))
          .filter(d => d.startsWith(name)),
      ).toEqual([`${name}.git`]);
      expect(await commitsOf()).toEqual(pushedBeforeKill);

      // The task really lived in the store under test.
      expect(await store.taskStatus(taskId, dataDir)).toBe('completed');

      // Registered once, and readable.
      const locations = await api<Array<{ data: { target: string } }>>(
        token,
        '/api/catalog/locations',
      );
      expect(
        locations.body.filter(l =>
          l.data.target.includes(`/repos/${name}.git/`),
        ),
      ).toHaveLength(1);
      const entity = await api<{ spec: { owner: string } }>(
        token,
        `/api/catalog/entities/by-name/component/default/${name}`,
      );
      expect(entity.status).toBe(200);
      expect(entity.body.spec.owner).toBe('group:default/payments-team');
    });
  },
);
