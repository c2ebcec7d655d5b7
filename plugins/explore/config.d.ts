export interface Config {
  /** Settings of the Explore page (`@internal/plugin-explore`). */
  explore?: {
    /**
     * Links shown in the Explore page's tools directory, next to the catalog
     * entities of a tool type.
     * @visibility frontend
     */
    tools?: Array<{
      /**
       * What people call the tool.
       * @visibility frontend
       */
      title: string;
      /**
       * Where it lives (http, https or mailto).
       * @visibility frontend
       */
      url: string;
      /**
       * One sentence on what it is for.
       * @visibility frontend
       */
      description?: string;
      /**
       * Free-form tags to filter by.
       * @visibility frontend
       */
      tags?: string[];
      /**
       * Who runs it: an entity ref, default kind Group (e.g. `platform-team`).
       * @visibility frontend
       */
      owner?: string;
    }>;
    /**
     * Catalog entities whose `spec.type` is one of these are listed as tools
     * (default: `[tool]`).
     * @visibility frontend
     */
    toolTypes?: string[];
    /**
     * The kinds searched for tool entities (default: `[Component, Resource]`).
     * @visibility frontend
     */
    toolKinds?: string[];
  };
}
