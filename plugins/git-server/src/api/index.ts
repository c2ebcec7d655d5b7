export { gitServerApiRef } from './GitServerApi';
export type {
  GitServerApi,
  GitServerBlobContents,
  GitServerContents,
  GitServerEmptyContents,
  GitServerRepository,
  GitServerRepositoryList,
  GitServerTreeContents,
  GitServerTreeEntry,
} from './GitServerApi';
export { GitServerClient } from './GitServerClient';
