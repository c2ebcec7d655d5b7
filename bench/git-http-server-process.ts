/*
 * The Git server of bench/git-catalog-bench.ts, in a process of its own: git's
 * smart-HTTP backend runs as one CGI process per request, and spawning those
 * from the backend's process would put the server's work on the backend's
 * event loop (a real Git server is another machine). Reports `ready` with its
 * host, then the requests it received in batches; stops on `close`.
 */
import { startGitHttpServer } from '../plugins/catalog-backend-module-git/src/__testUtils__/gitHttpServer';

async function main() {
  const projectRoot = process.argv[2];
  if (!projectRoot || !process.send) {
    throw new Error('usage: fork(git-http-server-process.ts, [projectRoot])');
  }
  const server = await startGitHttpServer({ projectRoot });
  let sent = 0;
  const flush = () => {
    if (server.requests.length > sent) {
      const items = server.requests
        .slice(sent)
        .map(({ method, path }) => ({ method, path }));
      sent += items.length;
      process.send!({ type: 'requests', items });
    }
  };
  const timer = setInterval(flush, 20);
  process.on('message', async (message: { type?: string }) => {
    if (message?.type === 'close') {
      clearInterval(timer);
      flush();
      await server.close();
      process.exit(0);
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send({ type: 'ready', host: server.host });
}

main().catch(error => {
  process.stderr.write(`git server process failed: ${error}\n`);
  process.exit(1);
});
