import { spawn } from 'node:child_process';
import http from 'node:http';
import { AddressInfo } from 'node:net';

const GIT_HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';

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
}): Promise<GitHttpServer> {
  const requests: GitHttpRequest[] = [];

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

    const child = spawn(GIT_HTTP_BACKEND, [], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: options.projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        GATEWAY_INTERFACE: 'CGI/1.1',
        SERVER_PROTOCOL: 'HTTP/1.1',
        SERVER_SOFTWARE: 'test-git-http-server',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: req.headers['content-length'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: (req.headers['git-protocol'] as string | undefined) ?? '',
        REMOTE_USER: options.token ? 'test' : '',
        REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    req.pipe(child.stdin);
    child.stdin.on('error', () => undefined);

    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      let end = head.indexOf('\r\n\r\n');
      let sepLength = 4;
      if (end < 0) {
        end = head.indexOf('\n\n');
        sepLength = 2;
      }
      if (end < 0) return;
      headersDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head
        .subarray(0, end)
        .toString('utf8')
        .split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') {
          status = parseInt(value, 10);
        } else {
          headers[name] = value;
        }
      }
      record.status = status;
      res.writeHead(status, headers);
      res.write(head.subarray(end + sepLength));
    });
    child.stdout.on('end', () => {
      if (!headersDone) {
        record.status = 502;
        res.writeHead(502);
      }
      res.end();
    });
    child.on('error', () => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(error => (error ? reject(error) : resolve()));
      }),
  };
}
