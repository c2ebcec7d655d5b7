/**
 * The portal's search set-up: a Lunr engine with bounded fuzzy matching for
 * the embedded default, and a TechDocs reindex as soon as docs are built.
 *
 * @packageDocumentation
 */
export { searchModulePortal as default } from './module';
export { PortalLunrSearchEngine } from './lib/PortalLunrSearchEngine';
export {
  createBoundedFuzzyTranslator,
  MAX_FUZZY_TOKEN_LENGTH,
} from './lib/boundedFuzzyTranslator';
export {
  TechDocsReindexer,
  TECHDOCS_INDEX_TASK_ID,
} from './lib/TechDocsReindexer';
export { searchModuleCatalogOwnerNames } from './ownerNamesModule';
export {
  ownerName,
  ownerNameEntityTransformer,
} from './lib/ownerNameEntityTransformer';
