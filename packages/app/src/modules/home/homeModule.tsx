import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const content = `
The portal does three jobs in one place:

- **Create**: pick a [software template](/create) and get a new service with
  its repository, CI, docs and deployment manifests, registered in the catalog.
- **Manage**: every service's page shows its owners, docs, CI and Kubernetes
  status. Start from the [catalog](/catalog).
- **Explore**: [search](/search) across services, APIs, docs and people, or
  browse the [API directory](/api-docs) and [documentation](/docs).
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

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [portalJobsWidget, gettingStartedWidget],
});
