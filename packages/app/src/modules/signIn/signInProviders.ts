import { githubAuthApiRef } from '@backstage/frontend-plugin-api';
import type { SignInProviderConfig } from '@backstage/core-components';
import { oidcAuthApiRef } from './oidcAuthApi';

const KNOWN_PROVIDERS: Record<string, SignInProviderConfig> = {
  github: {
    id: 'github-auth-provider',
    title: 'GitHub',
    message: 'Sign in with your GitHub account',
    apiRef: githubAuthApiRef,
  },
  oidc: {
    id: 'oidc-auth-provider',
    title: 'Company SSO',
    message: 'Sign in with your company account',
    apiRef: oidcAuthApiRef,
  },
};

/**
 * Maps `portal.signIn.providers` (which the backend sets to the providers it
 * installed) to what the sign-in page shows. Unknown ids are skipped so a typo
 * cannot lock everyone out; with nothing left, guest is offered.
 */
export function signInProvidersFromConfig(
  ids: string[] | undefined,
): Array<'guest' | SignInProviderConfig> {
  const providers = (ids ?? ['guest']).flatMap(
    (id): Array<'guest' | SignInProviderConfig> => {
      if (id === 'guest') return ['guest'];
      return KNOWN_PROVIDERS[id] ? [KNOWN_PROVIDERS[id]] : [];
    },
  );
  return providers.length > 0 ? providers : ['guest'];
}
