import { Entity } from '@backstage/catalog-model';
import { CI_STATUS_ANNOTATIONS } from '@internal/plugin-ci-status-common';
import { CiTarget } from '../../providers/types';

const DEFAULT_GITHUB_HOST = 'github.com';
const DEFAULT_GITLAB_HOST = 'gitlab.com';

/**
 * Where an entity's CI runs: GitHub Actions when it has
 * `github.com/project-slug`, otherwise GitLab CI when it has
 * `gitlab.com/project-id` or `gitlab.com/project-slug`; `undefined` when none.
 */
export function targetOf(entity: Entity): CiTarget | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const a = CI_STATUS_ANNOTATIONS;
  const githubSlug = annotations[a.githubProjectSlug]?.trim();
  if (githubSlug) {
    return {
      provider: 'github',
      host: annotations[a.githubHost]?.trim() || DEFAULT_GITHUB_HOST,
      project: githubSlug,
    };
  }
  const gitlabProject =
    annotations[a.gitlabProjectId]?.trim() ||
    annotations[a.gitlabProjectSlug]?.trim();
  if (gitlabProject) {
    return {
      provider: 'gitlab',
      host: annotations[a.gitlabInstance]?.trim() || DEFAULT_GITLAB_HOST,
      project: gitlabProject,
    };
  }
  return undefined;
}
