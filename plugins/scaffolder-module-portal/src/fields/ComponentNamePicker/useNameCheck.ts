import { useApi } from '@backstage/frontend-plugin-api';
import {
  COMPONENT_NAME_PATTERN,
  ComponentNameCheck,
  describeComponentNameRule,
} from '@internal/plugin-scaffolder-portal-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { componentNamesApiRef } from '../../api';

/** How long typing must pause before the name is checked on the server. */
export const NAME_CHECK_DEBOUNCE_MS = 300;

/** What the field says below itself about the name typed so far. */
export type NameCheckState =
  | { status: 'empty' }
  | { status: 'invalid'; message: string }
  | { status: 'checking' }
  | { status: 'taken'; messages: string[] }
  | { status: 'free'; message: string }
  | { status: 'unknown'; message: string };

/** Checks the name as the user types: the rule at once, the server after a pause. */
export function useNameCheck(
  name: string,
  namespace: string | undefined,
): NameCheckState {
  const api = useApi(componentNamesApiRef);
  const [settled, setSettled] = useState(name);
  useDebounce(() => setSettled(name), NAME_CHECK_DEBOUNCE_MS, [name]);

  const valid = COMPONENT_NAME_PATTERN.test(name);
  const result = useAsync(async (): Promise<ComponentNameCheck | undefined> => {
    if (!COMPONENT_NAME_PATTERN.test(settled)) {
      return undefined;
    }
    return api.checkName(settled, { namespace });
  }, [api, settled, namespace]);

  if (!name) {
    return { status: 'empty' };
  }
  if (!valid) {
    return { status: 'invalid', message: describeComponentNameRule(name) };
  }
  if (settled !== name || result.loading) {
    return { status: 'checking' };
  }
  if (result.error) {
    return {
      status: 'unknown',
      message: `Could not check whether '${name}' is free: ${result.error.message}. It is checked again when the task runs.`,
    };
  }
  if (result.value && !result.value.available) {
    return {
      status: 'taken',
      messages: result.value.problems.map(p => p.message),
    };
  }
  return {
    status: 'free',
    message: `'${name}' is free in the catalog and on the Git server`,
  };
}
