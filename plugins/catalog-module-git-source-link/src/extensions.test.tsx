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

function componentFrom(
  sourceLocation: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-service',
      annotations: {
        'backstage.io/source-location': sourceLocation,
        ...annotations,
      },
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
      // Only the public hostings, which need no configuration.
      [
        scmIntegrationsApiRef,
        ScmIntegrationsApi.fromConfig(new ConfigReader({})),
      ],
    ],
  });
}

describe('View Source on the About card', () => {
  it('opens the hosting page of an entity from a git+ location', async () => {
    renderAboutCard(
      componentFrom(
        'url:git+https://github.com/northwind/payments.git/-/blob/main/services/payments/',
      ),
    );
    const link = await screen.findByText('View Source', {}, slow);
    expect(link.closest('a')).toHaveAttribute(
      'href',
      'https://github.com/northwind/payments/tree/main/services/payments',
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

  it("falls back to the entity's web view URL when the folder has no known page", async () => {
    renderAboutCard(
      componentFrom('url:git+file:///srv/git/demo-catalog.git/-/blob/main/', {
        'backstage.io/view-url':
          'http://localhost:3000/git-server/demo-catalog?ref=main&path=catalog-info.yaml',
      }),
    );
    const link = await screen.findByText('View Source', {}, slow);
    expect(link.closest('a')).toHaveAttribute(
      'href',
      'http://localhost:3000/git-server/demo-catalog?ref=main&path=catalog-info.yaml',
    );
  });
});
