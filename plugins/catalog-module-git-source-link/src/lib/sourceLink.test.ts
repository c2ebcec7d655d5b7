import { sourceLinkOf } from './sourceLink';

describe('sourceLinkOf', () => {
  const hostType = (host: string) =>
    ({ 'git.example.com': 'gitlab', 'gitea.example.com': 'gitea' }[host]);

  it('links a git+ folder on a known hosting to its folder page', () => {
    expect(
      sourceLinkOf(
        'url:git+https://github.com/northwind/payments.git/-/blob/main/services/payments/',
        hostType,
      ),
    ).toEqual({
      href: 'https://github.com/northwind/payments/tree/main/services/payments',
      host: 'github.com',
    });
    expect(
      sourceLinkOf(
        'url:git+https://git.example.com/platform/catalog.git/-/blob/release%2F2/',
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
        'url:git+ssh://git@gitea.example.com/o/r.git/-/blob/main/catalog-info.yaml',
        hostType,
      ),
    ).toEqual({
      href: 'https://gitea.example.com/o/r/src/branch/main/catalog-info.yaml',
      host: 'gitea.example.com',
    });
  });

  it('says why there is no page for local and unknown remotes', () => {
    const local = sourceLinkOf(
      'url:git+file:///srv/portal/git/demo-catalog.git/-/blob/main/',
      hostType,
    );
    expect(local?.href).toBeUndefined();
    expect(local?.reason).toMatch(
      /Git repository on the portal's own disk \(file:\/\/\/srv\/portal\/git\/demo-catalog\.git\)/,
    );

    const unknown = sourceLinkOf(
      'url:git+https://git.unknown.example/x.git/-/blob/main/',
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
        'url:https://github.com/backstage/backstage/tree/master/',
        hostType,
      ),
    ).toEqual({
      href: 'https://github.com/backstage/backstage/tree/master/',
      host: 'github.com',
    });
    expect(sourceLinkOf(undefined, hostType)).toBeUndefined();
    expect(sourceLinkOf('not a location ref', hostType)).toBeUndefined();
  });
});
