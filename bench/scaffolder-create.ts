/*
 * Benchmark of Create: time from creating a scaffolder task (node-service
 * template) to its entity being readable through the catalog API, against a
 * running portal (`make start`).
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     bench/scaffolder-create.ts [runs=10] [baseUrl=http://localhost:7007]
 *
 * Signs in as the guest user, runs the template <runs> times one after the
 * other with fresh names (bench-<time>-<i>), and prints per run the time to
 * task completion and to the entity being readable (polled every 50 ms), then
 * the median and the slowest. (Step times are not shown: task events carry
 * one-second timestamps on SQLite.) Every run leaves a repository and a
 * component behind (in .data/, which `make clean` wipes).
 */

import { guestToken } from './lib/guestToken';

const runs = Number(process.argv[2] ?? 10);
const baseUrl = (process.argv[3] ?? 'http://localhost:7007').replace(/\/$/, '');
const TASK_TIMEOUT_MS = 120_000;

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) {
    throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  }
  return (await res.json()) as T;
}

const signIn = () => guestToken(baseUrl);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function runOnce(token: string, name: string) {
  const headers = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
  };
  const started = performance.now();
  const { id } = await json<{ id: string }>(
    await fetch(`${baseUrl}/api/scaffolder/v2/tasks`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        templateRef: 'template:default/node-service',
        values: {
          name,
          description: 'Benchmark service',
          owner: 'group:default/payments-team',
          lifecycle: 'experimental',
        },
      }),
    }),
  );

  let taskDoneMs: number | undefined;
  let entityMs: number | undefined;
  while (entityMs === undefined) {
    if (performance.now() - started > TASK_TIMEOUT_MS) {
      throw new Error(`Task ${id} did not finish within ${TASK_TIMEOUT_MS} ms`);
    }
    if (taskDoneMs === undefined) {
      const task = await json<{ status: string }>(
        await fetch(`${baseUrl}/api/scaffolder/v2/tasks/${id}`, { headers }),
      );
      if (task.status === 'failed' || task.status === 'cancelled') {
        throw new Error(`Task ${id} ${task.status}`);
      }
      if (task.status === 'completed') {
        taskDoneMs = performance.now() - started;
      }
    }
    const entity = await fetch(
      `${baseUrl}/api/catalog/entities/by-name/component/default/${name}`,
      { headers },
    );
    if (entity.ok) {
      entityMs = performance.now() - started;
    } else {
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  }

  return { taskDoneMs: taskDoneMs ?? entityMs, entityMs };
}

async function main() {
  const token = await signIn();
  const prefix = `bench-${Date.now().toString(36)}`;
  const rows: Array<{ taskDoneMs: number; entityMs: number }> = [];
  for (let i = 0; i < runs; i++) {
    const result = await runOnce(token, `${prefix}-${i}`);
    rows.push(result);
    console.log(
      `run ${String(i + 1).padStart(
        2,
      )}: task completed ${result.taskDoneMs.toFixed(
        0,
      )} ms, entity readable ${result.entityMs.toFixed(0)} ms`,
    );
  }
  const entity = rows.map(r => r.entityMs);
  const task = rows.map(r => r.taskDoneMs);
  console.log('');
  console.log(`template node-service, ${runs} runs against ${baseUrl}`);
  console.log(
    `task creation -> entity readable via catalog API: median ${median(
      entity,
    ).toFixed(0)} ms, max ${Math.max(...entity).toFixed(0)} ms`,
  );
  console.log(
    `task creation -> task completed:                  median ${median(
      task,
    ).toFixed(0)} ms, max ${Math.max(...task).toFixed(0)} ms`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
