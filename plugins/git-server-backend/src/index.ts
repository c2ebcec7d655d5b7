export { gitServerPlugin as default } from './plugin';
