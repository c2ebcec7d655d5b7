export {
  COMPONENT_NAME_PATTERN,
  describeComponentNameRule,
} from '@internal/plugin-scaffolder-portal-common';

/** What the Git server accepts as a repository name. */
export const REPOSITORY_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;
