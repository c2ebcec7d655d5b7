/**
 * Web URLs of files in a Git remote, for the hostings whose file view we know.
 * `hostType` is the integration type configured for the host (`github`,
 * `gitlab`, `gitea`, `bitbucketCloud`, `bitbucketServer`, `azure`); the
 * public hostings are known without configuration.
 */

const WELL_KNOWN_HOSTS: Record<string, string> = {
  'github.com': 'github',
  'gitlab.com': 'gitlab',
  'bitbucket.org': 'bitbucketCloud',
  'dev.azure.com': 'azure',
};

/** The web origin, host and repository path of a remote, or undefined for local remotes. */
export function parseRemote(
  remote: string,
): { origin: string; host: string; repoPath: string } | undefined {
  // scp-like ssh: git@host:group/repo.git
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/\/)(.+)$/.exec(remote);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) {
    return {
      origin: `https://${scp[1]}`,
      host: scp[1],
      repoPath: trimRepoPath(scp[2]),
    };
  }
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    return undefined;
  }
  const protocol = url.protocol.replace(/:$/, '');
  if (protocol === 'http' || protocol === 'https') {
    return {
      origin: `${protocol}://${url.host}`,
      host: url.host,
      repoPath: trimRepoPath(url.pathname),
    };
  }
  if (protocol === 'ssh' || protocol === 'git') {
    // The web interface is on https at the same host name, not the ssh port.
    return {
      origin: `https://${url.hostname}`,
      host: url.hostname,
      repoPath: trimRepoPath(url.pathname),
    };
  }
  return undefined;
}

function trimRepoPath(path: string): string {
  return decodeURIComponent(path)
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The web page of `path` at `branch` in `remote` (scrolled to `line` where
 * the hosting supports it; the folder view when `isDirectory`), or undefined
 * when the remote is not on a hosting we know (file:// remotes, unknown hosts).
 */
export function fileWebUrl(options: {
  remote: string;
  branch: string;
  /** '' for the repository root. */
  path: string;
  isDirectory?: boolean;
  line?: number;
  hostType?: (host: string) => string | undefined;
}): string | undefined {
  const { remote, branch, path, line, isDirectory } = options;
  const parsed = parseRemote(remote);
  if (!parsed || !parsed.repoPath) {
    return undefined;
  }
  const type =
    WELL_KNOWN_HOSTS[parsed.host.toLowerCase()] ??
    options.hostType?.(parsed.host);
  const base = `${parsed.origin}/${encodePath(parsed.repoPath)}`;
  const ref = encodePath(branch);
  // `${ref}/${file}` without a dangling slash for the root.
  const file = path ? `/${encodePath(path)}` : '';
  const view = isDirectory || !path ? 'tree' : 'blob';
  switch (type) {
    case 'github':
      return `${base}/${view}/${ref}${file}${line ? `#L${line}` : ''}`;
    case 'gitlab':
      return `${base}/-/${view}/${ref}${file}${line ? `#L${line}` : ''}`;
    case 'gitea':
      return `${base}/src/branch/${ref}${file}${line ? `#L${line}` : ''}`;
    case 'bitbucketCloud':
      return `${base}/src/${ref}${file}${line ? `#lines-${line}` : ''}`;
    case 'bitbucketServer': {
      // Clone URLs are /scm/<project>/<repo>; the browser view is elsewhere.
      const match = /^(?:.*\/)?scm\/([^/]+)\/([^/]+)$/.exec(parsed.repoPath);
      if (!match) return undefined;
      return `${parsed.origin}/projects/${encodeURIComponent(
        match[1],
      )}/repos/${encodeURIComponent(
        match[2],
      )}/browse${file}?at=${encodeURIComponent(`refs/heads/${branch}`)}${
        line ? `#${line}` : ''
      }`;
    }
    case 'azure': {
      const params = new URLSearchParams({
        path: `/${path}`,
        version: `GB${branch}`,
      });
      if (line) {
        params.set('line', String(line));
      }
      return `${base}?${params}`;
    }
    default:
      return undefined;
  }
}
