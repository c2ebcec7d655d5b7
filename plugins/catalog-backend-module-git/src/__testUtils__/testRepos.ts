import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  LC_ALL: 'C',
};

function git(cwd: string, args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    { cwd, env: GIT_ENV, encoding: 'utf8' },
  ).trim();
}

/** A temporary directory, removed by `remove()`. */
export function createTempDir(prefix = 'catalog-git-test-'): {
  dir: string;
  remove(): void;
} {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  return {
    dir,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A Git repository with a work tree, made with the git CLI. */
export class TestRepo {
  readonly dir: string;

  /** Creates `<root>/<name>` on branch `main` with an initial commit of `files`. */
  static create(
    root: string,
    name: string,
    files: Record<string, string> = {},
  ): TestRepo {
    const dir = path.join(root, name);
    fs.mkdirSync(dir, { recursive: true });
    git(dir, ['init', '-q']);
    const repo = new TestRepo(dir);
    if (Object.keys(files).length > 0) {
      repo.commit(files);
    }
    return repo;
  }

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** `file://` remote of this repository. */
  get fileRemote(): string {
    return `file://${this.dir}`;
  }

  /**
   * Writes (string) or deletes (null) files and commits them; returns the
   * new commit.
   */
  commit(files: Record<string, string | null>, message = 'change'): string {
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(this.dir, file);
      if (content === null) {
        fs.rmSync(target, { force: true });
      } else {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, content);
      }
    }
    git(this.dir, ['add', '-A']);
    git(this.dir, ['commit', '-q', '--allow-empty', '-m', message]);
    return this.head();
  }

  /** Creates a branch at the current commit and switches to it. */
  checkoutNewBranch(branch: string) {
    git(this.dir, ['checkout', '-q', '-b', branch]);
  }

  checkout(branch: string) {
    git(this.dir, ['checkout', '-q', branch]);
  }

  head(): string {
    return git(this.dir, ['rev-parse', 'HEAD']);
  }
}
