/**
 * Builds TechDocs ahead of the first visit, so docs are searchable without
 * being opened.
 *
 * @packageDocumentation
 */
export { techdocsModulePrebuild as default } from './module';
export {
  TechDocsPrebuilder,
  TECHDOCS_DOCS_BUILT_TOPIC,
} from './lib/TechDocsPrebuilder';
export type {
  DocsBuiltEventPayload,
  PrebuildResult,
} from './lib/TechDocsPrebuilder';
export { EntityDocsBuilder } from './lib/EntityDocsBuilder';
export type { DocsBuildOutcome } from './lib/EntityDocsBuilder';
