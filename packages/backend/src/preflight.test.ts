import {
  PreflightError,
  resolveStartupProfile,
  usesProductionConfig,
} from './preflight';

const prodArgv = [
  'node',
  'index.ts',
  '--config',
  '../../app-config.yaml',
  '--config',
  '../../app-config.production.yaml',
];

const completeEnv = {
  POSTGRES_HOST: 'db.internal',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'backstage',
  POSTGRES_PASSWORD: 's3cret',
  BACKEND_SECRET: 'c2VjcmV0LWZvci10ZXN0cy1vbmx5LTEyMzQ1Njc4OTA=',
  AUTH_GITHUB_CLIENT_ID: 'id',
  AUTH_GITHUB_CLIENT_SECRET: 'secret',
};

function problemsFor(env: NodeJS.ProcessEnv): string[] {
  try {
    resolveStartupProfile(prodArgv, env);
  } catch (e) {
    if (e instanceof PreflightError) return e.problems;
    throw e;
  }
  return [];
}

describe('usesProductionConfig', () => {
  it('detects the production config file in either flag form', () => {
    expect(usesProductionConfig(prodArgv, {})).toBe(true);
    expect(
      usesProductionConfig(['--config=/x/app-config.production.yaml'], {}),
    ).toBe(true);
    expect(usesProductionConfig(['--config', 'app-config.yaml'], {})).toBe(
      false,
    );
    expect(usesProductionConfig([], { NODE_ENV: 'production' })).toBe(true);
  });
});

describe('resolveStartupProfile', () => {
  it('uses guest sign-in for the embedded default and checks nothing', () => {
    expect(resolveStartupProfile(['--config', 'app-config.yaml'], {})).toEqual({
      production: false,
      signInProviders: ['guest'],
    });
  });

  it('accepts a complete production environment and enables only configured providers', () => {
    expect(resolveStartupProfile(prodArgv, completeEnv)).toEqual({
      production: true,
      signInProviders: ['github'],
    });
    expect(
      resolveStartupProfile(prodArgv, {
        ...completeEnv,
        AUTH_OIDC_METADATA_URL:
          'https://idp.example.com/.well-known/openid-configuration',
        AUTH_OIDC_CLIENT_ID: 'portal',
        AUTH_OIDC_CLIENT_SECRET: 'x',
      }).signInProviders,
    ).toEqual(['github', 'oidc']);
  });

  it('names each missing database variable', () => {
    const { POSTGRES_HOST, POSTGRES_PASSWORD, ...env } = completeEnv;
    const problems = problemsFor(env);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^POSTGRES_HOST is not set/);
    expect(problems[1]).toMatch(/^POSTGRES_PASSWORD is not set/);
  });

  it('allows an empty password (trust authentication) but not an empty host', () => {
    expect(problemsFor({ ...completeEnv, POSTGRES_PASSWORD: '' })).toEqual([]);
    expect(problemsFor({ ...completeEnv, POSTGRES_HOST: '' })[0]).toMatch(
      /POSTGRES_HOST/,
    );
  });

  it('rejects a malformed port', () => {
    expect(problemsFor({ ...completeEnv, POSTGRES_PORT: 'five' })).toEqual([
      "POSTGRES_PORT must be a port number, got 'five'",
    ]);
    expect(problemsFor({ ...completeEnv, POSTGRES_PORT: '70000' })).toEqual([
      'POSTGRES_PORT must be between 1 and 65535, got 70000',
    ]);
  });

  it('requires a long enough backend secret', () => {
    const { BACKEND_SECRET, ...env } = completeEnv;
    expect(problemsFor(env)[0]).toMatch(/^BACKEND_SECRET is not set/);
    expect(problemsFor({ ...completeEnv, BACKEND_SECRET: 'short' })[0]).toMatch(
      /at least 24 characters/,
    );
    expect(
      problemsFor({
        ...completeEnv,
        BACKEND_SECRET: 'has spaces in it, not base64!',
      }),
    ).toEqual([
      'BACKEND_SECRET must be base64 (e.g. `openssl rand -base64 32`)',
    ]);
  });

  it('requires a sign-in provider and names the half-configured one', () => {
    const { AUTH_GITHUB_CLIENT_ID, AUTH_GITHUB_CLIENT_SECRET, ...noAuth } =
      completeEnv;
    expect(problemsFor(noAuth)[0]).toMatch(/No sign-in provider is configured/);
    expect(problemsFor({ ...noAuth, AUTH_OIDC_CLIENT_ID: 'portal' })).toEqual([
      'AUTH_OIDC_METADATA_URL, AUTH_OIDC_CLIENT_SECRET are not set (oidc sign-in is half configured)',
    ]);
    expect(
      problemsFor({
        ...noAuth,
        AUTH_OIDC_METADATA_URL: 'not a url',
        AUTH_OIDC_CLIENT_ID: 'portal',
        AUTH_OIDC_CLIENT_SECRET: 'x',
      }),
    ).toEqual(["AUTH_OIDC_METADATA_URL must be a URL, got 'not a url'"]);
  });

  it('reports every problem at once, in the thrown message too', () => {
    expect(() => resolveStartupProfile(prodArgv, {})).toThrow(
      /POSTGRES_HOST is not set[\s\S]*BACKEND_SECRET is not set[\s\S]*No sign-in provider/,
    );
  });
});
