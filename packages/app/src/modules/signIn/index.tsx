import {
  createFrontendModule,
  useApi,
  configApiRef,
} from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { SignInPage } from '@backstage/core-components';
import { oidcAuthApi } from './oidcAuthApi';
import { signInProvidersFromConfig } from './signInProviders';

const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props => {
      const config = useApi(configApiRef);
      const providers = signInProvidersFromConfig(
        config.getOptionalStringArray('portal.signIn.providers'),
      );
      return (
        <SignInPage
          {...props}
          title={`Sign in to ${
            config.getOptionalString('app.title') ?? 'the portal'
          }`}
          align="center"
          providers={providers}
        />
      );
    },
  },
});

/** Sign-in page offering the providers the backend installed (guest, GitHub, OIDC). */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage, oidcAuthApi],
});
