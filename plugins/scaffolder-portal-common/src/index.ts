/**
 * The component naming rule and the wire type of the name check, shared by
 * the scaffolder backend module and the `ComponentNamePicker` form field.
 *
 * @packageDocumentation
 */

export {
  COMPONENT_NAME_PATTERN,
  describeComponentNameRule,
  COMPONENT_NAME_CHECK_PATH,
} from './names';
export type { ComponentNameCheck, ComponentNameProblem } from './names';
