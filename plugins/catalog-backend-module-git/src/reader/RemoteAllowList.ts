import { Config } from '@backstage/config';
import { normalizeRemote } from '../lib/remotes';

/**
 * Which remotes the `git+` URL reader may fetch. A URL reader reads what any
 * catalog user registers, so it does not fetch from anywhere:
 *
 * - the remotes of the configured git providers (`catalog.providers.git.*.remote`),
 *   of any scheme including file://;
 * - http(s), ssh and git remotes on a host that has an `integrations` entry
 *   (where new repositories, e.g. from the scaffolder, live);
 * - http(s), ssh and git remotes on a host listed in `backend.reading.allow`
 *   (`host: example.com` or `host: '*.example.com'`).
 */
export class RemoteAllowList {
  static fromConfig(
    config: Config,
    integrationHosts: string[],
  ): RemoteAllowList {
    const providers = config.getOptionalConfig('catalog.providers.git');
    const remotes =
      providers
        ?.keys()
        .map(id => providers.getOptionalString(`${id}.remote`))
        .filter((r): r is string => Boolean(r)) ?? [];
    const readingHosts =
      config
        .getOptionalConfigArray('backend.reading.allow')
        ?.map(c => c.getOptionalString('host'))
        .filter((h): h is string => Boolean(h)) ?? [];
    return new RemoteAllowList(remotes, [...integrationHosts, ...readingHosts]);
  }

  readonly #remotes: Set<string>;
  readonly #hosts: string[];

  constructor(remotes: string[], hosts: string[]) {
    this.#remotes = new Set(remotes.map(normalizeRemote));
    this.#hosts = hosts.map(h => h.toLowerCase());
  }

  isAllowed(remote: string): boolean {
    if (this.#remotes.has(normalizeRemote(remote))) {
      return true;
    }
    let url: URL;
    try {
      url = new URL(remote);
    } catch {
      return false;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) {
      return false;
    }
    const host = url.host.toLowerCase();
    const hostname = url.hostname.toLowerCase();
    return this.#hosts.some(allowed => {
      if (allowed.startsWith('*.')) {
        return hostname.endsWith(allowed.slice(1));
      }
      return allowed === host || allowed === hostname;
    });
  }
}
