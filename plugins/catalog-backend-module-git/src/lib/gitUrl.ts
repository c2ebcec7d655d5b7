import { InputError } from '@backstage/errors';
import { splitRemoteCredentials } from './remotes';

/**
 * URLs of files and folders in Git repositories:
 *
 *   git+<remote>/-/blob/<branch>/<path>
 *
 * e.g. `git+https://git.example.com/org/repo.git/-/blob/main/a/catalog-info.yaml`
 * or `git+file:///srv/repos/x.git/-/blob/main/catalog-info.yaml`. A folder
 * ends with `/` (the repository root is `.../-/blob/<branch>/`). The branch is
 * one percent-encoded segment (`feature%2Fx`), so relative references
 * (`new URL('./docs/', url)`) resolve inside the branch like a web URL.
 */

export const GIT_URL_PREFIX = 'git+';
const SEPARATOR = /\/-\/(?:blob|tree)\//;

/** The parts of a `git+` URL. */
export type GitUrlParts = {
  /** The remote git is given, e.g. `https://host/org/repo.git`. */
  remote: string;
  /** The branch, decoded (`feature/x`). */
  branch: string;
  /** Path inside the repository, decoded, without leading or trailing slash; '' for the root. */
  path: string;
  /** Whether the URL names a folder (it ends with `/`). */
  isDirectory: boolean;
};

/** Whether a URL uses the `git+<scheme>:` form this package reads. */
export function isGitUrl(url: string | URL): boolean {
  const protocol = typeof url === 'string' ? safeProtocol(url) : url.protocol;
  return protocol !== undefined && protocol.startsWith(GIT_URL_PREFIX);
}

function safeProtocol(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

/**
 * Turns a remote into the URL form used inside `git+` URLs: no credentials,
 * no trailing slash, scp-like ssh (`git@host:org/repo.git`) as
 * `ssh://git@host/org/repo.git`.
 */
export function remoteToUrlForm(remote: string): string {
  const trimmed = remote.trim().replace(/\/+$/, '');
  try {
    const url = new URL(trimmed);
    if (url.search || url.hash) {
      throw new InputError(
        `Git remotes with a query or fragment are not supported`,
      );
    }
    return splitRemoteCredentials(trimmed).remote.replace(/\/+$/, '');
  } catch (error) {
    if (error instanceof InputError) {
      throw error;
    }
  }
  const scp = trimmed.match(/^(?:([^@/:]+)@)?([^/:]+):(?!\/\/|:)(.+)$/);
  if (scp) {
    const [, user, host, path] = scp;
    return `ssh://${user ? `${user}@` : ''}${host}/${path.replace(/^\/+/, '')}`;
  }
  if (trimmed.startsWith('/')) {
    return `file://${trimmed}`;
  }
  throw new InputError(`Not a Git remote URL: ${trimmed}`);
}

function encodePath(path: string): string {
  return path
    .split('/')
    .filter(Boolean)
    .map(segment => encodeURIComponent(segment))
    .join('/');
}

/** Builds a `git+` URL; a folder (or the root, path '') gets a trailing `/`. */
export function formatGitUrl(options: {
  remote: string;
  branch: string;
  path?: string;
  isDirectory?: boolean;
}): string {
  const { branch } = options;
  if (!branch) {
    throw new InputError('A branch is required to build a git+ URL');
  }
  const path = encodePath(options.path ?? '');
  const isDirectory = options.isDirectory || path === '';
  const base = `${GIT_URL_PREFIX}${remoteToUrlForm(
    options.remote,
  )}/-/blob/${encodeURIComponent(branch)}/`;
  return `${base}${path}${isDirectory && path ? '/' : ''}`;
}

/** Parses a `git+` URL, throwing InputError when it is not one. */
export function parseGitUrl(url: string): GitUrlParts {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`Invalid git+ URL: ${url}`);
  }
  if (!parsed.protocol.startsWith(GIT_URL_PREFIX)) {
    throw new InputError(`Not a git+ URL: ${parsed.protocol}`);
  }
  // Work on the normalised form: `..` and `.` are resolved, fragments and
  // queries (a line number from relative resolution) are not part of the file.
  parsed.hash = '';
  parsed.search = '';
  const href = parsed.toString().slice(GIT_URL_PREFIX.length);
  const match = SEPARATOR.exec(href);
  if (!match) {
    throw new InputError(
      `Invalid git+ URL, expected git+<remote>/-/blob/<branch>/<path>`,
    );
  }
  const remote = href.slice(0, match.index);
  const rest = href.slice(match.index + match[0].length);
  const [encodedBranch, ...segments] = rest.split('/');
  const branch = safeDecode(encodedBranch);
  if (!remote || !branch) {
    throw new InputError(
      `Invalid git+ URL, expected git+<remote>/-/blob/<branch>/<path>`,
    );
  }
  const isDirectory = segments.length === 0 || rest.endsWith('/');
  const path = segments.filter(Boolean).map(safeDecode).join('/');
  if (path.split('/').some(s => s === '..' || s === '.')) {
    throw new InputError('Invalid git+ URL, path traversal is not allowed');
  }
  return { remote, branch, path, isDirectory };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new InputError(`Invalid percent-encoding in git+ URL: ${segment}`);
  }
}
