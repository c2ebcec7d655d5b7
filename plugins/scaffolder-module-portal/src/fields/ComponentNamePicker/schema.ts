import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/** `ui:field: ComponentNamePicker`: a string; `ui:options.namespace` optional. */
export const ComponentNamePickerFieldSchema = makeFieldSchema({
  output: z => z.string(),
  uiOptions: z =>
    z.object({
      namespace: z
        .string()
        .optional()
        .describe('Catalog namespace of the new component (default: default)'),
    }),
});

export type ComponentNamePickerProps =
  typeof ComponentNamePickerFieldSchema.TProps;
export type ComponentNamePickerUiOptions =
  typeof ComponentNamePickerFieldSchema.uiOptionsType;
