import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_NAMESPACE,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { readGitTargetConfig } from '../lib/config';
import { GitServerClient } from '../lib/GitServerClient';
import { ComponentNameChecker } from '../lib/ComponentNameChecker';
import { examples } from './validateComponent.examples';

/** Why `system` cannot be the new component's System, or undefined. */
async function checkSystem(
  system: string,
  getEntity: (ref: string) => Promise<unknown>,
): Promise<string | undefined> {
  let ref: string;
  let kind: string;
  try {
    const parsed = parseEntityRef(system, {
      defaultKind: 'system',
      defaultNamespace: DEFAULT_NAMESPACE,
    });
    ref = stringifyEntityRef(parsed);
    kind = parsed.kind;
  } catch {
    return `System '${system}' is not an entity reference`;
  }
  if (kind.toLocaleLowerCase('en-US') !== 'system') {
    return `System '${ref}' is a ${kind}, not a System`;
  }
  if (!(await getEntity(ref))) {
    return `System '${ref}' is not a System in the catalog`;
  }
  return undefined;
}

/**
 * `portal:component:validate`: the first step of our templates. Refuses,
 * before anything is created and with one message per problem, a name that
 * breaks the naming rule, a name that a Component in the catalog or a
 * repository on the Git server already has, an owner that is not a Group
 * of the catalog, and a system (when given) that is not a System of it. Reads only, so it runs in dry runs too.
 *
 * @public
 */
export function createValidateComponentAction(options: {
  config: Config;
  catalog: CatalogService;
  discovery: DiscoveryService;
  auth: AuthService;
}) {
  const { config, catalog, discovery, auth } = options;
  const target = readGitTargetConfig(config);
  const checker = new ComponentNameChecker({
    catalog,
    gitServer: target
      ? new GitServerClient({ discovery, auth, pluginId: target.pluginId })
      : undefined,
  });

  return createTemplateAction({
    id: 'portal:component:validate',
    description:
      'Checks that a new component can be created: its name follows the rule and is free in the catalog and on the Git server, its owner is a Group, and its system (if any) is a System.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z.string({
            description:
              'Name of the new component and of its repository (^[a-z][a-z0-9-]{1,61}[a-z0-9]$)',
          }),
        owner: z =>
          z.string({
            description:
              'Entity ref of the owner; must be a Group (a bare name means group:default/<name>)',
          }),
        system: z =>
          z
            .string({
              description:
                'Entity ref of the System the component joins; must be a System in the catalog (a bare name means system:default/<name>). Empty or absent: none',
            })
            .optional(),
        namespace: z =>
          z
            .string({
              description:
                'Catalog namespace of the new component (default: default)',
            })
            .optional(),
      },
      output: {
        ownerRef: z =>
          z.string({ description: 'The owner as a full entity ref' }),
        entityRef: z =>
          z.string({ description: 'Entity ref the new component will have' }),
      },
    },
    async handler(ctx) {
      const { name, owner } = ctx.input;
      const namespace = ctx.input.namespace ?? DEFAULT_NAMESPACE;
      const credentials = await ctx.getInitiatorCredentials();
      let ownerProblem: string | undefined;

      let ownerRef = owner;
      let ownerKind: string | undefined;
      try {
        const parsed = parseEntityRef(owner, {
          defaultKind: 'group',
          defaultNamespace: DEFAULT_NAMESPACE,
        });
        ownerRef = stringifyEntityRef(parsed);
        ownerKind = parsed.kind;
      } catch {
        ownerProblem = `Owner '${owner}' is not an entity reference`;
      }
      if (ownerKind && ownerKind.toLocaleLowerCase('en-US') !== 'group') {
        ownerProblem = `Owner '${ownerRef}' is a ${ownerKind}, not a Group: choose the team that will own the component`;
      } else if (
        ownerKind &&
        !(await catalog.getEntityByRef(ownerRef, { credentials }))
      ) {
        ownerProblem = `Owner '${ownerRef}' is not a Group in the catalog`;
      }

      const systemProblem = ctx.input.system
        ? await checkSystem(ctx.input.system, ref =>
            catalog.getEntityByRef(ref, { credentials }),
          )
        : undefined;

      const check = await checker.check({ name, namespace, credentials });
      const problems = [
        ...check.problems.filter(p => p.reason === 'pattern'),
        ...(ownerProblem ? [{ message: ownerProblem }] : []),
        ...(systemProblem ? [{ message: systemProblem }] : []),
        ...check.problems.filter(p => p.reason !== 'pattern'),
      ].map(p => p.message);
      if (check.emptyRepositoryUrl) {
        ctx.logger.warn(
          `Repository '${name}' exists but is empty (left by an earlier attempt that failed); publish:git will use it`,
        );
      }
      if (!checker.checksGitServer) {
        ctx.logger.warn(
          'scaffolder.git.target is not set: the Git server was not checked',
        );
      }
      const { entityRef } = check;

      if (problems.length) {
        throw new InputError(
          problems.length === 1
            ? problems[0]
            : `Cannot create '${name}':\n- ${problems.join('\n- ')}`,
        );
      }
      ctx.logger.info(
        `'${name}' is free in the catalog and on the Git server, owner ${ownerRef} is a Group`,
      );
      ctx.output('ownerRef', ownerRef);
      ctx.output('entityRef', entityRef);
    },
  });
}
