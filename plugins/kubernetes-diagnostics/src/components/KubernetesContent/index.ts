export { KubernetesContent } from './KubernetesContent';
