import { sourceLinkOf } from './sourceLink';

describe('sourceLinkOf', () => {
  const hostType = (host: string) =>
    ({ 'git.example.com': 'gitlab', 'gitea.example.com': 'gitea' }[host]);

  it('links a git+ folder on a known hosting to its folder page', () => {
    expect(
      sourceLinkOf(
        {
          sourceLocation:
            'url:git+https://github.com/northwind/payments.git/-/blob/main/services/payments/',
        },
        hostType,
      ),
    ).toEqual({
      href: 'https://github.com/northwind/payments/tree/main/services/payments',
      host: 'github.com',
    });
    expect(
      sourceLinkOf(
        {
          sourceLocation:
            'url:git+https://git.example.com/platform/catalog.git/-/blob/release%2F2/',
        },
        hostType,
      ),
    ).toEqual({
      href: 'https://git.example.com/platform/catalog/-/tree/release/2',
      host: 'git.example.com',
    });
  });

  it('links a git+ file on an ssh remote to the page of the file', () => {
    expect(
      sourceLinkOf(
        {
          sourceLocation:
            'url:git+ssh://git@gitea.example.com/o/r.git/-/blob/main/catalog-info.yaml',
        },
        hostType,
      ),
    ).toEqual({
      href: 'https://gitea.example.com/o/r/src/branch/main/catalog-info.yaml',
      host: 'gitea.example.com',
    });
  });

  it('says why there is no page for local and unknown remotes', () => {
    const local = sourceLinkOf(
      {
        sourceLocation:
          'url:git+file:///srv/portal/git/demo-catalog.git/-/blob/main/',
      },
      hostType,
    );
    expect(local?.href).toBeUndefined();
    expect(local?.reason).toMatch(
      /Git repository on the portal's own disk \(file:\/\/\/srv\/portal\/git\/demo-catalog\.git\)/,
    );

    const unknown = sourceLinkOf(
      {
        sourceLocation:
          'url:git+https://git.unknown.example/x.git/-/blob/main/',
      },
      hostType,
    );
    expect(unknown).toEqual({
      host: 'git.unknown.example',
      reason: expect.stringMatching(
        /^No web page is known for git\.unknown\.example: give the host its type under integrations/,
      ),
    });
  });

  it('keeps other source locations as they are, as upstream does', () => {
    expect(
      sourceLinkOf(
        {
          sourceLocation:
            'url:https://github.com/backstage/backstage/tree/master/',
        },
        hostType,
      ),
    ).toEqual({
      href: 'https://github.com/backstage/backstage/tree/master/',
      host: 'github.com',
    });
    expect(
      sourceLinkOf({ sourceLocation: undefined }, hostType),
    ).toBeUndefined();
    expect(
      sourceLinkOf({ sourceLocation: 'not a location ref' }, hostType),
    ).toBeUndefined();
  });

  it('falls back to an http(s) view URL when the folder has no known page', () => {
    const sourceLocation =
      'url:git+file:///srv/portal/git/demo-catalog.git/-/blob/main/a/';
    const page =
      'http://localhost:7007/git-server/demo-catalog?ref=main&path=a%2Fcatalog-info.yaml';
    expect(sourceLinkOf({ sourceLocation, viewUrl: page }, hostType)).toEqual({
      href: page,
      host: 'localhost:7007',
    });
    // A hosting page of the folder wins over the view URL.
    expect(
      sourceLinkOf(
        {
          sourceLocation: 'url:git+https://github.com/o/r.git/-/blob/main/a/',
          viewUrl: 'https://wiki.example.com/a',
        },
        hostType,
      )?.href,
    ).toBe('https://github.com/o/r/tree/main/a');
    // A git+ view URL is no page.
    expect(
      sourceLinkOf(
        { sourceLocation, viewUrl: 'git+file:///srv/x.git/-/blob/main/a' },
        hostType,
      )?.href,
    ).toBeUndefined();
  });
});
