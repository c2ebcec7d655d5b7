import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { GitTemplateFetchUrlProcessor } from './GitTemplateFetchUrlProcessor';

const TEMPLATE_URL =
  'git+file:///srv/git/demo.git/-/blob/main/templates/node-service/template.yaml';

function template(steps: JsonObject[]): Entity {
  return {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name: 'node-service' },
    spec: { type: 'service', steps },
  };
}

describe('GitTemplateFetchUrlProcessor', () => {
  const processor = new GitTemplateFetchUrlProcessor();

  it('resolves relative fetch URLs of a template read from a git+ location', async () => {
    const result = await processor.preProcessEntity(
      template([
        { id: 'fetch', action: 'fetch:template', input: { url: './skeleton' } },
        {
          id: 'file',
          action: 'fetch:plain:file',
          input: { url: '../shared/LICENSE', targetPath: 'LICENSE' },
        },
        { id: 'plain', action: 'fetch:plain', input: { url: 'docs' } },
      ]),
      { type: 'url', target: TEMPLATE_URL },
    );
    expect(result.spec?.steps).toEqual([
      {
        id: 'fetch',
        action: 'fetch:template',
        input: {
          url: 'git+file:///srv/git/demo.git/-/blob/main/templates/node-service/skeleton',
        },
      },
      {
        id: 'file',
        action: 'fetch:plain:file',
        input: {
          url: 'git+file:///srv/git/demo.git/-/blob/main/templates/shared/LICENSE',
          targetPath: 'LICENSE',
        },
      },
      {
        id: 'plain',
        action: 'fetch:plain',
        input: {
          url: 'git+file:///srv/git/demo.git/-/blob/main/templates/node-service/docs',
        },
      },
    ]);
  });

  it('leaves absolute, computed and non-fetch URLs alone', async () => {
    const steps = [
      {
        action: 'fetch:template',
        input: { url: 'https://github.com/org/repo/tree/main/skeleton' },
      },
      {
        action: 'fetch:template',
        input: { url: '${{ parameters.skeleton }}' },
      },
      { action: 'publish:git', input: { url: './x' } },
      { action: 'fetch:template', input: {} },
    ];
    const entity = template(steps);
    const result = await processor.preProcessEntity(entity, {
      type: 'url',
      target: TEMPLATE_URL,
    });
    expect(result).toBe(entity);
  });

  it('leaves templates from other locations and other kinds alone', async () => {
    const entity = template([
      { action: 'fetch:template', input: { url: './skeleton' } },
    ]);
    for (const target of [
      'https://github.com/org/repo/blob/main/template.yaml',
    ]) {
      expect(
        await processor.preProcessEntity(entity, { type: 'url', target }),
      ).toBe(entity);
    }
    expect(
      await processor.preProcessEntity(entity, {
        type: 'file',
        target: '/srv/template.yaml',
      }),
    ).toBe(entity);
    const component = { ...entity, kind: 'Component' };
    expect(
      await processor.preProcessEntity(component, {
        type: 'url',
        target: TEMPLATE_URL,
      }),
    ).toBe(component);
  });
});
