/**
 * Names of new components, which are also their repository names and
 * Kubernetes ids: 3 to 63 characters, lowercase letters, digits and '-',
 * starting with a letter and ending with a letter or digit.
 *
 * @public
 */
export const COMPONENT_NAME_PATTERN = /^[a-z][a-z0-9-]{1,61}[a-z0-9]$/;

/**
 * The message shown when a name breaks {@link COMPONENT_NAME_PATTERN}.
 *
 * @public
 */
export function describeComponentNameRule(name: string): string {
  return `Name '${name}' is not allowed: use 3 to 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit`;
}

/**
 * Path of the name check under the scaffolder's base URL:
 * `GET <scaffolder>/portal/component-names/<name>?namespace=<namespace>`.
 *
 * @public
 */
export const COMPONENT_NAME_CHECK_PATH = '/portal/component-names';

/**
 * Why a name cannot be used: it breaks the rule, a catalog Component has it,
 * or a repository on the Git target has it.
 *
 * @public
 */
export type ComponentNameProblem = {
  reason: 'pattern' | 'catalog' | 'repository';
  message: string;
};

/**
 * The answer of the name check.
 *
 * @public
 */
export type ComponentNameCheck = {
  name: string;
  /** The ref the new component would have. */
  entityRef: string;
  /** True when nothing stands in the way. */
  available: boolean;
  /** One entry per reason the name cannot be used; empty when available. */
  problems: ComponentNameProblem[];
};
