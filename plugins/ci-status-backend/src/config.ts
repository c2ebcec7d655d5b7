import { Config } from '@backstage/config';

export interface CiStatusConfig {
  runsLimit: number;
  cacheTtlMs: number;
  maxConcurrentRequestsPerHost: number;
  requestTimeoutMs: number;
}

export const DEFAULT_RUNS_LIMIT = 10;
export const DEFAULT_CACHE_TTL_SECONDS = 60;
export const DEFAULT_MAX_CONCURRENT_REQUESTS_PER_HOST = 16;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

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
      `Invalid config ciStatus.${key}: ${value}; expected an integer from ${min} to ${max}`,
    );
  }
  return value;
}

/** Reads the `ciStatus` block once, with defaults; throws naming the wrong key. */
export function readCiStatusConfig(root: Config): CiStatusConfig {
  const config = root.getOptionalConfig('ciStatus');
  return {
    runsLimit: readInteger(config, 'runsLimit', DEFAULT_RUNS_LIMIT, 1, 100),
    cacheTtlMs:
      readInteger(
        config,
        'cacheTtlSeconds',
        DEFAULT_CACHE_TTL_SECONDS,
        0,
        86_400,
      ) * 1000,
    maxConcurrentRequestsPerHost: readInteger(
      config,
      'maxConcurrentRequestsPerHost',
      DEFAULT_MAX_CONCURRENT_REQUESTS_PER_HOST,
      1,
      100,
    ),
    requestTimeoutMs: readInteger(
      config,
      'requestTimeoutMs',
      DEFAULT_REQUEST_TIMEOUT_MS,
      100,
      120_000,
    ),
  };
}
