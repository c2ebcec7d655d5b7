import { Config } from '@backstage/config';
import {
  DefaultAzureDevOpsCredentialsProvider,
  DefaultGithubCredentialsProvider,
  ScmIntegrationRegistry,
  ScmIntegrations,
} from '@backstage/integration';

function basic(username: string, password: string): string {
  return `Authorization: Basic ${Buffer.from(
    `${username}:${password}`,
  ).toString('base64')}`;
}

/**
 * Finds the HTTP authorization header git should send to an http(s) remote,
 * from the `integrations` config (one entry per host).
 *
 * | integration     | header                                              |
 * | --------------- | --------------------------------------------------- |
 * | github          | Basic `x-access-token:<token or app token>`          |
 * | gitlab          | Basic `oauth2:<token>`                              |
 * | gitea, gerrit   | Basic `<username>:<password>`                       |
 * | bitbucketServer | Bearer `<token>`, else Basic `<username>:<password>` |
 * | bitbucketCloud  | Basic `<username>:<appPassword>`, else `x-token-auth:<token>` |
 * | azure           | the header the Azure DevOps credentials provider gives |
 */
export class GitCredentials {
  static fromConfig(config: Config): GitCredentials {
    return new GitCredentials(ScmIntegrations.fromConfig(config));
  }

  readonly #integrations: ScmIntegrationRegistry;
  #github?: DefaultGithubCredentialsProvider;
  #azure?: DefaultAzureDevOpsCredentialsProvider;

  constructor(integrations: ScmIntegrationRegistry) {
    this.#integrations = integrations;
  }

  /** The hosts that have an integration entry (for the URL reader's allow list). */
  hosts(): string[] {
    const i = this.#integrations;
    return [
      ...i.github.list().map(x => x.config.host),
      ...i.gitlab.list().map(x => x.config.host),
      ...i.gitea.list().map(x => x.config.host),
      ...i.bitbucketServer.list().map(x => x.config.host),
      ...i.bitbucketCloud.list().map(x => x.config.host),
      ...i.gerrit.list().map(x => x.config.host),
      ...i.azure.list().map(x => x.config.host),
    ];
  }

  /**
   * The header line (`Authorization: ...`) for a credential-free http(s)
   * remote, or undefined when no integration covers its host.
   */
  async authHeaderFor(remote: string): Promise<string | undefined> {
    let url: URL;
    try {
      url = new URL(remote);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return undefined;
    }
    const httpsLike = `https://${url.host}${url.pathname}`;

    const github = this.#integrations.github.byHost(url.host);
    if (github) {
      this.#github ??= DefaultGithubCredentialsProvider.fromIntegrations(
        this.#integrations,
      );
      const { token } = await this.#github.getCredentials({
        url: httpsLike.replace(/\.git$/, ''),
      });
      return token ? basic('x-access-token', token) : undefined;
    }
    const gitlab = this.#integrations.gitlab.byHost(url.host);
    if (gitlab) {
      return gitlab.config.token
        ? basic('oauth2', gitlab.config.token)
        : undefined;
    }
    const gitea = this.#integrations.gitea.byHost(url.host);
    if (gitea) {
      const { username, password } = gitea.config;
      return username && password ? basic(username, password) : undefined;
    }
    const bitbucketServer = this.#integrations.bitbucketServer.byHost(url.host);
    if (bitbucketServer) {
      const { token, username, password } = bitbucketServer.config;
      if (token) return `Authorization: Bearer ${token}`;
      return username && password ? basic(username, password) : undefined;
    }
    const bitbucketCloud = this.#integrations.bitbucketCloud.byHost(url.host);
    if (bitbucketCloud) {
      const { username, appPassword, token } = bitbucketCloud.config;
      if (username && appPassword) return basic(username, appPassword);
      return token ? basic('x-token-auth', token) : undefined;
    }
    const gerrit = this.#integrations.gerrit.byHost(url.host);
    if (gerrit) {
      const { username, password } = gerrit.config;
      return username && password ? basic(username, password) : undefined;
    }
    const azure = this.#integrations.azure.byHost(url.host);
    if (azure) {
      this.#azure ??= DefaultAzureDevOpsCredentialsProvider.fromIntegrations(
        this.#integrations,
      );
      const credentials = await this.#azure.getCredentials({ url: httpsLike });
      const header = credentials?.headers.Authorization;
      return header ? `Authorization: ${header}` : undefined;
    }
    return undefined;
  }
}
