import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { BackendPluginClient } from './BackendPluginClient';

describe('BackendPluginClient', () => {
  let server: http.Server;
  let baseUrl: string;
  const seenTokens: string[] = [];
  const seenEncodings: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seenTokens.push(String(req.headers.authorization));
      seenEncodings.push(String(req.headers['accept-encoding']));
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ path: req.url }));
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(r => server.close(r)));
  beforeEach(() => {
    seenTokens.length = 0;
    seenEncodings.length = 0;
  });

  function client() {
    const auth = mockServices.auth.mock({
      getPluginRequestToken: jest
        .fn()
        .mockImplementation(async () => ({ token: `t${Math.random()}` })),
    });
    const discovery = mockServices.discovery.mock({
      getBaseUrl: async () => baseUrl,
    });
    return {
      auth,
      client: new BackendPluginClient(
        { auth, discovery, timeoutMs: 5_000 },
        'ci-status',
        'the CI status backend',
      ),
    };
  }

  it('issues one token per caller for many calls, and a new one for another caller', async () => {
    const { auth, client: c } = client();
    const alice = mockCredentials.user('user:default/alice');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => c.request(`/runs?i=${i}`, alice)),
    );
    expect(results).toHaveLength(20);
    expect(auth.getPluginRequestToken).toHaveBeenCalledTimes(1);
    expect(new Set(seenTokens).size).toBe(1);
    // Plugin answers come uncompressed (no gzip CPU on either end).
    expect(new Set(seenEncodings)).toEqual(new Set(['identity']));

    await c.request('/runs', mockCredentials.user('user:default/bob'));
    expect(auth.getPluginRequestToken).toHaveBeenCalledTimes(2);
    expect(auth.getPluginRequestToken).toHaveBeenLastCalledWith({
      onBehalfOf: expect.objectContaining({
        principal: expect.objectContaining({
          userEntityRef: 'user:default/bob',
        }),
      }),
      targetPluginId: 'ci-status',
    });
  });

  it('asks again after a token could not be issued', async () => {
    const { auth, client: c } = client();
    (auth.getPluginRequestToken as jest.Mock).mockRejectedValueOnce(
      new Error('signing key unavailable'),
    );
    const alice = mockCredentials.user();
    await expect(c.request('/runs', alice)).rejects.toThrow();
    await expect(c.request('/runs', alice)).resolves.toEqual({
      path: '/runs',
    });
    expect(auth.getPluginRequestToken).toHaveBeenCalledTimes(2);
  });
});
