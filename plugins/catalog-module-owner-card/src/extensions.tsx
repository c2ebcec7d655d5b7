import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The Owner card on entity overviews. Groups and users have their own profile
 * cards (they are the owners), and locations have no owner.
 */
export const entityOwnerCard = EntityCardBlueprint.make({
  name: 'owner',
  params: {
    type: 'info',
    filter: { $not: { kind: { $in: ['group', 'user', 'location'] } } },
    loader: () => import('./components/OwnerCard').then(m => <m.OwnerCard />),
  },
});
