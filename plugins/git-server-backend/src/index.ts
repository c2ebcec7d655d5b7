export { gitServerPlugin as default } from './plugin';
export { serveGitHttpRequest, GIT_HTTP_BACKEND } from './lib/gitHttpBackend';
export type { GitHttpBackendOptions } from './lib/gitHttpBackend';
