import {
  ANNOTATION_EDIT_URL,
  ANNOTATION_SOURCE_LOCATION,
  ANNOTATION_VIEW_URL,
  Entity,
  stringifyLocationRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  ScmIntegrationRegistry,
  ScmIntegrations,
} from '@backstage/integration';
import { CatalogProcessor, LocationSpec } from '@backstage/plugin-catalog-node';
import { fileWebUrl } from '@internal/plugin-catalog-git-sources-common';
import path from 'node:path';
import { GitUrlParts, isGitUrl, parseGitUrl } from '../lib/gitUrl';

/** Where the portal's built-in Git server (plugins/git-server-backend) keeps and shows repositories. */
export type BuiltInGitServer = {
  /** Remote prefixes of its repositories: `file://<rootDirectory>/` and its smart-HTTP base. */
  remotePrefixes: string[];
  /** The repository pages of the portal (plugins/git-server): `<app.baseUrl>/git-server`. */
  pageBase: string;
};

/** The page of a file or folder on the built-in Git server, if the remote is one of its repositories. */
export function builtInServerPage(
  server: BuiltInGitServer,
  { remote, branch, path: filePath }: GitUrlParts,
): string | undefined {
  for (const prefix of server.remotePrefixes) {
    if (remote.startsWith(prefix)) {
      const name = remote.slice(prefix.length).replace(/\.git$/, '');
      if (!name || name.includes('/')) return undefined;
      const query = new URLSearchParams({ ref: branch });
      if (filePath) query.set('path', filePath);
      return `${server.pageBase}/${encodeURIComponent(name)}?${query}`;
    }
  }
  return undefined;
}

/**
 * The source and view annotations of entities read from `git+` locations.
 *
 * The catalog's own AnnotateLocationEntityProcessor sets
 * `backstage.io/source-location` only for URLs an SCM integration claims, and
 * no integration claims `git+` URLs; it also sets `backstage.io/view-url` to
 * the `git+` URL itself, which no browser opens. This processor, which runs
 * after it, gives such entities:
 *
 * - `backstage.io/source-location: url:<git+ URL of the file's folder>`, which
 *   TechDocs (`dir:.`), the About card and other plugins resolve against;
 * - `backstage.io/view-url`: the hosting's web page of the file when the
 *   remote is on a hosting we know (see `fileWebUrl`) or is a repository of
 *   the portal's built-in Git server (its page in the portal), else none
 *   rather than an unopenable link;
 * - `backstage.io/edit-url`: the hosting's editor of the file, when an SCM
 *   integration claims that page (its `resolveEditUrl`, as upstream does for
 *   the URLs it reads).
 *
 * Values an entity sets itself are kept.
 */
export class GitLocationAnnotationsProcessor implements CatalogProcessor {
  static fromConfig(config: Config): GitLocationAnnotationsProcessor {
    const integrations = ScmIntegrations.fromConfig(config);
    // The built-in Git server is on when it has a folder (gitServer.rootDirectory).
    const rootDirectory = config.getOptionalString('gitServer.rootDirectory');
    const baseUrl = (key: string) =>
      (config.getOptionalString(key) ?? '').replace(/\/+$/, '');
    const backendBaseUrl = baseUrl('backend.baseUrl');
    const builtInServer = rootDirectory
      ? {
          remotePrefixes: [
            `file://${path.resolve(rootDirectory)}/`,
            ...(backendBaseUrl
              ? [`${backendBaseUrl}/api/git-server/repos/`]
              : []),
          ],
          pageBase: `${baseUrl('app.baseUrl')}/git-server`,
        }
      : undefined;
    return new GitLocationAnnotationsProcessor({ integrations, builtInServer });
  }

  constructor(
    private readonly options: {
      integrations: ScmIntegrationRegistry;
      builtInServer?: BuiltInGitServer;
    },
  ) {}

  getProcessorName(): string {
    return 'GitLocationAnnotationsProcessor';
  }

  async preProcessEntity(
    entity: Entity,
    location: LocationSpec,
  ): Promise<Entity> {
    if (location.type !== 'url' || !isGitUrl(location.target)) {
      return entity;
    }
    const annotations = { ...entity.metadata.annotations };
    if (!annotations[ANNOTATION_SOURCE_LOCATION]) {
      annotations[ANNOTATION_SOURCE_LOCATION] = stringifyLocationRef({
        type: 'url',
        target: new URL('./', location.target).toString(),
      });
    }
    const { integrations, builtInServer } = this.options;
    const parts = parseGitUrl(location.target);
    const hostingPage = fileWebUrl({
      ...parts,
      hostType: host => integrations.byHost(host)?.type,
    });
    // The catalog's default view URL is the location itself.
    if (annotations[ANNOTATION_VIEW_URL] === location.target) {
      const webUrl =
        hostingPage ??
        (builtInServer && builtInServerPage(builtInServer, parts));
      // No web page known: none, rather than a link no browser opens.
      if (webUrl) {
        annotations[ANNOTATION_VIEW_URL] = webUrl;
      } else {
        delete annotations[ANNOTATION_VIEW_URL];
      }
    }
    if (hostingPage && !annotations[ANNOTATION_EDIT_URL]) {
      const editUrl = integrations
        .byUrl(hostingPage)
        ?.resolveEditUrl(hostingPage);
      if (editUrl && editUrl !== hostingPage) {
        annotations[ANNOTATION_EDIT_URL] = editUrl;
      }
    }
    return { ...entity, metadata: { ...entity.metadata, annotations } };
  }
}
