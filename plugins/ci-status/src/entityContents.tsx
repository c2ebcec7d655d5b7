import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';

/** The "CI" tab of a component: its latest default-branch runs. */
export const entityCiContent = EntityContentBlueprint.make({
  name: 'ci',
  params: {
    path: '/ci',
    title: 'CI',
    filter: { kind: 'component' },
    loader: () =>
      import('./components/CiRunsContent').then(m => <m.CiRunsContent />),
  },
});

/** The CI card on a component's overview: the latest run. */
export const entityCiStatusCard = EntityCardBlueprint.make({
  name: 'ci-status',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/CiStatusCard').then(m => <m.CiStatusCard />),
  },
});
