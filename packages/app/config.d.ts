export interface Config {
  portal?: {
    signIn?: {
      /**
       * Sign-in providers the sign-in page offers, in order: guest, github, oidc.
       * The backend overrides this with the providers it installed.
       * @visibility frontend
       */
      providers?: string[];
    };
  };
}
