import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** git's own smart-HTTP server program (Debian: package git). */
export const GIT_HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';

export interface GitHttpBackendOptions {
  /** Folder holding the bare repositories. */
  projectRoot: string;
  /** Path inside projectRoot, e.g. `/my-service.git/info/refs`. */
  pathInfo: string;
  /** Query string without `?`. */
  query: string;
  /** Name recorded as the pusher (CGI REMOTE_USER); pushes need one. */
  remoteUser?: string;
}

/**
 * Answers one Git smart-HTTP request (clone, fetch, push) by running
 * git-http-backend as a CGI program and translating its CGI response.
 * Resolves with the HTTP status sent.
 */
export function serveGitHttpRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: GitHttpBackendOptions,
): Promise<number> {
  return new Promise(resolve => {
    const child = spawn(GIT_HTTP_BACKEND, [], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: options.projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        GATEWAY_INTERFACE: 'CGI/1.1',
        SERVER_PROTOCOL: 'HTTP/1.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: options.pathInfo,
        QUERY_STRING: options.query,
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: req.headers['content-length'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: (req.headers['git-protocol'] as string | undefined) ?? '',
        // git-http-backend refuses receive-pack (push) without a user.
        REMOTE_USER: options.remoteUser ?? '',
        REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    req.pipe(child.stdin);
    child.stdin.on('error', () => undefined);

    let head = Buffer.alloc(0);
    let status = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if (status) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      let end = head.indexOf('\r\n\r\n');
      let separator = 4;
      if (end < 0) {
        end = head.indexOf('\n\n');
        separator = 2;
      }
      if (end < 0) return;
      status = 200;
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
      res.writeHead(status, headers);
      res.write(head.subarray(end + separator));
    });
    child.stdout.on('end', () => {
      if (!status) {
        status = 502;
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.write('git-http-backend sent no response\n');
      }
      res.end();
      resolve(status);
    });
    child.on('error', error => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
      }
      res.end(`cannot run ${GIT_HTTP_BACKEND}: ${error.message}\n`);
      resolve(500);
    });
  });
}
