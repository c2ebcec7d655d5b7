import { ResponseError } from '@backstage/errors';
import { GitSourcesClient } from './GitSourcesClient';
import { platformSource } from '../__fixtures__/sources';

describe('GitSourcesClient', () => {
  const discoveryApi = {
    getBaseUrl: async (id: string) => `http://backstage/api/${id}`,
  };

  it('reads the sources from the catalog backend', async () => {
    const body = { sources: [platformSource] };
    const fetch = jest.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response(JSON.stringify(body), { status: 200 }),
    );
    const client = new GitSourcesClient({ discoveryApi, fetchApi: { fetch } });
    await expect(client.getSources()).resolves.toEqual(body);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/catalog/git/sources',
    );
  });

  it('throws a ResponseError for a failed request', async () => {
    const fetch = jest.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response(
          JSON.stringify({
            error: { name: 'NotFoundError', message: 'Not found' },
            response: { statusCode: 404 },
          }),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
    );
    const client = new GitSourcesClient({ discoveryApi, fetchApi: { fetch } });
    await expect(client.getSources()).rejects.toBeInstanceOf(ResponseError);
  });
});
