import TextField from '@material-ui/core/TextField';
import { ComponentNamePickerProps } from './schema';
import { NameCheckState, useNameCheck } from './useNameCheck';

function helperTextOf(state: NameCheckState, description?: string) {
  switch (state.status) {
    case 'empty':
      return description;
    case 'checking':
      return 'Checking the catalog and the Git server…';
    case 'taken':
      return state.messages.join(' ');
    default:
      return state.message;
  }
}

/**
 * A text field for the name of a new component that says at once, below
 * itself, whether the name follows the rule and is free in the catalog and
 * on the Git server (and if not, who has it).
 */
export const ComponentNamePicker = (props: ComponentNamePickerProps) => {
  const {
    onChange,
    required,
    schema: { title = 'Name', description },
    rawErrors,
    formData,
    uiSchema,
    idSchema,
    placeholder,
  } = props;
  const name = formData ?? '';
  const state = useNameCheck(name, uiSchema?.['ui:options']?.namespace);
  const refused = state.status === 'invalid' || state.status === 'taken';

  return (
    <TextField
      id={idSchema?.$id}
      label={title}
      placeholder={placeholder}
      helperText={helperTextOf(state, description)}
      required={required}
      value={name}
      onChange={({ target: { value } }) => onChange(value)}
      margin="normal"
      error={refused || (!!rawErrors?.length && !name)}
      inputProps={{
        autoFocus: uiSchema?.['ui:autofocus'],
        'aria-describedby': idSchema?.$id
          ? `${idSchema.$id}-helper-text`
          : undefined,
      }}
      FormHelperTextProps={{
        margin: 'dense',
        style: { marginLeft: 0 },
        role: refused ? 'alert' : 'status',
      }}
    />
  );
};
