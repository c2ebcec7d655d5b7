import { InputError } from '@backstage/errors';
import { execFile } from 'node:child_process';
import path from 'node:path';

/** How long one git command may run (a push of a new repository is small). */
export const GIT_COMMAND_TIMEOUT_MS = 120_000;

/** A git command that failed, with what git printed. */
export class GitCommandError extends Error {
  readonly stderr: string;
  constructor(message: string, stderr: string) {
    super(message);
    this.name = 'GitCommandError';
    this.stderr = stderr;
  }
}

/** Runs the git CLI without prompts or user/system config; resolves stdout. */
export function runGit(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; signal?: AbortSignal } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'commit.gpgsign=false', '-c', 'protocol.ext.allow=never', ...args],
      {
        encoding: 'utf8',
        timeout: GIT_COMMAND_TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
        signal: options.signal,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          GIT_TERMINAL_PROMPT: '0',
          GIT_CONFIG_NOSYSTEM: '1',
          ...options.env,
        },
      },
      (error, stdout, stderr) => {
        if (error) {
          const command = args.find(arg => !arg.startsWith('-')) ?? 'command';
          const detail = (stderr || error.message).trim().split('\n').pop();
          reject(
            new GitCommandError(`git ${command} failed: ${detail}`, stderr),
          );
        } else {
          resolve(stdout.trim());
        }
      },
    );
  });
}

/** A commit made from a folder, kept in a separate git directory. */
export type LocalCommit = {
  gitDir: string;
  commitHash: string;
};

/**
 * Commits every file of `sourceDir` (honouring its .gitignore) as one root
 * commit in a git directory of its own, so the workspace gets no `.git`.
 * With the same files, message, author and date the commit hash is the same,
 * which lets a retried step recognise what it pushed before.
 */
export async function commitDirectory(options: {
  sourceDir: string;
  tempDir: string;
  branch: string;
  message: string;
  author: { name: string; email: string };
  date: string;
  signal?: AbortSignal;
}): Promise<LocalCommit> {
  const gitDir = path.join(options.tempDir, 'publish.git');
  const base = [`--git-dir=${gitDir}`, `--work-tree=${options.sourceDir}`];
  const env = {
    GIT_AUTHOR_NAME: options.author.name,
    GIT_AUTHOR_EMAIL: options.author.email,
    GIT_AUTHOR_DATE: options.date,
    GIT_COMMITTER_NAME: options.author.name,
    GIT_COMMITTER_EMAIL: options.author.email,
    GIT_COMMITTER_DATE: options.date,
  };
  const { signal } = options;
  await runGit(
    ['init', '--quiet', '--bare', `--initial-branch=${options.branch}`, gitDir],
    { signal },
  );
  await runGit([...base, 'add', '--all'], { signal });
  if (!(await runGit([...base, 'ls-files'], { signal }))) {
    throw new InputError(
      `Nothing to publish: ${options.sourceDir} has no files (did an earlier step render the skeleton?)`,
    );
  }
  await runGit(
    [...base, 'commit', '--quiet', '--no-verify', '-m', options.message],
    {
      env,
      signal,
    },
  );
  const commitHash = await runGit([...base, 'rev-parse', 'HEAD'], { signal });
  return { gitDir, commitHash };
}

/** Pushes a commit to a branch of a remote (no force: a different tip is refused). */
export async function pushCommit(options: {
  commit: LocalCommit;
  remote: string;
  branch: string;
  signal?: AbortSignal;
}): Promise<void> {
  await runGit(
    [
      `--git-dir=${options.commit.gitDir}`,
      'push',
      '--quiet',
      options.remote,
      `${options.commit.commitHash}:refs/heads/${options.branch}`,
    ],
    { signal: options.signal },
  );
}
