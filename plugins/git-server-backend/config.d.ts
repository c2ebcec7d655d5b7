export interface Config {
  /** The built-in Git server (embedded default only). */
  gitServer?: {
    /**
     * Folder that holds the bare repositories; the server is off when unset.
     * Relative paths resolve against the backend's working directory.
     */
    rootDirectory?: string;
  };
}
