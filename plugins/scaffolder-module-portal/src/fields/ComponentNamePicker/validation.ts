import { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import {
  COMPONENT_NAME_PATTERN,
  describeComponentNameRule,
} from '@internal/plugin-scaffolder-portal-common';
import { componentNamesApiRef } from '../../api';
import { ComponentNamePickerUiOptions } from './schema';

/**
 * Runs when the user leaves the step: refuses a name that breaks the rule or
 * that the catalog or the Git server already has, with the message shown
 * next to the field. When the check itself fails (backend unreachable) the
 * step is not blocked: `portal:component:validate` checks again at run time.
 */
export const componentNamePickerValidation: CustomFieldValidator<
  string,
  ComponentNamePickerUiOptions
> = async (value, validation, { apiHolder, uiSchema }) => {
  if (!value) {
    return;
  }
  if (!COMPONENT_NAME_PATTERN.test(value)) {
    validation.addError(describeComponentNameRule(value));
    return;
  }
  const api = apiHolder.get(componentNamesApiRef);
  if (!api) {
    return;
  }
  try {
    const check = await api.checkName(value, {
      namespace: uiSchema?.['ui:options']?.namespace,
    });
    for (const problem of check.problems) {
      validation.addError(problem.message);
    }
  } catch {
    // Checked again by the template's first step.
  }
};
