import { execFile, spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { redactText } from './remotes';

/** Options for one git invocation. */
export type RunGitOptions = {
  /** Working directory (the bare mirror). */
  cwd?: string;
  /**
   * An `Authorization: ...` header for http(s) remotes. It is handed to git
   * through `--config-env=http.extraHeader=<VAR>` (the `-c` form that takes
   * the value from the environment), so it is neither in the URL nor on the
   * command line that `ps` and error messages show.
   */
  authHeader?: string;
  /** Kill git after this long. */
  timeoutMs?: number;
  /** Strings to scrub from error messages besides URL credentials. */
  secrets?: string[];
  /** Largest stdout accepted. */
  maxBuffer?: number;
};

const AUTH_HEADER_ENV = 'PORTAL_GIT_HTTP_EXTRA_HEADER';
const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_MAX_BUFFER = 256 * 1024 * 1024;

/** A failed git invocation; its message never holds credentials. */
export class GitCommandError extends Error {
  readonly exitCode: number | string | undefined;
  readonly stderr: string;
  constructor(
    message: string,
    exitCode: number | string | undefined,
    stderr: string,
  ) {
    super(message);
    this.name = 'GitCommandError';
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

function gitEnv(options: RunGitOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Never wait for a person to type a password or accept a host key.
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    GIT_ASKPASS: 'echo',
    SSH_ASKPASS: 'echo',
    GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
    // Messages in English, so that errors can be recognised.
    LC_ALL: 'C',
  };
  // A surrounding git process (a hook, a test runner inside a work tree) must
  // not redirect our commands to another repository.
  for (const name of [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_NAMESPACE',
  ]) {
    delete env[name];
  }
  if (options.authHeader) {
    env[AUTH_HEADER_ENV] = options.authHeader;
  } else {
    delete env[AUTH_HEADER_ENV];
  }
  return env;
}

function gitArgs(args: string[], options: RunGitOptions): string[] {
  const globals = [
    // ext:: and fd:: run commands; only plain transports are allowed.
    '-c',
    'protocol.allow=never',
    ...['https', 'http', 'ssh', 'git', 'file'].flatMap(p => [
      '-c',
      `protocol.${p}.allow=always`,
    ]),
    // No system credential helper is asked for a password.
    '-c',
    'credential.helper=',
    '--literal-pathspecs',
  ];
  if (options.authHeader) {
    globals.push(`--config-env=http.extraHeader=${AUTH_HEADER_ENV}`);
  }
  return [...globals, ...args];
}

function secretsOf(options: RunGitOptions): string[] {
  const secrets = [...(options.secrets ?? [])];
  if (options.authHeader) {
    secrets.push(options.authHeader);
    const value = options.authHeader.split(/\s+/).pop();
    if (value) secrets.push(value);
  }
  return secrets;
}

/** Runs git and returns its stdout; on failure throws a GitCommandError. */
export function runGit(
  args: string[],
  options: RunGitOptions = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      gitArgs(args, options),
      {
        cwd: options.cwd,
        env: gitEnv(options),
        encoding: 'buffer',
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBuffer: options.maxBuffer ?? DEFAULT_MAX_BUFFER,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        const stderrText = redactText(
          stderr.toString('utf8').trim(),
          secretsOf(options),
        );
        const reason =
          (error as { killed?: boolean }).killed && !stderrText
            ? 'timed out'
            : stderrText || redactText(error.message, secretsOf(options));
        reject(
          new GitCommandError(
            `git ${args[0]} failed: ${reason}`,
            (error as { code?: number | string }).code,
            stderrText,
          ),
        );
      },
    );
  });
}

/**
 * Runs git and returns its stdout as a stream (for `git archive`); a failure
 * destroys the stream with a GitCommandError.
 */
export function streamGit(
  args: string[],
  options: RunGitOptions = {},
): Readable {
  const child = spawn('git', gitArgs(args, options), {
    cwd: options.cwd,
    env: gitEnv(options),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    windowsHide: true,
  });
  // stdout is passed on without ending it, so that a failure found when git
  // exits still reaches the reader as an error instead of a short tar.
  const output = new PassThrough();
  child.stdout.pipe(output, { end: false });
  const stderr: Buffer[] = [];
  child.stderr.on('data', chunk => stderr.push(chunk));
  child.on('close', code => {
    if (code === 0) {
      output.end();
      return;
    }
    const text = redactText(
      Buffer.concat(stderr).toString('utf8').trim(),
      secretsOf(options),
    );
    output.destroy(
      new GitCommandError(
        `git ${args[0]} failed: ${text || 'killed'}`,
        code ?? undefined,
        text,
      ),
    );
  });
  child.on('error', error => output.destroy(error));
  return output;
}
