import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { callFailure, statusFailure } from '../lib/SourceError';

/**
 * Calls another backend plugin on behalf of the caller: discovery for the
 * URL, a plugin request token, a timeout; failures become SourceErrors.
 */
export class BackendPluginClient {
  /**
   * One token per caller's credentials: an overview makes a call per service
   * with the same credentials, and issuing a token is a signature each time.
   * Keyed by the credentials object, so it lives as long as the request.
   */
  private readonly tokens = new WeakMap<
    BackstageCredentials,
    Promise<string>
  >();

  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      timeoutMs: number;
    },
    private readonly pluginId: string,
    private readonly description: string,
  ) {}

  async request<T>(
    path: string,
    credentials: BackstageCredentials,
    init: { method?: 'GET' | 'POST'; body?: unknown } = {},
  ): Promise<T> {
    const { discovery, timeoutMs } = this.deps;
    let response: Response;
    try {
      const base = await discovery.getBaseUrl(this.pluginId);
      const token = await this.tokenFor(credentials);
      response = await fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          // Plugins usually share a host or a network: gzip would cost more
          // CPU on both ends than it saves on the wire.
          'accept-encoding': 'identity',
          ...(init.body !== undefined && {
            'content-type': 'application/json',
          }),
        },
        body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      throw callFailure(this.description, e, timeoutMs);
    }
    if (!response.ok) {
      throw await statusFailure(this.description, response);
    }
    return (await response.json()) as T;
  }

  private tokenFor(credentials: BackstageCredentials): Promise<string> {
    let token = this.tokens.get(credentials);
    if (!token) {
      token = this.deps.auth
        .getPluginRequestToken({
          onBehalfOf: credentials,
          targetPluginId: this.pluginId,
        })
        .then(r => r.token);
      // A failed issue is not remembered: the next call tries again.
      token.catch(() => this.tokens.delete(credentials));
      this.tokens.set(credentials, token);
    }
    return token;
  }
}
