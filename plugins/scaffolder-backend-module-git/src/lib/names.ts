/**
 * Names of new components, which are also their repository names and
 * Kubernetes ids: 3 to 63 characters, lowercase letters, digits and '-',
 * starting with a letter and ending with a letter or digit.
 */
export const COMPONENT_NAME_PATTERN = /^[a-z][a-z0-9-]{1,61}[a-z0-9]$/;

/** What the Git server accepts as a repository name. */
export const REPOSITORY_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** The message shown when a name breaks {@link COMPONENT_NAME_PATTERN}. */
export function describeComponentNameRule(name: string): string {
  return `Name '${name}' is not allowed: use 3 to 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit`;
}
