import {
  CacheService,
  DiscoveryService,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  DEFAULT_NAMESPACE,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { InputError, isError, NotFoundError, toError } from '@backstage/errors';
import {
  ScmIntegrationRegistry,
  ScmIntegrations,
} from '@backstage/integration';
import {
  GeneratorBuilder,
  Generators,
  getLocationForEntity,
  PreparerBuilder,
  Preparers,
  Publisher,
  PublisherBase,
} from '@backstage/plugin-techdocs-node';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import * as winston from 'winston';
import { BuildLog } from './BuildLog';

/** What building one entity's docs did. */
export type DocsBuildOutcome =
  | { status: 'updated' }
  | { status: 'unchanged' }
  /** `log`: the build log's last error and warning lines. */
  | { status: 'failed'; error: string; log: string };

/** How often, 1 s apart, to look for just published docs (as TechDocs). */
const PUBLISHED_CHECKS = 5;

/**
 * Builds one entity's docs as TechDocs' own builder does (prepare, generate,
 * publish with @backstage/plugin-techdocs-node, set up from the same config),
 * into the storage the TechDocs backend serves, but without its in-memory
 * once-a-minute limit: every call compares the source's etag (for Git, the
 * docs folder's tree id) with the one in the published
 * `techdocs_metadata.json`, and builds when they differ.
 *
 * Preparers, generators and publishers registered through TechDocs'
 * extension points are not seen here; the portal registers none.
 */
export class EntityDocsBuilder {
  static async fromConfig(
    config: Config,
    options: {
      logger: LoggerService;
      urlReader: UrlReaderService;
      discovery: DiscoveryService;
      /** TechDocs' plugin cache; used when `techdocs.cache.ttl` is set. */
      cache?: CacheService;
    },
  ): Promise<EntityDocsBuilder> {
    const { logger, urlReader, discovery } = options;
    return new EntityDocsBuilder({
      preparers: await Preparers.fromConfig(config, {
        reader: urlReader,
        logger,
      }),
      generators: await Generators.fromConfig(config, { logger }),
      publisher: await Publisher.fromConfig(config, { logger, discovery }),
      scmIntegrations: ScmIntegrations.fromConfig(config),
      workingDirectory:
        config.getOptionalString('backend.workingDirectory') ?? os.tmpdir(),
      // TechDocs serves docs through this cache only when a TTL is set.
      cache: config.has('techdocs.cache.ttl') ? options.cache : undefined,
      logger,
    });
  }

  constructor(
    private readonly options: {
      preparers: PreparerBuilder;
      generators: GeneratorBuilder;
      publisher: PublisherBase;
      scmIntegrations: ScmIntegrationRegistry;
      workingDirectory: string;
      cache?: CacheService;
      logger: LoggerService;
      /** Between checks for just published docs. Defaults to 1 s. */
      publishedCheckIntervalMs?: number;
    },
  ) {}

  /** Whether the entity's docs were published (their index.html exists). */
  async isBuilt(entity: Entity): Promise<boolean> {
    return this.options.publisher.hasDocsBeenGenerated(entity);
  }

  /** Builds the entity's docs unless the published ones are of its source. */
  async build(entity: Entity): Promise<DocsBuildOutcome> {
    const log = new BuildLog();
    // mkdocs' output and the build steps' messages, as TechDocs streams them
    // to the Docs tab.
    const logStream = new Writable({
      write(chunk, _encoding, callback) {
        log.write(chunk.toString());
        callback();
      },
    });
    const taskLogger = winston.createLogger({
      level: 'info',
      format: winston.format.simple(),
      transports: [new winston.transports.Stream({ stream: logStream })],
    });
    try {
      const updated = await this.buildOrSkip(entity, taskLogger, logStream);
      return { status: updated ? 'updated' : 'unchanged' };
    } catch (error) {
      return {
        status: 'failed',
        error: toError(error).message,
        log: log.excerpt(),
      };
    } finally {
      taskLogger.close();
    }
  }

  /** Upstream's DocsBuilder.build: true when it built, false when unchanged. */
  private async buildOrSkip(
    entity: Entity,
    taskLogger: winston.Logger,
    logStream: Writable,
  ): Promise<boolean> {
    const { preparers, generators, publisher, scmIntegrations, logger } =
      this.options;
    const entityRef = stringifyEntityRef(entity);
    if (!entity.metadata.uid) {
      throw new InputError(
        `Trying to build documentation for entity not in software catalog: ${entityRef}`,
      );
    }
    let storedEtag: string | undefined;
    if (await publisher.hasDocsBeenGenerated(entity)) {
      try {
        storedEtag = (
          await publisher.fetchTechDocsMetadata({
            namespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE,
            kind: entity.kind,
            name: entity.metadata.name,
          })
        ).etag;
      } catch (error) {
        logger.warn(
          `Unable to read techdocs_metadata.json of ${entityRef}, building afresh`,
          toError(error),
        );
      }
    }

    const location = getLocationForEntity(entity, scmIntegrations);
    const preparer = preparers.get(entity);
    let preparedDir: string | undefined;
    let outputDir: string | undefined;
    try {
      let etag: string;
      try {
        ({ preparedDir, etag } = await preparer.prepare(entity, {
          etag: storedEtag,
          logger: taskLogger,
        }));
      } catch (error) {
        if (isError(error) && error.name === 'NotModifiedError') {
          return false;
        }
        throw error;
      }
      outputDir = await fs.mkdtemp(
        path.join(
          await fs.realpath(this.options.workingDirectory),
          'techdocs-tmp-',
        ),
      );
      await generators.get(entity).run({
        inputDir: preparedDir,
        outputDir,
        parsedLocationAnnotation: location,
        etag,
        logger: taskLogger,
        logStream,
        siteOptions: { name: entity.metadata.title ?? entity.metadata.name },
      });
      const published = await publisher.publish({
        entity,
        directory: outputDir,
      });
      if (published?.objects?.length) {
        await this.invalidateCache(entityRef, published.objects);
      }
    } finally {
      // A source read through a URL reader is a temporary copy even when the
      // preparer (TechDocs' `dir` preparer) says not to clean it: TechDocs
      // leaves one behind per build. A local `dir` source is the source.
      if (
        preparedDir &&
        (preparer.shouldCleanPreparedDirectory() || location.type === 'url')
      ) {
        await removeQuietly(preparedDir, logger);
      }
      if (outputDir) {
        await removeQuietly(outputDir, logger);
      }
    }
    await this.waitUntilPublished(entity);
    return true;
  }

  /** As TechDocs: storage that lists objects late gets a few seconds. */
  private async waitUntilPublished(entity: Entity): Promise<void> {
    const interval = this.options.publishedCheckIntervalMs ?? 1_000;
    for (let attempt = 1; attempt <= PUBLISHED_CHECKS; attempt++) {
      if (await this.options.publisher.hasDocsBeenGenerated(entity)) return;
      if (attempt < PUBLISHED_CHECKS) {
        await new Promise(resolve => setTimeout(resolve, interval));
      }
    }
    throw new NotFoundError(
      'The published docs did not show up in storage. Does the docs project generate an index.html file?',
    );
  }

  /** Drops the published files from TechDocs' cache, as TechDocs does. */
  private async invalidateCache(entityRef: string, objects: string[]) {
    const { cache, logger } = this.options;
    if (!cache) return;
    const settled = await Promise.allSettled(
      objects.map(object => cache.delete(object)),
    );
    const failed = settled.filter(s => s.status === 'rejected').length;
    if (failed) {
      logger.warn(
        `Could not drop ${failed} of ${objects.length} cached files of ${entityRef}; they are served until the cache TTL ends`,
      );
    }
  }
}

async function removeQuietly(dir: string, logger: LoggerService) {
  try {
    await fs.rm(dir, { recursive: true, force: true });
  } catch (error) {
    logger.debug(`Could not remove ${dir}: ${toError(error).message}`);
  }
}
