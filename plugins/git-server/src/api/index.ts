export { gitServerApiRef } from './GitServerApi';
export type {
  GitServerApi,
  GitServerBlobContents,
  GitServerContents,
  GitServerEmptyContents,
  GitServerTreeContents,
  GitServerTreeEntry,
} from './GitServerApi';
export { GitServerClient } from './GitServerClient';
