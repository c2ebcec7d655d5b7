import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { GitLocationAnnotationsProcessor } from './GitLocationAnnotationsProcessor';

const processor = GitLocationAnnotationsProcessor.fromConfig(
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
);

/** An entity as the catalog's AnnotateLocationEntityProcessor leaves it. */
function annotated(target: string, own: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc',
      annotations: {
        'backstage.io/managed-by-location': `url:${target}`,
        'backstage.io/view-url': target,
        ...own,
      },
    },
    spec: { type: 'service', owner: 'team', lifecycle: 'production' },
  };
}

describe('GitLocationAnnotationsProcessor', () => {
  it('gives entities from a git+ file the folder as source location and the hosting page as view URL', async () => {
    const target =
      'git+https://git.example.com/platform/catalog.git/-/blob/main/services/a/catalog-info.yaml';
    const entity = await processor.preProcessEntity(annotated(target), {
      type: 'url',
      target,
    });
    expect(entity.metadata.annotations).toEqual({
      'backstage.io/managed-by-location': `url:${target}`,
      'backstage.io/source-location':
        'url:git+https://git.example.com/platform/catalog.git/-/blob/main/services/a/',
      'backstage.io/view-url':
        'https://git.example.com/platform/catalog/-/blob/main/services/a/catalog-info.yaml',
      // GitLab's own resolveEditUrl, as the catalog uses for URLs it claims.
      'backstage.io/edit-url':
        'https://git.example.com/platform/catalog/-/edit/main/services/a/catalog-info.yaml',
    });
  });

  it('links the GitHub editor of a file on github.com', async () => {
    const target =
      'git+ssh://git@github.com/northwind/payments.git/-/blob/main/catalog-info.yaml';
    const entity = await processor.preProcessEntity(annotated(target), {
      type: 'url',
      target,
    });
    expect(entity.metadata.annotations).toMatchObject({
      'backstage.io/view-url':
        'https://github.com/northwind/payments/blob/main/catalog-info.yaml',
      'backstage.io/edit-url':
        'https://github.com/northwind/payments/edit/main/catalog-info.yaml',
    });
  });

  it('drops the unopenable git+ view URL when no web page is known', async () => {
    const target = 'git+file:///srv/git/demo.git/-/blob/main/catalog-info.yaml';
    const entity = await processor.preProcessEntity(annotated(target), {
      type: 'url',
      target,
    });
    expect(entity.metadata.annotations?.['backstage.io/view-url']).toBe(
      undefined,
    );
    expect(
      entity.metadata.annotations?.['backstage.io/edit-url'],
    ).toBeUndefined();
    expect(entity.metadata.annotations?.['backstage.io/source-location']).toBe(
      'url:git+file:///srv/git/demo.git/-/blob/main/',
    );
  });

  it("keeps the entity's own values and leaves other locations alone", async () => {
    const target = 'git+file:///srv/git/demo.git/-/blob/main/a/b.yaml';
    const own = {
      'backstage.io/source-location': 'url:https://github.com/o/r/tree/main/',
      'backstage.io/view-url': 'https://wiki.example.com/svc',
    };
    const entity = await processor.preProcessEntity(annotated(target, own), {
      type: 'url',
      target,
    });
    expect(entity.metadata.annotations).toMatchObject(own);

    const https = 'https://github.com/o/r/blob/main/catalog-info.yaml';
    const untouched = annotated(https);
    expect(
      await processor.preProcessEntity(untouched, {
        type: 'url',
        target: https,
      }),
    ).toBe(untouched);
  });

  it("links repositories of the portal's built-in Git server to their page in the portal", async () => {
    const withServer = GitLocationAnnotationsProcessor.fromConfig(
      new ConfigReader({
        app: { baseUrl: 'http://localhost:3000' },
        backend: { baseUrl: 'http://localhost:7007' },
        gitServer: { rootDirectory: '/srv/portal/git' },
      }),
    );
    const viewUrlOf = async (target: string) =>
      (
        await withServer.preProcessEntity(annotated(target), {
          type: 'url',
          target,
        })
      ).metadata.annotations?.['backstage.io/view-url'];
    expect(
      await viewUrlOf(
        'git+file:///srv/portal/git/demo-catalog.git/-/blob/main/components/a/catalog-info.yaml',
      ),
    ).toBe(
      'http://localhost:3000/git-server/demo-catalog?ref=main&path=components%2Fa%2Fcatalog-info.yaml',
    );
    expect(
      await viewUrlOf(
        'git+http://localhost:7007/api/git-server/repos/billing.git/-/blob/main/catalog-info.yaml',
      ),
    ).toBe(
      'http://localhost:3000/git-server/billing?ref=main&path=catalog-info.yaml',
    );
    // Elsewhere on the same disk: not the server's.
    expect(
      await viewUrlOf(
        'git+file:///srv/other/x.git/-/blob/main/catalog-info.yaml',
      ),
    ).toBeUndefined();
  });
});
