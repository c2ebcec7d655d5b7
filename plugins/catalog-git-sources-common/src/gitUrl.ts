import { InputError } from '@backstage/errors';

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
