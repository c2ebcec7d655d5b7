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
    const { discovery, auth, timeoutMs } = this.deps;
    let response: Response;
    try {
      const base = await discovery.getBaseUrl(this.pluginId);
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: credentials,
        targetPluginId: this.pluginId,
      });
      response = await fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
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
}
