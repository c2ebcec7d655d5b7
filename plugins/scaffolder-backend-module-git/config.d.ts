export interface Config {
  scaffolder?: {
    /** Settings of the `publish:git` action (scaffolder-backend-module-git). */
    git?: {
      /**
       * Where `publish:git` creates repositories. Without it the action
       * refuses to run and says so.
       */
      target?: {
        /**
         * `git-server`: the portal's built-in Git server plugin
         * (plugins/git-server-backend), reached through service discovery
         * with a service token; pushes go over smart HTTP to its clone URL.
         */
        type: 'git-server';
        /**
         * Plugin id of the Git server, for discovery. Default: `git-server`.
         */
        pluginId?: string;
        /** Branch of new repositories when a step gives none. Default: `main`. */
        defaultBranch?: string;
      };
    };
  };
}
