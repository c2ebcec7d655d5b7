import { fileWebUrl, parseRemote } from './webUrl';

describe('parseRemote', () => {
  it.each([
    [
      'https://github.com/org/repo.git',
      {
        origin: 'https://github.com',
        host: 'github.com',
        repoPath: 'org/repo',
      },
    ],
    [
      'https://***@git.example.com:8443/group/sub/repo',
      {
        origin: 'https://git.example.com:8443',
        host: 'git.example.com:8443',
        repoPath: 'group/sub/repo',
      },
    ],
    [
      'git@github.com:org/repo.git',
      {
        origin: 'https://github.com',
        host: 'github.com',
        repoPath: 'org/repo',
      },
    ],
    [
      'ssh://git@git.example.com:2222/group/repo.git',
      {
        origin: 'https://git.example.com',
        host: 'git.example.com',
        repoPath: 'group/repo',
      },
    ],
  ])('%s', (remote, expected) => {
    expect(parseRemote(remote)).toEqual(expected);
  });

  it('has no web origin for local remotes', () => {
    expect(parseRemote('file:///srv/repos/x.git')).toBeUndefined();
    expect(parseRemote('/srv/repos/x.git')).toBeUndefined();
  });
});

describe('fileWebUrl', () => {
  const file = { branch: 'main', path: 'services/a/catalog-info.yaml' };

  it('knows the public hostings without configuration', () => {
    expect(
      fileWebUrl({ remote: 'git@github.com:org/repo.git', line: 4, ...file }),
    ).toBe(
      'https://github.com/org/repo/blob/main/services/a/catalog-info.yaml#L4',
    );
    expect(fileWebUrl({ remote: 'https://gitlab.com/g/r.git', ...file })).toBe(
      'https://gitlab.com/g/r/-/blob/main/services/a/catalog-info.yaml',
    );
    expect(
      fileWebUrl({
        remote: 'https://bitbucket.org/ws/r.git',
        line: 2,
        ...file,
      }),
    ).toBe(
      'https://bitbucket.org/ws/r/src/main/services/a/catalog-info.yaml#lines-2',
    );
  });

  it('uses the configured integration type of a self-hosted server', () => {
    const hostType = (host: string) =>
      ({ 'git.example.com': 'gitlab', 'gitea.example.com': 'gitea' }[host]);
    expect(
      fileWebUrl({
        remote: 'https://***@git.example.com/platform/catalog.git',
        line: 12,
        hostType,
        ...file,
      }),
    ).toBe(
      'https://git.example.com/platform/catalog/-/blob/main/services/a/catalog-info.yaml#L12',
    );
    expect(
      fileWebUrl({
        remote: 'https://gitea.example.com/o/r.git',
        hostType,
        branch: 'feature/x',
        path: 'a b.yaml',
      }),
    ).toBe('https://gitea.example.com/o/r/src/branch/feature/x/a%20b.yaml');
    expect(
      fileWebUrl({
        remote: 'https://bitbucket.example.com/scm/PLAT/catalog.git',
        hostType: () => 'bitbucketServer',
        line: 3,
        ...file,
      }),
    ).toBe(
      'https://bitbucket.example.com/projects/PLAT/repos/catalog/browse/services/a/catalog-info.yaml?at=refs%2Fheads%2Fmain#3',
    );
  });

  it('links folders and the repository root to the folder view', () => {
    const folder = { branch: 'main', path: 'services/a', isDirectory: true };
    expect(
      fileWebUrl({ remote: 'https://github.com/org/repo.git', ...folder }),
    ).toBe('https://github.com/org/repo/tree/main/services/a');
    expect(
      fileWebUrl({
        remote: 'https://github.com/org/repo.git',
        branch: 'main',
        path: '',
      }),
    ).toBe('https://github.com/org/repo/tree/main');
    expect(
      fileWebUrl({ remote: 'https://gitlab.com/g/r.git', ...folder }),
    ).toBe('https://gitlab.com/g/r/-/tree/main/services/a');
    expect(
      fileWebUrl({
        remote: 'https://gitea.example.com/o/r.git',
        hostType: () => 'gitea',
        branch: 'main',
        path: '',
        isDirectory: true,
      }),
    ).toBe('https://gitea.example.com/o/r/src/branch/main');
  });

  it('has no web page for local remotes and unknown hosts', () => {
    expect(
      fileWebUrl({ remote: 'file:///data/git/demo.git', ...file }),
    ).toBeUndefined();
    expect(
      fileWebUrl({ remote: 'https://git.unknown.example/x.git', ...file }),
    ).toBeUndefined();
  });
});
