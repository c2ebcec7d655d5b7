import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { ComponentNamePicker } from './ComponentNamePicker';
import { ComponentNamePickerFieldSchema } from './schema';
import { componentNamePickerValidation } from './validation';

/** `ui:field: ComponentNamePicker` */
export const ComponentNamePickerField = createFormField({
  name: 'ComponentNamePicker',
  component: ComponentNamePicker,
  validation: componentNamePickerValidation,
  schema: ComponentNamePickerFieldSchema,
});
