import {
  ANNOTATION_SOURCE_LOCATION,
  ANNOTATION_VIEW_URL,
  Entity,
  stringifyLocationRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { CatalogProcessor, LocationSpec } from '@backstage/plugin-catalog-node';
import { fileWebUrl } from '@internal/plugin-catalog-git-sources-common';
import { isGitUrl, parseGitUrl } from '../lib/gitUrl';

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
 *   remote is on a hosting we know (see `fileWebUrl`), else none rather than
 *   an unopenable link.
 *
 * Values an entity sets itself are kept.
 */
export class GitLocationAnnotationsProcessor implements CatalogProcessor {
  static fromConfig(config: Config): GitLocationAnnotationsProcessor {
    const integrations = ScmIntegrations.fromConfig(config);
    return new GitLocationAnnotationsProcessor(
      host => integrations.byHost(host)?.type,
    );
  }

  constructor(
    private readonly hostType: (host: string) => string | undefined,
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
    // The catalog's default view URL is the location itself.
    if (annotations[ANNOTATION_VIEW_URL] === location.target) {
      const webUrl = fileWebUrl({
        ...parseGitUrl(location.target),
        hostType: this.hostType,
      });
      // No web page known: none, rather than a link no browser opens.
      if (webUrl) {
        annotations[ANNOTATION_VIEW_URL] = webUrl;
      } else {
        delete annotations[ANNOTATION_VIEW_URL];
      }
    }
    return { ...entity, metadata: { ...entity.metadata, annotations } };
  }
}
