import { serveGitHttpRequest } from '@internal/plugin-git-server-backend';
import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A request the server answered, for assertions. */
export type GitHttpRequest = {
  method: string;
  path: string;
  query: string;
  authorization?: string;
  status: number;
};

/** A running git smart-HTTP server. */
export type GitHttpServer = {
  /** `http://127.0.0.1:<port>`; a repository `<root>/x` is `${baseUrl}/x`. */
  baseUrl: string;
  /** `127.0.0.1:<port>`, for `integrations` host entries. */
  host: string;
  requests: GitHttpRequest[];
  /** `git-upload-pack` POSTs (one per fetch): being answered now, and the most at once. */
  uploadPacks: { inFlight: number; maxInFlight: number };
  close(): Promise<void>;
};

function isAuthorized(header: string | undefined, token: string): boolean {
  if (!header) return false;
  const [scheme, value = ''] = header.split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer') return value === token;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1) === token;
  }
  return false;
}

/**
 * Serves the repositories under `projectRoot` over HTTP on 127.0.0.1 with
 * git's own smart-HTTP backend, run as a CGI program per request. With
 * `token`, requests must carry it (`Authorization: Bearer <token>`, or Basic
 * with the token as password) or get 401.
 */
export async function startGitHttpServer(options: {
  projectRoot: string;
  token?: string;
  /** Delay before answering each `git-upload-pack` POST, so fetches overlap. */
  uploadPackDelayMs?: number;
}): Promise<GitHttpServer> {
  const requests: GitHttpRequest[] = [];
  const uploadPacks = { inFlight: 0, maxInFlight: 0 };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const record: GitHttpRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      authorization: req.headers.authorization,
      status: 0,
    };
    requests.push(record);

    if (
      options.token &&
      !isAuthorized(req.headers.authorization, options.token)
    ) {
      record.status = 401;
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' });
      res.end('Unauthorized\n');
      req.resume();
      return;
    }

    const isUploadPack =
      req.method === 'POST' && url.pathname.endsWith('/git-upload-pack');
    if (isUploadPack) {
      uploadPacks.inFlight += 1;
      uploadPacks.maxInFlight = Math.max(
        uploadPacks.maxInFlight,
        uploadPacks.inFlight,
      );
      res.on('close', () => {
        uploadPacks.inFlight -= 1;
      });
    }
    const serve = () =>
      // The same CGI bridge the portal's Git server uses.
      serveGitHttpRequest(req, res, {
        projectRoot: options.projectRoot,
        pathInfo: decodeURIComponent(url.pathname),
        query: url.search.replace(/^\?/, ''),
        remoteUser: options.token ? 'test' : undefined,
      }).then(status => {
        record.status = status;
      });
    if (isUploadPack && options.uploadPackDelayMs) {
      setTimeout(serve, options.uploadPackDelayMs);
    } else {
      serve();
    }
  });

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    uploadPacks,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(error => (error ? reject(error) : resolve()));
      }),
  };
}
