import { TextField } from '@material-ui/core';

/** A free-text filter above a directory; `label` names it for screen readers, `placeholder` says what it matches. */
export function FilterField(props: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      label="Filter"
      placeholder={props.placeholder}
      variant="outlined"
      size="small"
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      style={{ marginBottom: 16, width: 360, maxWidth: '100%' }}
      inputProps={{ 'aria-label': props.label }}
    />
  );
}
