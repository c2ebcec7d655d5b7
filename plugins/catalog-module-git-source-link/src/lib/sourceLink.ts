import { parseLocationRef } from '@backstage/catalog-model';
import {
  GIT_URL_PREFIX,
  fileWebUrl,
  parseGitUrl,
  parseRemote,
} from '@internal/plugin-catalog-git-sources-common';

/** Where an entity's View Source link leads. */
export type SourceLink = {
  /** The page to open; absent when there is none. */
  href?: string;
  /** The host whose integration icon to show. */
  host?: string;
  /** Why there is no page, for the link's tooltip. */
  reason?: string;
};

/**
 * The View Source link of an entity, from its `backstage.io/source-location`
 * (and `backstage.io/view-url`) annotations.
 *
 * Entities from Git carry `git+<remote>/-/blob/<branch>/<path>` source
 * locations, which the portal's URL reader reads but no browser opens: they
 * become the hosting's page of that folder (GitHub, GitLab, Gitea, Bitbucket,
 * Azure DevOps; self-hosted servers by their `integrations` type). When the
 * folder has no known page, an http(s) view URL stands in (the catalog's Git
 * module sets it, e.g. to the file's page on the portal's built-in Git
 * server); without either, the reason. Other source locations are linked as
 * they are, as upstream does. Undefined when the entity has no source
 * location.
 */
export function sourceLinkOf(
  annotations: { sourceLocation?: string; viewUrl?: string },
  hostType: (host: string) => string | undefined,
): SourceLink | undefined {
  const { sourceLocation, viewUrl } = annotations;
  if (!sourceLocation) {
    return undefined;
  }
  let target: string;
  try {
    target = parseLocationRef(sourceLocation).target;
  } catch {
    return undefined;
  }
  if (!target.startsWith(GIT_URL_PREFIX)) {
    return { href: target, host: hostOf(target) };
  }
  let parts;
  try {
    parts = parseGitUrl(target);
  } catch (error) {
    return { reason: `The source location is not a valid git+ URL: ${error}` };
  }
  const web = parseRemote(parts.remote);
  const href = fileWebUrl({ ...parts, hostType });
  if (href) {
    return { href, host: web?.host };
  }
  if (viewUrl && /^https?:\/\//.test(viewUrl)) {
    return { href: viewUrl, host: hostOf(viewUrl) };
  }
  if (!web) {
    return {
      reason: `The source is in a Git repository on the portal's own disk (${parts.remote}), which has no web page.`,
    };
  }
  return {
    host: web.host,
    reason: `No web page is known for ${web.host}: give the host its type under integrations (github, gitlab, gitea, bitbucketServer, azure) to link here.`,
  };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
