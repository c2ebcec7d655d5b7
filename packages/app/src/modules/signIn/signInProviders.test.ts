import { signInProvidersFromConfig } from './signInProviders';

describe('signInProvidersFromConfig', () => {
  it('offers guest when nothing is configured', () => {
    expect(signInProvidersFromConfig(undefined)).toEqual(['guest']);
    expect(signInProvidersFromConfig([])).toEqual(['guest']);
  });

  it('maps production providers in the configured order', () => {
    const providers = signInProvidersFromConfig(['oidc', 'github']);
    expect(providers.map(p => (typeof p === 'string' ? p : p.id))).toEqual([
      'oidc-auth-provider',
      'github-auth-provider',
    ]);
  });

  it('skips unknown ids instead of failing, falling back to guest', () => {
    expect(signInProvidersFromConfig(['gihtub'])).toEqual(['guest']);
    const providers = signInProvidersFromConfig(['gihtub', 'github']);
    expect(providers).toHaveLength(1);
  });
});
