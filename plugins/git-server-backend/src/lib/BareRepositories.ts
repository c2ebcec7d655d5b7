import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Repository names: what the scaffolder's name rule allows, plus dots. */
export const REPOSITORY_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

export interface RepositoryInfo {
  name: string;
  defaultBranch: string;
  /** Commit at the tip of the default branch; undefined while empty. */
  head?: string;
}

/** The bare repositories under one folder, managed with the git CLI. */
export class BareRepositories {
  constructor(readonly root: string) {}

  private dir(name: string) {
    if (!REPOSITORY_NAME_PATTERN.test(name)) {
      throw new InputError(
        `Invalid repository name '${name}': use lowercase letters, digits, '.', '-' and '_'`,
      );
    }
    return path.join(this.root, `${name}.git`);
  }

  async create(
    name: string,
    options: { defaultBranch?: string; description?: string } = {},
  ): Promise<RepositoryInfo> {
    const dir = this.dir(name);
    const defaultBranch = options.defaultBranch ?? 'main';
    await fs.mkdir(this.root, { recursive: true });
    try {
      await fs.mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new ConflictError(`Repository '${name}' already exists`);
      }
      throw error;
    }
    await execFileAsync('git', [
      'init',
      '--quiet',
      '--bare',
      `--initial-branch=${defaultBranch}`,
      dir,
    ]);
    // Pushes over smart HTTP are refused unless enabled per repository.
    await execFileAsync('git', [
      '-C',
      dir,
      'config',
      'http.receivepack',
      'true',
    ]);
    if (options.description) {
      await fs.writeFile(
        path.join(dir, 'description'),
        `${options.description}\n`,
      );
    }
    return { name, defaultBranch };
  }

  async get(name: string): Promise<RepositoryInfo> {
    const dir = this.dir(name);
    try {
      await fs.access(path.join(dir, 'HEAD'));
    } catch {
      throw new NotFoundError(`Repository '${name}' does not exist`);
    }
    const { stdout: ref } = await execFileAsync('git', [
      '-C',
      dir,
      'symbolic-ref',
      '--short',
      'HEAD',
    ]);
    const defaultBranch = ref.trim();
    const head = await execFileAsync('git', [
      '-C',
      dir,
      'rev-parse',
      '--verify',
      '--quiet',
      `refs/heads/${defaultBranch}`,
    ]).then(
      r => r.stdout.trim(),
      () => undefined,
    );
    return { name, defaultBranch, head };
  }
}
