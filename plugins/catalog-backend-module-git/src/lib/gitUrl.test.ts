import { formatGitUrl, isGitUrl, parseGitUrl, remoteToUrlForm } from './gitUrl';

describe('formatGitUrl', () => {
  it('formats files, folders and the root', () => {
    const remote = 'https://host/org/repo.git';
    expect(
      formatGitUrl({ remote, branch: 'main', path: 'a/catalog-info.yaml' }),
    ).toBe('git+https://host/org/repo.git/-/blob/main/a/catalog-info.yaml');
    expect(
      formatGitUrl({ remote, branch: 'main', path: 'docs', isDirectory: true }),
    ).toBe('git+https://host/org/repo.git/-/blob/main/docs/');
    expect(formatGitUrl({ remote, branch: 'main', path: '' })).toBe(
      'git+https://host/org/repo.git/-/blob/main/',
    );
  });

  it('percent-encodes branches with slashes and odd path characters', () => {
    expect(
      formatGitUrl({
        remote: 'file:///srv/repos/x.git',
        branch: 'feature/new-docs',
        path: 'my dir/a#b.yaml',
      }),
    ).toBe(
      'git+file:///srv/repos/x.git/-/blob/feature%2Fnew-docs/my%20dir/a%23b.yaml',
    );
  });

  it('never puts credentials in the URL', () => {
    expect(
      formatGitUrl({
        remote: 'https://u:secret@host/x.git/',
        branch: 'main',
        path: 'a.yaml',
      }),
    ).toBe('git+https://host/x.git/-/blob/main/a.yaml');
  });

  it('turns scp-like ssh remotes into ssh URLs', () => {
    expect(remoteToUrlForm('git@github.com:org/repo.git')).toBe(
      'ssh://git@github.com/org/repo.git',
    );
    expect(
      formatGitUrl({
        remote: 'git@github.com:org/repo.git',
        branch: 'main',
        path: 'c.yaml',
      }),
    ).toBe('git+ssh://git@github.com/org/repo.git/-/blob/main/c.yaml');
  });
});

describe('parseGitUrl', () => {
  it('parses what formatGitUrl formats', () => {
    for (const parts of [
      {
        remote: 'https://host/org/repo.git',
        branch: 'main',
        path: 'a/catalog-info.yaml',
        isDirectory: false,
      },
      {
        remote: 'file:///srv/repos/x.git',
        branch: 'feature/x',
        path: 'my dir/a#b.yaml',
        isDirectory: false,
      },
      {
        remote: 'ssh://git@host:2222/org/repo.git',
        branch: 'release/1.0',
        path: 'docs',
        isDirectory: true,
      },
      {
        remote: 'http://127.0.0.1:8080/x',
        branch: 'main',
        path: '',
        isDirectory: true,
      },
    ]) {
      expect(parseGitUrl(formatGitUrl(parts))).toEqual(parts);
    }
  });

  it('accepts /-/tree/ and drops fragments and queries', () => {
    expect(parseGitUrl('git+https://host/r.git/-/tree/main/docs/#L3')).toEqual({
      remote: 'https://host/r.git',
      branch: 'main',
      path: 'docs',
      isDirectory: true,
    });
  });

  it('rejects other URLs', () => {
    expect(() => parseGitUrl('https://host/r.git/-/blob/main/a')).toThrow(
      /Not a git\+ URL/,
    );
    expect(() => parseGitUrl('git+https://host/r.git/blob/main/a')).toThrow(
      /expected git\+<remote>/,
    );
    expect(() => parseGitUrl('not a url')).toThrow(/Invalid git\+ URL/);
  });

  it('is recognised by isGitUrl', () => {
    expect(isGitUrl('git+file:///x/-/blob/main/a')).toBe(true);
    expect(isGitUrl(new URL('git+ssh://git@h/x/-/blob/main/a'))).toBe(true);
    expect(isGitUrl('https://host/x')).toBe(false);
  });
});

describe('relative resolution', () => {
  const file = formatGitUrl({
    remote: 'https://host/org/repo.git',
    branch: 'feature/x',
    path: 'services/a/catalog-info.yaml',
  });

  it('resolves folders and files next to a catalog file, inside the branch', () => {
    const docs = new URL('./docs/', file).toString();
    expect(docs).toBe(
      'git+https://host/org/repo.git/-/blob/feature%2Fx/services/a/docs/',
    );
    expect(parseGitUrl(docs)).toEqual({
      remote: 'https://host/org/repo.git',
      branch: 'feature/x',
      path: 'services/a/docs',
      isDirectory: true,
    });
    expect(parseGitUrl(new URL('.', file).toString()).path).toBe('services/a');
    expect(
      parseGitUrl(new URL('../b/api.yaml', file).toString()),
    ).toMatchObject({
      branch: 'feature/x',
      path: 'services/b/api.yaml',
      isDirectory: false,
    });
  });

  it('works on file:// remotes too', () => {
    const local = 'git+file:///srv/repos/x.git/-/blob/main/catalog-info.yaml';
    expect(new URL('./docs/', local).toString()).toBe(
      'git+file:///srv/repos/x.git/-/blob/main/docs/',
    );
    expect(parseGitUrl(new URL('./more/c.yaml', local).toString())).toEqual({
      remote: 'file:///srv/repos/x.git',
      branch: 'main',
      path: 'more/c.yaml',
      isDirectory: false,
    });
  });
});
