import {
  normalizeRemote,
  redactRemote,
  redactText,
  splitRemoteCredentials,
} from './remotes';

describe('redactRemote', () => {
  it.each([
    [
      'https://user:s3cret@git.example.com/org/repo.git',
      'https://***@git.example.com/org/repo.git',
    ],
    [
      'https://ghp_TOKEN123@github.com/org/repo.git',
      'https://***@github.com/org/repo.git',
    ],
    [
      'http://oauth2:glpat-abc@127.0.0.1:8080/x.git',
      'http://***@127.0.0.1:8080/x.git',
    ],
    [
      'https://git.example.com/org/repo.git',
      'https://git.example.com/org/repo.git',
    ],
    [
      'https://git.example.com/repo.git?private_token=abc',
      'https://git.example.com/repo.git?***',
    ],
    [
      'ssh://git@git.example.com:2222/org/repo.git',
      'ssh://git@git.example.com:2222/org/repo.git',
    ],
    [
      'ssh://git:pass@git.example.com/org/repo.git',
      'ssh://git@git.example.com/org/repo.git',
    ],
    ['git@github.com:org/repo.git', 'git@github.com:org/repo.git'],
    ['file:///srv/repos/x.git', 'file:///srv/repos/x.git'],
  ])('%s -> %s', (remote, expected) => {
    expect(redactRemote(remote)).toBe(expected);
  });
});

describe('redactText', () => {
  it('scrubs userinfo in URLs, authorization headers and given secrets', () => {
    const text = [
      "fatal: unable to access 'https://user:hunter22@host/x.git/': 403",
      'remote: https://TOKEN9@github.com/o/r',
      'Authorization: Basic dXNlcjpwYXNz was sent',
      'the token is tok-123456 indeed',
      'ssh://git@host/x.git stays',
    ].join('\n');
    const redacted = redactText(text, ['tok-123456']);
    expect(redacted).not.toMatch(/hunter22|TOKEN9|dXNlcjpwYXNz|tok-123456/);
    expect(redacted).toContain("'https://***@host/x.git/'");
    expect(redacted).toContain('Authorization: Basic ***');
    expect(redacted).toContain('ssh://git@host/x.git stays');
  });
});

describe('splitRemoteCredentials', () => {
  it('takes credentials out of http(s) remotes', () => {
    expect(splitRemoteCredentials('https://u:p%40ss@host/x.git')).toEqual({
      remote: 'https://host/x.git',
      username: 'u',
      password: 'p@ss',
    });
    expect(splitRemoteCredentials('https://host/x.git')).toEqual({
      remote: 'https://host/x.git',
    });
  });

  it('leaves ssh remotes alone', () => {
    expect(splitRemoteCredentials('git@host:x.git')).toEqual({
      remote: 'git@host:x.git',
    });
    expect(splitRemoteCredentials('ssh://git@host/x.git')).toEqual({
      remote: 'ssh://git@host/x.git',
    });
  });
});

describe('normalizeRemote', () => {
  it('gives one form for the spellings of a repository', () => {
    const forms = [
      'https://git.example.com/org/Repo.git',
      'https://user:tok@Git.Example.com/org/Repo.git/',
      'https://git.example.com/org/Repo',
      'https://git.example.com:443/org/Repo/',
      'git@git.example.com:org/Repo.git',
      'ssh://git@git.example.com/org/Repo.git',
    ].map(normalizeRemote);
    expect(new Set(forms)).toEqual(new Set(['git.example.com/org/Repo']));
  });

  it('keeps file paths and non-default ports apart', () => {
    expect(normalizeRemote('file:///srv/repos/x.git')).toBe('/srv/repos/x');
    expect(normalizeRemote('/srv/repos/x.git/')).toBe('/srv/repos/x');
    expect(normalizeRemote('http://127.0.0.1:8080/x.git')).toBe(
      '127.0.0.1:8080/x',
    );
  });
});
