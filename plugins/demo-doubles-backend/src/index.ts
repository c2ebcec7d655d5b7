/**
 * Test doubles that speak the Kubernetes, GitHub Actions and GitLab CI wire
 * formats, serving the demo catalog's workloads and CI runs.
 *
 * @packageDocumentation
 */
export { demoDoublesPlugin as default } from './plugin';
export { createDemoDoublesRouter } from './router';
export type { DemoDoublesRouterOptions } from './router';
export { startDemoDoublesServer } from './server';
export type {
  DemoDoublesServer,
  StartDemoDoublesServerOptions,
} from './server';
export { DemoDoublesControl } from './lib/DemoDoublesControl';
export type {
  DemoDoublesSettings,
  DemoFault,
  DoubleName,
  DoubleStats,
} from './lib/DemoDoublesControl';
