export interface Config {
  /** The manage backend: one overview of every component a team owns. */
  manage?: {
    /** Components whose CI and Kubernetes status are fetched at the same time. Default 16. */
    concurrency?: number;
    /** Seconds a component's CI and Kubernetes cells are reused. Default 30. */
    cacheTtlSeconds?: number;
    /** Milliseconds before a call to the ci-status or Kubernetes backend is given up. Default 15000. */
    requestTimeoutMs?: number;
  };
}
