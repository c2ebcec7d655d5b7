import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { ciStatusApiRef } from '../api';

/** The CI runs of the entity whose page this is. */
export function useCiRuns() {
  const { entity } = useEntity();
  const api = useApi(ciStatusApiRef);
  const entityRef = stringifyEntityRef(entity);
  return useAsyncRetry(() => api.getRuns(entityRef), [api, entityRef]);
}
