import express from 'express';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import {
  DemoDoublesControl,
  DemoDoublesSettings,
} from './lib/DemoDoublesControl';
import { createDemoDoublesRouter } from './router';

export interface DemoDoublesServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`; doubles under `/kubernetes`, `/github`, `/gitlab`. */
  url: string;
  /** Change latency and faults, read request counters. */
  control: DemoDoublesControl;
  close(): Promise<void>;
}

export interface StartDemoDoublesServerOptions extends DemoDoublesSettings {
  now?: () => Date;
}

/**
 * Starts the doubles on their own HTTP server on 127.0.0.1 and a free port,
 * for tests and benchmarks that need a real network hop.
 */
export async function startDemoDoublesServer(
  options: StartDemoDoublesServerOptions = {},
): Promise<DemoDoublesServer> {
  const control = new DemoDoublesControl(options);
  const app = express();
  app.use(createDemoDoublesRouter({ control, now: options.now }));
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    control,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(err => (err ? reject(err) : resolve()));
      }),
  };
}
