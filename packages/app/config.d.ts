export interface Config {
  portal?: {
    adoption?: {
      /**
       * Which job the home page puts first: explore-first (about 200
       * engineers), manage-first (about 1,000), create-first (larger).
       * @visibility frontend
       */
      strategy?: 'explore-first' | 'manage-first' | 'create-first';
    };
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
