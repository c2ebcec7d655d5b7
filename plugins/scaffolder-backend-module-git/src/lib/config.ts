import { Config } from '@backstage/config';

/** Plugin id of the built-in Git server (plugins/git-server-backend). */
export const DEFAULT_GIT_SERVER_PLUGIN_ID = 'git-server';
/** Branch of new repositories when neither the step nor the config names one. */
export const DEFAULT_BRANCH = 'main';

/** `scaffolder.git.target`, read once at start-up. */
export type GitTargetConfig = {
  type: 'git-server';
  pluginId: string;
  defaultBranch: string;
};

/**
 * Reads `scaffolder.git.target`. Returns undefined when it is not set (the
 * actions then refuse to publish and say which key is missing); throws at
 * start-up when it is set but wrong.
 */
export function readGitTargetConfig(
  config: Config,
): GitTargetConfig | undefined {
  const target = config.getOptionalConfig('scaffolder.git.target');
  if (!target) {
    return undefined;
  }
  const type = target.getString('type');
  if (type !== 'git-server') {
    throw new Error(
      `Invalid scaffolder.git.target.type '${type}': the only supported target is 'git-server'`,
    );
  }
  return {
    type,
    pluginId:
      target.getOptionalString('pluginId') ?? DEFAULT_GIT_SERVER_PLUGIN_ID,
    defaultBranch: target.getOptionalString('defaultBranch') ?? DEFAULT_BRANCH,
  };
}
