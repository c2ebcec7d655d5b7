import { TestApiProvider } from '@backstage/frontend-test-utils';
import {
  kubernetesApiRef,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { renderHook, waitFor } from '@testing-library/react';
import { ReactNode } from 'react';
import { annotatedComponent, clusters } from '../__fixtures__/kubernetes';
import { useKubernetesDiagnosis } from './useKubernetesDiagnosis';

function setup(getObjectsByEntity: jest.Mock) {
  const kubernetesApi = {
    getClusters: jest.fn().mockResolvedValue([
      ...clusters,
      {
        name: 'oidc-cluster',
        authProvider: 'oidc',
        oidcTokenProvider: 'okta',
      },
    ]),
    getObjectsByEntity,
  };
  const authProvidersApi = {
    decorateRequestBodyForAuth: jest.fn(async (provider: string, body: any) =>
      provider === 'oidc.okta'
        ? { ...body, auth: { ...body.auth, oidc: { okta: 'user-token' } } }
        : body,
    ),
    getCredentials: jest.fn(),
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider
      apis={[
        [kubernetesApiRef, kubernetesApi],
        [kubernetesAuthProvidersApiRef, authProvidersApi],
      ]}
    >
      {children}
    </TestApiProvider>
  );
  return { kubernetesApi, authProvidersApi, wrapper };
}

describe('useKubernetesDiagnosis', () => {
  it('sends the auth of every cluster auth provider, as the upstream tab does, and asks again', async () => {
    const getObjectsByEntity = jest.fn().mockResolvedValue({ items: [] });
    const { wrapper, authProvidersApi } = setup(getObjectsByEntity);
    const { result } = renderHook(
      () =>
        useKubernetesDiagnosis(annotatedComponent, { refreshIntervalMs: 50 }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.value?.kind).toBe('answered'));
    expect(
      authProvidersApi.decorateRequestBodyForAuth.mock.calls.map(c => c[0]),
    ).toEqual(['serviceAccount', 'oidc.okta']);
    expect(getObjectsByEntity).toHaveBeenCalledWith({
      entity: annotatedComponent,
      auth: { oidc: { okta: 'user-token' } },
    });
    await waitFor(() =>
      expect(getObjectsByEntity.mock.calls.length).toBeGreaterThan(1),
    );
  });

  it('names the clusters it waited for when the backend does not answer in time', async () => {
    const { wrapper } = setup(jest.fn(() => new Promise(() => {})));
    const { result } = renderHook(
      () => useKubernetesDiagnosis(annotatedComponent, { deadlineMs: 50 }),
      { wrapper },
    );
    await waitFor(() =>
      expect(result.current.value).toEqual({
        kind: 'no-answer',
        query: {
          labelSelector: 'backstage.io/kubernetes-id=ledger-service',
          source: 'backstage.io/kubernetes-id',
        },
        clusters: ['prod-eu', 'prod-us', 'oidc-cluster'],
        afterMs: 50,
      }),
    );
  });
});
