import { ResponseError } from '@backstage/errors';
import { ComponentNamesClient } from './ComponentNamesClient';

describe('ComponentNamesClient', () => {
  const discoveryApi = {
    getBaseUrl: async (pluginId: string) => `http://portal/api/${pluginId}`,
  };

  it('asks the scaffolder backend with the name and namespace', async () => {
    const urls: string[] = [];
    const client = new ComponentNamesClient({
      discoveryApi,
      fetchApi: {
        fetch: async (url: any) => {
          urls.push(String(url));
          return new Response(
            JSON.stringify({
              name: 'a b',
              entityRef: 'component:team-a/a b',
              available: false,
              problems: [{ reason: 'pattern', message: 'no' }],
            }),
            { headers: { 'content-type': 'application/json' } },
          );
        },
      },
    });
    await expect(
      client.checkName('a b', { namespace: 'team-a' }),
    ).resolves.toMatchObject({ available: false });
    expect(urls).toEqual([
      'http://portal/api/scaffolder/portal/component-names/a%20b?namespace=team-a',
    ]);
  });

  it('throws a ResponseError on an error answer', async () => {
    const client = new ComponentNamesClient({
      discoveryApi,
      fetchApi: {
        fetch: async () =>
          new Response(
            JSON.stringify({
              error: { name: 'InputError', message: 'Invalid namespace' },
              response: { statusCode: 400 },
            }),
            { status: 400, headers: { 'content-type': 'application/json' } },
          ),
      },
    });
    await expect(client.checkName('orders')).rejects.toBeInstanceOf(
      ResponseError,
    );
  });
});
