/**
 * The Explore page.
 *
 * @packageDocumentation
 */
export { explorePlugin as default } from './plugin';
export { buildDomainTree } from './lib/domainTree';
export type { DomainTree, DomainNode, SystemNode } from './lib/domainTree';
export { buildGroupDirectory } from './lib/groupDirectory';
export type { GroupSummary, GroupMember } from './lib/groupDirectory';
