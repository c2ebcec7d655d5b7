/** What every answer of the contents route carries. @public */
export interface GitServerContentsBase {
  /** The repository name, as in `/repos/<name>.git`. */
  name: string;
  /** The branch that was read (the default branch when none was asked for). */
  ref: string;
  /** `git clone` URL of the repository on the portal's origin. */
  cloneUrl: string;
}

/** One entry of a folder. @public */
export interface GitServerTreeEntry {
  /** The entry's name within its folder. */
  name: string;
  /** The entry's path from the repository root, without a leading '/'. */
  path: string;
  /** 'tree' for a folder, 'blob' for a file (symbolic links are 'blob'). */
  type: 'tree' | 'blob';
}

/** A repository that has no commits yet. @public */
export interface GitServerEmptyContents extends GitServerContentsBase {
  type: 'empty';
}

/** A folder: folders first, then files, each by name. @public */
export interface GitServerTreeContents extends GitServerContentsBase {
  type: 'tree';
  /** The folder's path; '' for the root. */
  path: string;
  /** The commit at the tip of `ref`. */
  commit: string;
  entries: GitServerTreeEntry[];
}

/** A file. @public */
export interface GitServerBlobContents extends GitServerContentsBase {
  type: 'blob';
  path: string;
  /** The commit at the tip of `ref`. */
  commit: string;
  /** Size in bytes. */
  size: number;
  /** The content, only for UTF-8 text up to {@link GIT_SERVER_MAX_TEXT_BYTES}. */
  text?: string;
  /** True when the first 8 KiB contain a NUL byte. */
  binary: boolean;
  /** True for a text file larger than {@link GIT_SERVER_MAX_TEXT_BYTES}. */
  truncated: boolean;
}

/**
 * The answer of `GET /api/git-server/repositories/:name/contents?ref=&path=`.
 *
 * @public
 */
export type GitServerContents =
  | GitServerEmptyContents
  | GitServerTreeContents
  | GitServerBlobContents;

/** Files up to this size (bytes) come with their text. @public */
export const GIT_SERVER_MAX_TEXT_BYTES = 512 * 1024;

/** One repository of the server, as `GET /repositories` lists it. @public */
export interface GitServerRepository {
  name: string;
  defaultBranch: string;
  /** Commit at the tip of the default branch; absent while the repository is empty. */
  head?: string;
  /** `git clone` URL of the repository on the portal's origin. */
  cloneUrl: string;
}

/** The answer of `GET /api/git-server/repositories`: every repository, by name. @public */
export interface GitServerRepositoryList {
  items: GitServerRepository[];
}
