import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ConflictError, ResponseError } from '@backstage/errors';

/** How long one call to the Git server's API may take. */
export const GIT_SERVER_REQUEST_TIMEOUT_MS = 15_000;

/** A repository on the Git server, as its API describes it. */
export type GitServerRepository = {
  name: string;
  defaultBranch: string;
  /** Commit at the tip of the default branch; absent while empty. */
  head?: string;
  /** Where git clones and pushes. */
  cloneUrl: string;
};

/**
 * Calls the built-in Git server's API (plugins/git-server-backend) through
 * service discovery with a service token. Failures say which server and what
 * went wrong, so a scaffolder task log names the fault.
 */
export class GitServerClient {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;
  readonly #pluginId: string;
  readonly #timeoutMs: number;

  constructor(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    pluginId: string;
    timeoutMs?: number;
  }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
    this.#pluginId = options.pluginId;
    this.#timeoutMs = options.timeoutMs ?? GIT_SERVER_REQUEST_TIMEOUT_MS;
  }

  /** The clone URL a repository of this name has, without asking the server. */
  async cloneUrlOf(name: string): Promise<string> {
    const base = await this.#discovery.getExternalBaseUrl(this.#pluginId);
    return `${base}/repos/${encodeURIComponent(name)}.git`;
  }

  /** The repository, or undefined when the server has none of that name. */
  async getRepository(name: string): Promise<GitServerRepository | undefined> {
    const res = await this.#request(
      'GET',
      `/repositories/${encodeURIComponent(name)}`,
    );
    if (res.status === 404) {
      return undefined;
    }
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as GitServerRepository;
  }

  /** Creates an empty repository; ConflictError when the name is taken. */
  async createRepository(options: {
    name: string;
    description?: string;
    defaultBranch: string;
  }): Promise<GitServerRepository> {
    const res = await this.#request('POST', '/repositories', options);
    if (res.status === 409) {
      throw new ConflictError(
        `Repository '${options.name}' already exists on the Git server`,
      );
    }
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as GitServerRepository;
  }

  async #request(method: string, path: string, body?: object) {
    const baseUrl = await this.#discovery.getBaseUrl(this.#pluginId);
    const { token } = await this.#auth.getPluginRequestToken({
      onBehalfOf: await this.#auth.getOwnServiceCredentials(),
      targetPluginId: this.#pluginId,
    });
    try {
      return await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      const cause = error as Error & { cause?: Error };
      const reason =
        cause.name === 'TimeoutError'
          ? `no answer within ${this.#timeoutMs} ms`
          : cause.cause?.message ?? cause.message;
      throw new Error(
        `The Git server at ${baseUrl} is not reachable: ${reason}`,
      );
    }
  }
}
