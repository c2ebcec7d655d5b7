import { createApiRef } from '@backstage/frontend-plugin-api';

/*
 * Wire types of `GET /api/catalog/git/sources`, as served by
 * @internal/plugin-catalog-backend-module-git (its src/types.ts). A frontend
 * cannot depend on a backend module, so they are repeated here until a
 * -common package holds them for both sides.
 */

/** One processing error the catalog recorded for a catalog file. @public */
export type GitSourceFileError = {
  /** The entity the error is recorded on (the file's Location, or an entity read from it). */
  entityRef: string;
  /** The error's name, e.g. `InputError`, `NotFoundError`. */
  name?: string;
  /** The message; YAML errors hold the line number. */
  message: string;
};

/** A catalog file of a source, with what the catalog made of it. @public */
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

/** What an operator needs to know about one configured Git source. @public */
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
  /** When the last run started, ISO 8601. */
  lastRunAt?: string;
  lastRunDurationMs?: number;
  /** Why the last run failed (credentials redacted); absent when it succeeded. */
  lastError?: string;
  /** Catalog files matched at lastCommit. */
  fileCount?: number;
  /** Per catalog file: entities produced and processing errors. */
  files: GitSourceFile[];
};

/** Body of `GET /api/catalog/git/sources`. @public */
export type GitSourcesResponse = {
  sources: GitSourceStatus[];
};

/** The Git sources status of the catalog backend, as the frontend sees it. @public */
export interface GitSourcesApi {
  /** Every configured Git source with its last run and per-file errors. */
  getSources(): Promise<GitSourcesResponse>;
}

/** @public */
export const gitSourcesApiRef = createApiRef<GitSourcesApi>({
  id: 'plugin.catalog-git-sources.service',
});
