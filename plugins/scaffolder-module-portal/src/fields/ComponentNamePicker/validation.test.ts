import type { ApiHolder } from '@backstage/frontend-plugin-api';
import type { ComponentNameCheck } from '@internal/plugin-scaffolder-portal-common';
import { componentNamesApiRef } from '../../api';
import { componentNamePickerValidation } from './validation';

function holder(checkName: (name: string) => Promise<ComponentNameCheck>) {
  return {
    get: (ref: { id: string }) =>
      ref.id === componentNamesApiRef.id ? { checkName } : undefined,
  } as unknown as ApiHolder;
}

async function errorsFor(value: string, apiHolder: ApiHolder) {
  const errors: string[] = [];
  await componentNamePickerValidation(
    value,
    { addError: (message: string) => errors.push(message) } as any,
    { apiHolder, formData: {}, schema: {} },
  );
  return errors;
}

describe('componentNamePickerValidation', () => {
  it('refuses a taken name with every reason the server gives', async () => {
    const apiHolder = holder(async name => ({
      name,
      entityRef: `component:default/${name}`,
      available: false,
      problems: [
        { reason: 'catalog', message: `component ${name} exists` },
        { reason: 'repository', message: `repository ${name} exists` },
      ],
    }));
    await expect(errorsFor('orders-service', apiHolder)).resolves.toEqual([
      'component orders-service exists',
      'repository orders-service exists',
    ]);
  });

  it('accepts a free name', async () => {
    const apiHolder = holder(async name => ({
      name,
      entityRef: `component:default/${name}`,
      available: true,
      problems: [],
    }));
    await expect(errorsFor('orders-service', apiHolder)).resolves.toEqual([]);
  });

  it('refuses a name that breaks the rule without asking', async () => {
    const checkName = jest.fn();
    await expect(errorsFor('x', holder(checkName))).resolves.toEqual([
      expect.stringMatching(/^Name 'x' is not allowed/),
    ]);
    expect(checkName).not.toHaveBeenCalled();
  });

  it('does not block the step when the check cannot run (the task checks again)', async () => {
    const apiHolder = holder(async () => {
      throw new Error('unreachable');
    });
    await expect(errorsFor('orders-service', apiHolder)).resolves.toEqual([]);
  });
});
