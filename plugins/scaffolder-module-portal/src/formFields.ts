import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

export const componentNamePickerFormField = FormFieldBlueprint.make({
  name: 'component-name-picker',
  params: {
    field: () =>
      import('./fields/ComponentNamePicker').then(
        m => m.ComponentNamePickerField,
      ),
  },
});
