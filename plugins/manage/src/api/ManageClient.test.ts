import { ResponseError } from '@backstage/errors';
import { ManageClient } from './ManageClient';
import { overview } from '../__fixtures__/overview';

describe('ManageClient', () => {
  const discoveryApi = {
    getBaseUrl: async (id: string) => `http://backstage/api/${id}`,
  };

  it('asks the manage backend for the owners’ overview', async () => {
    const fetch = jest.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response(JSON.stringify(overview), { status: 200 }),
    );
    const client = new ManageClient({ discoveryApi, fetchApi: { fetch } });
    await expect(
      client.getOverview(['user:default/guest', 'group:default/payments-team']),
    ).resolves.toEqual(overview);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/manage/overview?owner=user%3Adefault%2Fguest&owner=group%3Adefault%2Fpayments-team',
    );
  });

  it('throws a ResponseError for a failed request', async () => {
    const fetch = jest.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response('{}', { status: 400 }),
    );
    const client = new ManageClient({ discoveryApi, fetchApi: { fetch } });
    await expect(client.getOverview(['x'])).rejects.toBeInstanceOf(
      ResponseError,
    );
  });
});
