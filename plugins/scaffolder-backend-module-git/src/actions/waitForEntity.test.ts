import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import os from 'node:os';
import yaml from 'yaml';
import { createContext } from '../__testUtils__/actionContext';
import { createWaitForEntityAction } from './waitForEntity';
import { examples } from './waitForEntity.examples';

const orders: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders-service' },
  spec: {},
};

describe('portal:entity:wait', () => {
  const workspacePath = fs.mkdtempSync(`${os.tmpdir()}/wait-`);
  afterAll(() => fs.rmSync(workspacePath, { recursive: true, force: true }));

  it('returns once the catalog has the entity', async () => {
    const catalog = catalogServiceMock.mock();
    catalog.getEntityByRef
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(undefined)
      .mockResolvedValue(orders);
    const { ctx, outputs } = createContext({
      input: { entityRef: 'component:orders-service' },
      workspacePath,
    });
    await createWaitForEntityAction({ catalog, pollIntervalMs: 10 }).handler(
      ctx,
    );
    expect(catalog.getEntityByRef).toHaveBeenCalledTimes(3);
    expect(catalog.getEntityByRef).toHaveBeenLastCalledWith(
      'component:default/orders-service',
      expect.anything(),
    );
    expect(outputs).toEqual({ entityRef: 'component:default/orders-service' });
  });

  it('fails with the reason when the entity does not appear in time', async () => {
    const catalog = catalogServiceMock({ entities: [] });
    const { ctx } = createContext({
      input: { entityRef: 'component:default/missing', timeoutSeconds: 1 },
      workspacePath,
    });
    await expect(
      createWaitForEntityAction({ catalog, pollIntervalMs: 50 }).handler(ctx),
    ).rejects.toThrow(
      'component:default/missing was registered but is not in the catalog after 1 s',
    );
  });

  it('does not wait in a dry run', async () => {
    const catalog = catalogServiceMock.mock();
    const { ctx, outputs } = createContext({
      input: { entityRef: 'component:default/orders-service' },
      workspacePath,
      isDryRun: true,
    });
    await createWaitForEntityAction({ catalog }).handler(ctx);
    expect(catalog.getEntityByRef).not.toHaveBeenCalled();
    expect(outputs.entityRef).toBe('component:default/orders-service');
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example: %s',
    async (_description, example) => {
      const catalog = catalogServiceMock({ entities: [orders] });
      for (const step of yaml.parse(example).steps) {
        const { ctx, outputs } = createContext({
          input: step.input,
          workspacePath,
        });
        await createWaitForEntityAction({ catalog }).handler(ctx);
        expect(outputs.entityRef).toBe('component:default/orders-service');
      }
    },
  );
});
