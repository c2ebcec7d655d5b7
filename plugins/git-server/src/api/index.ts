export { gitServerApiRef } from './GitServerApi';
export type { GitServerApi } from './GitServerApi';
export type {
  GitServerBlobContents,
  GitServerContents,
  GitServerEmptyContents,
  GitServerRepository,
  GitServerRepositoryList,
  GitServerTreeContents,
  GitServerTreeEntry,
} from '@internal/plugin-git-server-common';
export { GitServerClient } from './GitServerClient';
