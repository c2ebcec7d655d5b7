import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { renderTestApp } from '@backstage/frontend-test-utils';
import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
} from '@backstage/integration-react';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { gitSourceIconLink } from './extensions';

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };

function componentFrom(sourceLocation: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-service',
      annotations: { 'backstage.io/source-location': sourceLocation },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
  };
}

function renderAboutCard(entity: Entity) {
  return renderTestApp({
    extensions: [
      createTestEntityPage({ entity }),
      catalogPlugin.getExtension('entity-card:catalog/about'),
      gitSourceIconLink,
    ],
    apis: [
      catalogApiMock({ entities: [entity] }),
      [
        scmIntegrationsApiRef,
        ScmIntegrationsApi.fromConfig(
          new ConfigReader({
            integrations: {
              gitlab: [
                {
                  host: 'git.example.com',
                  apiBaseUrl: 'https://git.example.com/api/v4',
                },
              ],
            },
          }),
        ),
      ],
    ],
  });
}

describe('View Source on the About card', () => {
  it('opens the hosting page of an entity from a git+ location', async () => {
    renderAboutCard(
      componentFrom(
        'url:git+https://git.example.com/platform/payments.git/-/blob/main/services/payments/',
      ),
    );
    const link = await screen.findByText('View Source', {}, slow);
    expect(link.closest('a')).toHaveAttribute(
      'href',
      'https://git.example.com/platform/payments/-/tree/main/services/payments',
    );
  });

  it('is disabled, saying why, for a repository with no web page', async () => {
    renderAboutCard(
      componentFrom('url:git+file:///srv/git/demo-catalog.git/-/blob/main/'),
    );
    const label = await screen.findByText('View Source', {}, slow);
    expect(label.closest('a')).toBeNull();
    expect(
      screen.getByTitle(/on the portal's own disk \(file:\/\/\/srv\/git/),
    ).toBeInTheDocument();
  });
});
