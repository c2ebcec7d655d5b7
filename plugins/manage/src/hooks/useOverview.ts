import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { manageApiRef } from '../api';

/** The overview for the signed-in user's ownership refs (the user and their groups). */
export function useOverview() {
  const identityApi = useApi(identityApiRef);
  const manageApi = useApi(manageApiRef);
  return useAsyncRetry(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    if (ownershipEntityRefs.length === 0) {
      return { ownershipEntityRefs, overview: undefined };
    }
    const overview = await manageApi.getOverview(ownershipEntityRefs);
    return { ownershipEntityRefs, overview };
  }, [identityApi, manageApi]);
}
