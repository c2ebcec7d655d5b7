import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { gitServerApiRef } from '../api';

/** A folder or file of a repository, with `retry` to load it again. */
export function useContents(name: string, ref?: string, path?: string) {
  const gitServerApi = useApi(gitServerApiRef);
  return useAsyncRetry(
    () => gitServerApi.getContents(name, { ref, path }),
    [gitServerApi, name, ref, path],
  );
}
