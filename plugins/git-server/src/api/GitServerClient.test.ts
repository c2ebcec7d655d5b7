import { ResponseError } from '@backstage/errors';
import { GitServerContents } from '@internal/plugin-git-server-common';
import { GitServerClient } from './GitServerClient';

describe('GitServerClient', () => {
  const discoveryApi = {
    getBaseUrl: async (id: string) => `http://backstage/api/${id}`,
  };
  const tree: GitServerContents = {
    type: 'tree',
    name: 'payments-api',
    ref: 'main',
    path: 'docs',
    commit: 'abc',
    cloneUrl: 'http://backstage/api/git-server/repos/payments-api.git',
    entries: [{ name: 'index.md', path: 'docs/index.md', type: 'blob' }],
  };

  function fakeFetch(response: () => Response) {
    return jest.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      response(),
    );
  }

  it('asks for the default branch and root without a query', async () => {
    const fetch = fakeFetch(() => new Response(JSON.stringify(tree)));
    const client = new GitServerClient({ discoveryApi, fetchApi: { fetch } });
    await expect(client.getContents('payments-api')).resolves.toEqual(tree);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/git-server/repositories/payments-api/contents',
    );
  });

  it('passes the branch and path as query parameters', async () => {
    const fetch = fakeFetch(() => new Response(JSON.stringify(tree)));
    const client = new GitServerClient({ discoveryApi, fetchApi: { fetch } });
    await client.getContents('payments-api', {
      ref: 'feature/x',
      path: 'docs/a b.md',
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/git-server/repositories/payments-api/contents?ref=feature%2Fx&path=docs%2Fa+b.md',
    );
  });

  it('throws a ResponseError with the server message for a failed request', async () => {
    const fetch = fakeFetch(
      () =>
        new Response(
          JSON.stringify({
            error: {
              name: 'NotFoundError',
              message: "Repository 'nope' does not exist",
            },
            response: { statusCode: 404 },
          }),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
    );
    const client = new GitServerClient({ discoveryApi, fetchApi: { fetch } });
    const error = await client.getContents('nope').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.body.error.message).toBe("Repository 'nope' does not exist");
  });

  it('lists the repositories', async () => {
    const list = {
      items: [
        {
          name: 'payments-api',
          defaultBranch: 'main',
          head: 'abc',
          cloneUrl: 'http://backstage/api/git-server/repos/payments-api.git',
        },
      ],
    };
    const fetch = fakeFetch(() => new Response(JSON.stringify(list)));
    const client = new GitServerClient({ discoveryApi, fetchApi: { fetch } });
    await expect(client.listRepositories()).resolves.toEqual(list);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/git-server/repositories',
    );
  });
});
