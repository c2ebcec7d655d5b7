/**
 * The portal's search page: filters by kind, type, owner and lifecycle, and
 * results that name their kind and owner.
 *
 * @packageDocumentation
 */
export { searchModulePortal as default } from './module';
