import { Config } from '@backstage/config';

export interface ManageConfig {
  concurrency: number;
  cacheTtlMs: number;
  requestTimeoutMs: number;
  /** Where the frontend is served, for links to TechDocs. */
  appBaseUrl: string;
}

export const DEFAULT_CONCURRENCY = 16;
export const DEFAULT_CACHE_TTL_SECONDS = 30;
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

function readInteger(
  config: Config | undefined,
  key: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = config?.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `Invalid config manage.${key}: ${value}; expected an integer from ${min} to ${max}`,
    );
  }
  return value;
}

/** Reads the `manage` block once, with defaults; throws naming the wrong key. */
export function readManageConfig(root: Config): ManageConfig {
  const config = root.getOptionalConfig('manage');
  return {
    concurrency: readInteger(config, 'concurrency', DEFAULT_CONCURRENCY, 1, 64),
    cacheTtlMs:
      readInteger(
        config,
        'cacheTtlSeconds',
        DEFAULT_CACHE_TTL_SECONDS,
        0,
        3600,
      ) * 1000,
    requestTimeoutMs: readInteger(
      config,
      'requestTimeoutMs',
      DEFAULT_REQUEST_TIMEOUT_MS,
      100,
      120_000,
    ),
    appBaseUrl: (root.getOptionalString('app.baseUrl') ?? '').replace(
      /\/$/,
      '',
    ),
  };
}
