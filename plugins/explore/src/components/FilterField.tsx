import { TextField } from '@material-ui/core';

/** A free-text filter above a directory. */
export function FilterField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      label={props.label}
      variant="outlined"
      size="small"
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      style={{ marginBottom: 16, minWidth: 320 }}
      inputProps={{ 'aria-label': props.label }}
    />
  );
}
