/*
 * Wire types of `GET /api/catalog/git/sources`.
 */

/** One processing error the catalog recorded for a catalog file. */
export type GitSourceFileError = {
  /** The entity the error is recorded on (the file's Location, or an entity read from it). */
  entityRef: string;
  /** The error's name, e.g. `InputError`, `NotFoundError`. */
  name?: string;
  /** The message; YAML errors hold the line number. */
  message: string;
};

/** A catalog file of a source, with what the catalog made of it. */
export type GitSourceFile = {
  /** Path inside the repository. */
  path: string;
  /** The `git+` URL of the file (the target of its Location). */
  url: string;
  /** Whether the catalog has a Location entity for this file yet. */
  registered: boolean;
  /** Entities the catalog read from this file (not counting its Location). */
  entityCount: number;
  errors: GitSourceFileError[];
};

/** What an operator needs to know about one configured Git source. */
export type GitSourceStatus = {
  providerId: string;
  /** The remote, credentials redacted. */
  remote: string;
  /** The branch read; for a provider following HEAD, the branch last resolved. */
  branch?: string;
  /** The globs of catalog files. */
  paths: string[];
  /** The commit last applied to the catalog. */
  lastCommit?: string;
  /** When the last run (scheduled, pushed or manual) started, ISO 8601. */
  lastRunAt?: string;
  lastRunDurationMs?: number;
  /** Why the last run failed (credentials redacted); absent when it succeeded. */
  lastError?: string;
  /** Catalog files matched at lastCommit. */
  fileCount?: number;
  /** Per catalog file: entities produced and processing errors. */
  files: GitSourceFile[];
};

/** Body of `GET /api/catalog/git/sources`. */
export type GitSourcesResponse = {
  sources: GitSourceStatus[];
};
