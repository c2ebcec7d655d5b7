/**
 * The Owner card on every entity page: the owning group, its members, its
 * contact and its parent group.
 *
 * @packageDocumentation
 */
export { catalogModuleOwnerCard as default } from './module';
