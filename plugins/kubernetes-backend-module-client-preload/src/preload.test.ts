import { mockServices } from '@backstage/backend-test-utils';
import { preloadKubernetesClient } from './preload';

describe('preloadKubernetesClient', () => {
  it('logs how long the load took', async () => {
    const logger = mockServices.logger.mock();
    const load = jest.fn(async () => ({}));
    await preloadKubernetesClient(logger, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(/^Kubernetes client loaded in \d+ ms$/),
    );
  });

  it('only warns when the client cannot be loaded', async () => {
    const logger = mockServices.logger.mock();
    await expect(
      preloadKubernetesClient(logger, async () => {
        throw new Error('Cannot find module');
      }),
    ).resolves.toBeUndefined();
    expect(logger.info).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not preload the Kubernetes client',
      expect.objectContaining({ message: 'Cannot find module' }),
    );
  });
});
