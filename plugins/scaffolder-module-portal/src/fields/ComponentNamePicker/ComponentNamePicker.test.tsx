import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { ComponentNameCheck } from '@internal/plugin-scaffolder-portal-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ComponentNamesApi, componentNamesApiRef } from '../../api';
import { ComponentNamePicker } from './ComponentNamePicker';
import { ComponentNamePickerProps } from './schema';

const slow = { timeout: 10_000 };

const taken: Record<string, ComponentNameCheck> = {
  'payments-service': {
    name: 'payments-service',
    entityRef: 'component:default/payments-service',
    available: false,
    problems: [
      {
        reason: 'catalog',
        message:
          "A component named 'payments-service' already exists in the catalog (owned by payments-team): choose another name",
      },
    ],
  },
};

function fakeApi() {
  const calls: string[] = [];
  const api: ComponentNamesApi = {
    async checkName(name) {
      calls.push(name);
      return (
        taken[name] ?? {
          name,
          entityRef: `component:default/${name}`,
          available: true,
          problems: [],
        }
      );
    },
  };
  return { api, calls };
}

/** The field as the scaffolder form uses it: it owns formData. */
function Harness() {
  const [value, setValue] = useState<string | undefined>();
  const props = {
    onChange: setValue,
    formData: value,
    required: true,
    schema: { title: 'Name', description: 'Name of the service' },
    uiSchema: {},
    idSchema: { $id: 'root_name' },
    rawErrors: [],
  } as unknown as ComponentNamePickerProps;
  return <ComponentNamePicker {...props} />;
}

describe('ComponentNamePicker', () => {
  it('says next to the field that a component has the name, and who owns it', async () => {
    const { api, calls } = fakeApi();
    await renderInTestApp(<Harness />, {
      apis: [[componentNamesApiRef, api]],
    });
    expect(
      await screen.findByText('Name of the service', {}, slow),
    ).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox'), 'payments-service');
    expect(
      await screen.findByText(
        "A component named 'payments-service' already exists in the catalog (owned by payments-team): choose another name",
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    // Typing pauses are debounced: the server is asked about the full name.
    expect(calls).toContain('payments-service');
    expect(calls).not.toContain('p');
  });

  it('says a free name is free', async () => {
    const { api } = fakeApi();
    await renderInTestApp(<Harness />, {
      apis: [[componentNamesApiRef, api]],
    });
    await userEvent.type(
      await screen.findByRole('textbox', {}, slow),
      'orders-service',
    );
    expect(
      await screen.findByText(
        "'orders-service' is free in the catalog and on the Git server",
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox')).toHaveAttribute(
      'aria-invalid',
      'false',
    );
  });

  it('explains the rule for a bad name without asking the server', async () => {
    const { api, calls } = fakeApi();
    await renderInTestApp(<Harness />, {
      apis: [[componentNamesApiRef, api]],
    });
    await userEvent.type(
      await screen.findByRole('textbox', {}, slow),
      'Bad_Name',
    );
    expect(
      await screen.findByText(/^Name 'Bad_Name' is not allowed: use 3 to 63/),
    ).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('says when the check itself failed', async () => {
    await renderInTestApp(<Harness />, {
      apis: [
        [
          componentNamesApiRef,
          {
            checkName: async () => {
              throw new Error('Request failed with 503');
            },
          },
        ],
      ],
    });
    await userEvent.type(
      await screen.findByRole('textbox', {}, slow),
      'ledger',
    );
    expect(
      await screen.findByText(
        "Could not check whether 'ledger' is free: Request failed with 503. It is checked again when the task runs.",
        {},
        slow,
      ),
    ).toBeInTheDocument();
  });
});
