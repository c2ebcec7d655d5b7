import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { CatalogProcessor, LocationSpec } from '@backstage/plugin-catalog-node';
import { isGitUrl } from '../lib/gitUrl';

/** The scaffolder's actions that read their `url` input relative to the template. */
export const RELATIVE_FETCH_ACTIONS = new Set([
  'fetch:template',
  'fetch:template:file',
  'fetch:plain',
  'fetch:plain:file',
]);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsoluteUrl(url: string): boolean {
  try {
    return Boolean(new URL(url));
  } catch {
    return false;
  }
}

/**
 * Makes `./skeleton` work in templates read from `git+` URLs.
 *
 * The scaffolder resolves a relative `url` of `fetch:*` steps against the
 * template's location only through an SCM integration that claims that
 * location (`ScmIntegrations.byUrl` in `fetchContents` of
 * `@backstage/plugin-scaffolder-node`, "No integration found for location").
 * `ScmIntegrations` is a fixed list (GitHub, GitLab, Bitbucket, ...) that no
 * module can extend, so a `git+` location, which only our URL reader
 * understands, can never be the base of a relative fetch, while an absolute
 * `git+` URL is read fine.
 *
 * This processor therefore resolves, when a Template is read from a `git+`
 * location, every literal relative `url` input of a `fetch:*` step against
 * that location (`./skeleton` next to
 * `git+<remote>/-/blob/main/templates/x/template.yaml` becomes
 * `git+<remote>/-/blob/main/templates/x/skeleton`). Templates from other
 * locations are left as they are, and so are URLs that are absolute or
 * computed (`${{ ... }}`): those cannot be resolved before the task runs.
 */
export class GitTemplateFetchUrlProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'GitTemplateFetchUrlProcessor';
  }

  async preProcessEntity(
    entity: Entity,
    location: LocationSpec,
  ): Promise<Entity> {
    if (
      entity.kind !== 'Template' ||
      location.type !== 'url' ||
      !isGitUrl(location.target)
    ) {
      return entity;
    }
    const steps = entity.spec?.steps;
    if (!Array.isArray(steps)) {
      return entity;
    }

    let changed = false;
    const resolved = steps.map(step => {
      if (!isObject(step) || !isObject(step.input)) {
        return step;
      }
      const url = step.input.url;
      if (
        typeof step.action !== 'string' ||
        !RELATIVE_FETCH_ACTIONS.has(step.action) ||
        typeof url !== 'string' ||
        url.includes('${{') ||
        isAbsoluteUrl(url)
      ) {
        return step;
      }
      changed = true;
      return {
        ...step,
        input: {
          ...step.input,
          url: new URL(url, location.target).toString(),
        },
      };
    });
    if (!changed) {
      return entity;
    }
    return { ...entity, spec: { ...entity.spec, steps: resolved } };
  }
}
