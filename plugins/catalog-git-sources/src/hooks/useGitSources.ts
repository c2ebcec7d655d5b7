import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { gitSourcesApiRef } from '../api';

/** The status of every Git source, with `retry` to load it again. */
export function useGitSources() {
  const gitSourcesApi = useApi(gitSourcesApiRef);
  return useAsyncRetry(() => gitSourcesApi.getSources(), [gitSourcesApi]);
}
