import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { kubernetesModuleClientPreload } from './module';
import { preloadKubernetesClient } from './preload';

jest.mock('./preload', () => ({ preloadKubernetesClient: jest.fn() }));

// Jest's module sandbox cannot import the ESM-only client itself; loading the
// real one is checked where the real backend starts
// (packages/backend/src/production.integration.test.ts).
describe('kubernetesModuleClientPreload', () => {
  it('preloads the client once the backend has started', async () => {
    const preload = preloadKubernetesClient as jest.Mock;
    await startTestBackend({
      features: [
        kubernetesModuleClientPreload,
        mockServices.rootLogger.factory(),
      ],
    });
    expect(preload).toHaveBeenCalledTimes(1);
  });
});
