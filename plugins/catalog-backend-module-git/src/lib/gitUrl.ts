import { InputError } from '@backstage/errors';
import {
  GIT_URL_PREFIX,
  GitUrlParts,
  parseGitUrl,
} from '@internal/plugin-catalog-git-sources-common';
import { splitRemoteCredentials } from './remotes';

// The URL form and its parser live in the common package, which the
// frontend shares; the rest (building URLs from remotes) is backend-only.
export { GIT_URL_PREFIX, parseGitUrl };
export type { GitUrlParts };

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
