/*
 * Helpers for Git remote strings: hiding credentials, comparing remotes, and
 * splitting credentials off a remote so they never reach git's command line.
 */

const REDACTED = '***';

/** `user@host:path`, the scp-like form of an ssh remote. */
const SCP_LIKE = /^(?:([^@/:]+)@)?([^/:]+):(?!\/\/|:)(.*)$/;

/** Any `scheme://userinfo@` inside free text. */
const URL_USERINFO_IN_TEXT = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@'"]+)@/gi;

/** An HTTP authorization header value inside free text. */
const AUTH_HEADER_IN_TEXT = /\b(authorization:\s*)(basic|bearer|token)\s+\S+/gi;

function isSshScheme(protocol: string) {
  return (
    protocol === 'ssh:' || protocol === 'git+ssh:' || protocol === 'ssh+git:'
  );
}

/**
 * Returns the remote with any credential removed, safe to log or show.
 *
 * For URL remotes the whole userinfo of http(s) and other schemes is replaced
 * (a token is often put in the user name: `https://TOKEN@host/repo.git`);
 * ssh remotes keep their user name (`git@`), which is not a secret, and lose
 * any password. Query strings are replaced as they may carry tokens.
 */
export function redactRemote(remote: string): string {
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    // scp-like ssh remote (`git@host:org/repo.git`): no password possible.
    return remote.match(SCP_LIKE) ? remote : redactText(remote);
  }
  if (url.username || url.password) {
    if (isSshScheme(url.protocol) && url.username) {
      url.password = '';
    } else {
      url.username = REDACTED;
      url.password = '';
    }
  }
  if (url.search) {
    url.search = `?${REDACTED}`;
  }
  return url.toString();
}

/**
 * Scrubs credentials from free text (git's stderr, error messages): userinfo
 * in any URL, authorization header values, and the given secret strings.
 */
export function redactText(
  text: string,
  secrets: Iterable<string> = [],
): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) {
      result = result.split(secret).join(REDACTED);
    }
  }
  return result
    .replace(URL_USERINFO_IN_TEXT, (_all, scheme: string, userinfo: string) =>
      /^ssh:|^git\+ssh:/i.test(scheme) && !userinfo.includes(':')
        ? `${scheme}${userinfo}@`
        : `${scheme}${REDACTED}@`,
    )
    .replace(AUTH_HEADER_IN_TEXT, `$1$2 ${REDACTED}`);
}

/**
 * Splits a remote into the URL git is given (no credentials) and the
 * credentials found in it, if any. scp-like and ssh remotes are returned as
 * they are: ssh authenticates with keys, and the user name is part of the
 * address.
 */
export function splitRemoteCredentials(remote: string): {
  remote: string;
  username?: string;
  password?: string;
} {
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    return { remote };
  }
  if (isSshScheme(url.protocol) || (!url.username && !url.password)) {
    return { remote };
  }
  const username = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  return {
    remote: url.toString(),
    username: username || undefined,
    password: password || undefined,
  };
}

/**
 * A canonical form of a remote for comparing two spellings of the same
 * repository: no credentials, no scheme-specific user, lower-case host,
 * no trailing `.git` or slash. scp-like remotes become `ssh://host/path`.
 *
 * `https://User:tok@Git.Example.com/org/Repo.git/` and
 * `git@git.example.com:org/Repo` both give `git.example.com/org/Repo`
 * (the scheme is dropped too: a push over ssh announces the same repository
 * that the provider fetches over https).
 */
export function normalizeRemote(remote: string): string {
  const trimmed = remote.trim();
  let host: string;
  let path: string;
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (url && url.protocol !== 'file:') {
    host = url.host.toLowerCase();
    // The default ports of each scheme do not identify another repository.
    host = host.replace(/:(22|80|443|9418)$/, '');
    path = decodeURIComponent(url.pathname);
  } else if (url) {
    host = '';
    path = decodeURIComponent(url.pathname);
  } else {
    const scp = trimmed.match(SCP_LIKE);
    if (scp) {
      host = scp[2].toLowerCase();
      path = `/${scp[3]}`;
    } else {
      host = '';
      path = trimmed;
    }
  }
  path = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  if (!path.startsWith('/')) {
    path = `/${path}`;
  }
  return `${host}${path}`;
}
