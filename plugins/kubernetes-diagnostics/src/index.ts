/**
 * The Kubernetes tab that says which clusters were asked and what each answered.
 *
 * @packageDocumentation
 */
export { kubernetesDiagnosticsPlugin as default } from './plugin';
