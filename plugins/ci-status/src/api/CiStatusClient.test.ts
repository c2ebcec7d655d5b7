import { ResponseError } from '@backstage/errors';
import { CiStatusClient } from './CiStatusClient';
import { runsResponse } from '../__fixtures__/runs';

describe('CiStatusClient', () => {
  const discoveryApi = {
    getBaseUrl: async (id: string) => `http://backstage/api/${id}`,
  };

  it('asks the ci-status backend for an entity’s runs', async () => {
    const fetch = jest.fn(
      async () => new Response(JSON.stringify(runsResponse), { status: 200 }),
    );
    const client = new CiStatusClient({ discoveryApi, fetchApi: { fetch } });
    await expect(
      client.getRuns('component:default/ledger-service'),
    ).resolves.toEqual(runsResponse);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/ci-status/runs?entityRef=component%3Adefault%2Fledger-service',
    );
  });

  it('throws a ResponseError for a failed request', async () => {
    const fetch = jest.fn(
      async () =>
        new Response('{}', {
          status: 500,
          statusText: 'Internal Server Error',
        }),
    );
    const client = new CiStatusClient({ discoveryApi, fetchApi: { fetch } });
    await expect(client.getRuns('component:default/x')).rejects.toBeInstanceOf(
      ResponseError,
    );
  });
});
