export interface Config {
  /**
   * The ci-status backend: latest CI runs of an entity's default branch.
   * Hosts, API base URLs and credentials come from `integrations.github` and
   * `integrations.gitlab`; an entity picks a host other than github.com /
   * gitlab.com with the `github.com/host` / `gitlab.com/instance` annotation,
   * and only hosts configured there are ever called.
   */
  ciStatus?: {
    /** Runs returned per entity, newest first (1–100). Default 10. */
    runsLimit?: number;
    /** Seconds an answer from a CI host is reused. Default 60. */
    cacheTtlSeconds?: number;
    /**
     * Requests to one CI host at a time; more wait their turn. Default 16
     * (GitHub allows up to 100 concurrent requests per token before its
     * secondary rate limit).
     */
    maxConcurrentRequestsPerHost?: number;
    /** Milliseconds before a call to a CI host is given up. Default 10000. */
    requestTimeoutMs?: number;
  };
}
