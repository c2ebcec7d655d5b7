import { JsonObject, JsonValue } from '@backstage/types';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';

/**
 * Checkpoints kept across runs of a step, as the scaffolder keeps them for a
 * recovered or retried task. `forget(key)` drops one, as if the backend had
 * died after the checkpoint's side effect but before recording it.
 */
export class CheckpointStore {
  readonly values = new Map<string, JsonValue | void>();
  readonly calls: string[] = [];

  forget(key: string) {
    this.values.delete(key);
  }

  apply<T extends JsonObject>(
    ctx: ActionContext<T, any>,
  ): ActionContext<T, any> {
    ctx.checkpoint = async ({ key, fn }) => {
      this.calls.push(key);
      if (this.values.has(key)) {
        return this.values.get(key) as any;
      }
      const value = await fn();
      this.values.set(key, value);
      return value;
    };
    return ctx;
  }
}

/**
 * A mock context whose outputs can be read back as an object, with its own
 * temporary directories (outside the workspace) and optional checkpoints kept
 * across runs.
 */
export function createContext<T extends JsonObject>(options: {
  input: T;
  workspacePath: string;
  checkpoints?: CheckpointStore;
  isDryRun?: boolean;
}) {
  const outputs: Record<string, unknown> = {};
  const ctx = createMockActionContext<T>({
    input: options.input,
    workspacePath: options.workspacePath,
  });
  ctx.output = (name, value) => {
    outputs[name as string] = value;
  };
  ctx.createTemporaryDirectory = async () =>
    fs.mkdtempSync(path.join(os.tmpdir(), 'scaffolder-git-step-'));
  ctx.isDryRun = options.isDryRun;
  options.checkpoints?.apply(ctx);
  return { ctx, outputs };
}
