import {
  AuthService,
  DiscoveryService,
  resolveSafeChildPath,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ConflictError, InputError } from '@backstage/errors';
import { formatGitUrl } from '@internal/plugin-catalog-backend-module-git';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { readGitTargetConfig } from '../lib/config';
import { commitDirectory, pushCommit } from '../lib/git';
import { GitServerClient, GitServerRepository } from '../lib/GitServerClient';
import { REPOSITORY_NAME_PATTERN } from '../lib/names';
import { examples } from './publishGit.examples';

const DEFAULT_AUTHOR = { name: 'Scaffolder', email: 'scaffolder@backstage.io' };
const DEFAULT_COMMIT_MESSAGE = 'initial commit';
const DEFAULT_CATALOG_INFO_PATH = 'catalog-info.yaml';

/**
 * `publish:git`: creates a repository on the configured target
 * (`scaffolder.git.target`, the built-in Git server) and pushes the workspace,
 * or `sourcePath` in it, to its default branch as one commit.
 *
 * Safe to retry: the creation and the push run in checkpoints, the commit is
 * rebuilt with the same date so its hash matches what an earlier attempt
 * pushed, and a repository found with that commit or empty is reused. A name
 * whose repository holds other commits is refused before anything is created.
 *
 * @public
 */
export function createPublishGitAction(options: {
  config: Config;
  discovery: DiscoveryService;
  auth: AuthService;
}) {
  const { config, discovery, auth } = options;
  const target = readGitTargetConfig(config);
  const client = target
    ? new GitServerClient({ discovery, auth, pluginId: target.pluginId })
    : undefined;
  const author = {
    name:
      config.getOptionalString('scaffolder.defaultAuthor.name') ??
      DEFAULT_AUTHOR.name,
    email:
      config.getOptionalString('scaffolder.defaultAuthor.email') ??
      DEFAULT_AUTHOR.email,
  };
  // The repository's page in the portal (plugins/git-server), the link a
  // template's output offers; relative when app.baseUrl is not configured.
  const pageBase = `${(config.getOptionalString('app.baseUrl') ?? '').replace(
    /\/+$/,
    '',
  )}/git-server`;
  const defaultCommitMessage =
    config.getOptionalString('scaffolder.defaultCommitMessage') ??
    DEFAULT_COMMIT_MESSAGE;

  return createTemplateAction({
    id: 'publish:git',
    description:
      'Creates a repository on the portal Git server (scaffolder.git.target) and pushes the workspace to its default branch as one commit.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z
            .string({
              description:
                'Repository name: lowercase letters, digits, ".", "-" and "_"',
            })
            .regex(REPOSITORY_NAME_PATTERN),
        description: z =>
          z.string({ description: 'Description of the repository' }).optional(),
        defaultBranch: z =>
          z
            .string({
              description:
                'Default branch of the new repository (default: scaffolder.git.target.defaultBranch, else main)',
            })
            .regex(/^[A-Za-z0-9._/-]+$/)
            .optional(),
        sourcePath: z =>
          z
            .string({
              description:
                'Folder in the workspace to publish as the repository root (default: the whole workspace)',
            })
            .optional(),
        catalogInfoPath: z =>
          z
            .string({
              description:
                'Path of the catalog file in the repository, for the catalogInfoUrl output (default: catalog-info.yaml)',
            })
            .optional(),
        gitCommitMessage: z =>
          z
            .string({
              description:
                'Message of the commit (default: scaffolder.defaultCommitMessage, else "initial commit")',
            })
            .optional(),
        gitAuthorName: z =>
          z
            .string({
              description:
                'Author of the commit (default: scaffolder.defaultAuthor.name, else "Scaffolder")',
            })
            .optional(),
        gitAuthorEmail: z =>
          z
            .string({
              description:
                'E-mail of the author (default: scaffolder.defaultAuthor.email)',
            })
            .optional(),
      },
      output: {
        remoteUrl: z =>
          z.string({
            description:
              "The repository's page in the portal (<app.baseUrl>/git-server/<name>)",
          }),
        cloneUrl: z => z.string({ description: 'URL to git clone and push' }),
        repoContentsUrl: z =>
          z.string({
            description:
              'git+ URL of the root of the default branch, for catalog:register and TechDocs',
          }),
        catalogInfoUrl: z =>
          z.string({
            description: 'git+ URL of the catalog file in the repository',
          }),
        commitHash: z =>
          z.string({ description: 'The commit pushed' }).optional(),
      },
    },
    async handler(ctx) {
      const { name, description } = ctx.input;
      if (!target || !client) {
        throw new InputError(
          'publish:git has no target: set scaffolder.git.target (type: git-server) in the app config',
        );
      }
      const sourceDir = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.sourcePath ?? '.',
      );
      const requestedBranch = ctx.input.defaultBranch ?? target.defaultBranch;
      const catalogInfoPath =
        ctx.input.catalogInfoPath ?? DEFAULT_CATALOG_INFO_PATH;

      const publishOutputs = (cloneUrl: string, branch: string) => {
        ctx.output('remoteUrl', `${pageBase}/${encodeURIComponent(name)}`);
        ctx.output('cloneUrl', cloneUrl);
        ctx.output(
          'repoContentsUrl',
          formatGitUrl({ remote: cloneUrl, branch, path: '' }),
        );
        ctx.output(
          'catalogInfoUrl',
          formatGitUrl({ remote: cloneUrl, branch, path: catalogInfoPath }),
        );
      };

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would create repository '${name}' and push ${sourceDir} to ${requestedBranch}`,
        );
        publishOutputs(await client.cloneUrlOf(name), requestedBranch);
        return;
      }

      // Whose is the name? Answered before anything is created.
      const existing = await client.getRepository(name);

      // The commit date is kept, so a retry rebuilds the very same commit.
      const { committedAt } = await ctx.checkpoint({
        key: 'commit-date',
        fn: async () => ({ committedAt: new Date().toISOString() }),
      });
      const commit = await commitDirectory({
        sourceDir,
        tempDir: await ctx.createTemporaryDirectory(),
        branch: existing?.defaultBranch ?? requestedBranch,
        message: ctx.input.gitCommitMessage ?? defaultCommitMessage,
        author: {
          name: ctx.input.gitAuthorName ?? author.name,
          email: ctx.input.gitAuthorEmail ?? author.email,
        },
        date: committedAt,
        signal: ctx.signal,
      });

      const assertOurs = (repo: GitServerRepository) => {
        if (repo.head && repo.head !== commit.commitHash) {
          throw new ConflictError(
            `Repository '${name}' already exists on the Git server with other content (its ${
              repo.defaultBranch
            } is at ${repo.head.slice(0, 12)}); choose another name`,
          );
        }
      };
      if (existing) {
        assertOurs(existing);
      }

      const repository = await ctx.checkpoint({
        key: 'create-repository',
        fn: async () => {
          let repo = existing;
          if (repo) {
            ctx.logger.info(
              `Repository '${name}' exists ${
                repo.head ? 'with this commit already' : 'and is empty'
              } (an earlier attempt); using it`,
            );
          } else {
            try {
              repo = await client.createRepository({
                name,
                description,
                defaultBranch: requestedBranch,
              });
              ctx.logger.info(`Created repository ${repo.cloneUrl}`);
            } catch (error) {
              if (!(error instanceof ConflictError)) {
                throw new Error(
                  `Could not create repository '${name}': ${
                    (error as Error).message
                  }`,
                );
              }
              // Created meanwhile: by an earlier attempt of this step, or someone else.
              repo = await client.getRepository(name);
              if (!repo) {
                throw error;
              }
              assertOurs(repo);
            }
          }
          return { cloneUrl: repo.cloneUrl, defaultBranch: repo.defaultBranch };
        },
      });

      const { commitHash } = await ctx.checkpoint({
        key: 'push',
        fn: async () => {
          try {
            await pushCommit({
              commit,
              remote: repository.cloneUrl,
              branch: repository.defaultBranch,
              signal: ctx.signal,
            });
          } catch (error) {
            // A retry after a push whose answer was lost finds its commit there.
            const current = await client
              .getRepository(name)
              .catch(() => undefined);
            if (current?.head !== commit.commitHash) {
              throw new Error(
                `Pushing to ${repository.cloneUrl} failed: ${
                  (error as Error).message
                }`,
              );
            }
          }
          ctx.logger.info(
            `Pushed ${commit.commitHash} to ${repository.cloneUrl} (${repository.defaultBranch})`,
          );
          return { commitHash: commit.commitHash };
        },
      });

      ctx.output('commitHash', commitHash);
      publishOutputs(repository.cloneUrl, repository.defaultBranch);
    },
  });
}
