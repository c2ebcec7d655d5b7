import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const content = `
The portal does three jobs in one place:

- **Create**: pick a [software template](/create) and get a new service with
  its repository, CI, docs and deployment manifests, registered in the catalog.
- **Manage**: every service's page shows its owners, docs, CI and Kubernetes
  status. Start from the [catalog](/catalog).
- **Explore**: [browse](/explore) domains, systems, teams and tools,
  [search](/search) across services, APIs, docs and people, or open the
  [API directory](/api-docs) and [documentation](/docs).
`;

const gettingStartedWidget = HomePageWidgetBlueprint.make({
  name: 'getting-started',
  params: {
    name: 'GettingStarted',
    title: 'Getting started',
    description: 'What the portal is for and where to start',
    components: async () => ({
      Content: () => <MarkdownContent content={content} />,
    }),
  },
});

const portalJobsWidget = HomePageWidgetBlueprint.make({
  name: 'portal-jobs',
  params: {
    name: 'PortalJobs',
    title: 'What do you want to do?',
    description: 'Create, Manage and Explore, ordered by the adoption strategy',
    components: async () => {
      const { PortalJobs } = await import('./PortalJobs');
      return { Content: PortalJobs };
    },
  },
});

const teamServicesWidget = HomePageWidgetBlueprint.make({
  name: 'team-services',
  params: {
    name: 'TeamServices',
    title: "Your team's services",
    description: 'Components owned by your groups, with a link to their status',
    components: async () => {
      const { TeamServices } = await import('./TeamServices');
      return { Content: TeamServices };
    },
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [portalJobsWidget, teamServicesWidget, gettingStartedWidget],
});
