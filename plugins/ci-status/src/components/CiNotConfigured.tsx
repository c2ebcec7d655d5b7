import { MissingAnnotationEmptyState } from '@backstage/plugin-catalog-react';
import { CI_STATUS_ANNOTATIONS } from '@internal/plugin-ci-status-common';

/** The annotations that give an entity CI status. */
export const CI_ANNOTATIONS_TO_ADD = [
  CI_STATUS_ANNOTATIONS.githubProjectSlug,
  CI_STATUS_ANNOTATIONS.gitlabProjectSlug,
];

export function CiNotConfigured() {
  return <MissingAnnotationEmptyState annotation={CI_ANNOTATIONS_TO_ADD} />;
}
