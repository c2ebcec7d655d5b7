import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  ComponentNameCheck,
  ComponentNameProblem,
} from '@internal/plugin-scaffolder-portal-common';
import { GitServerClient } from './GitServerClient';
import { COMPONENT_NAME_PATTERN, describeComponentNameRule } from './names';

/**
 * Whether a new component can take a name: it must follow the rule and be
 * free in the catalog (no Component of that name in the namespace) and on the
 * Git target (no repository with commits). One implementation for the
 * `portal:component:validate` step and the form field's check.
 */
export class ComponentNameChecker {
  readonly #catalog: CatalogService;
  readonly #gitServer?: GitServerClient;

  constructor(options: {
    catalog: CatalogService;
    /** Undefined when scaffolder.git.target is not set. */
    gitServer?: GitServerClient;
  }) {
    this.#catalog = options.catalog;
    this.#gitServer = options.gitServer;
  }

  /** Whether the Git target is checked at all. */
  get checksGitServer(): boolean {
    return this.#gitServer !== undefined;
  }

  async check(options: {
    name: string;
    namespace: string;
    credentials: BackstageCredentials;
  }): Promise<ComponentNameCheck & { emptyRepositoryUrl?: string }> {
    const { name, namespace, credentials } = options;
    const entityRef = stringifyEntityRef({
      kind: 'component',
      namespace,
      name,
    });
    const problems: ComponentNameProblem[] = [];
    let emptyRepositoryUrl: string | undefined;

    if (!COMPONENT_NAME_PATTERN.test(name)) {
      problems.push({
        reason: 'pattern',
        message: describeComponentNameRule(name),
      });
    } else {
      const [taken, repository] = await Promise.all([
        this.#catalog.getEntityByRef(entityRef, { credentials }),
        this.#gitServer?.getRepository(name),
      ]);
      if (taken) {
        const owner = taken.spec?.owner;
        problems.push({
          reason: 'catalog',
          message: `A component named '${name}' already exists in the catalog${
            owner ? ` (owned by ${owner})` : ''
          }: choose another name`,
        });
      }
      if (repository?.head) {
        problems.push({
          reason: 'repository',
          message: `A repository named '${name}' already exists on the Git server (${repository.cloneUrl}): choose another name`,
        });
      } else if (repository) {
        // Left empty by an earlier attempt that failed: publish:git reuses it.
        emptyRepositoryUrl = repository.cloneUrl;
      }
    }

    return {
      name,
      entityRef,
      available: problems.length === 0,
      problems,
      ...(emptyRepositoryUrl ? { emptyRepositoryUrl } : {}),
    };
  }
}
