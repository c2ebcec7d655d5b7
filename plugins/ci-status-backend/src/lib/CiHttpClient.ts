import { LoggerService } from '@backstage/backend-plugin-api';
import { CiHostError } from './CiHostError';
import { HostLimiter } from './HostLimiter';
import { RateLimitGate } from './RateLimitGate';

export interface CiHttpRequest {
  /** The CI host, for limits, gates and error messages. */
  host: string;
  /** Provider name for messages, e.g. `GitHub`. */
  service: string;
  url: string;
  headers?: Record<string, string>;
}

/**
 * GETs JSON from CI hosts: one semaphore per host, a timeout per call, and no
 * call at all to a host that asked us to wait. Every failure becomes a
 * CiHostError whose reason says what happened.
 */
export class CiHttpClient {
  constructor(
    private readonly options: {
      limiter: HostLimiter;
      gate: RateLimitGate;
      timeoutMs: number;
      logger: LoggerService;
    },
  ) {}

  async getJson<T>(request: CiHttpRequest): Promise<T> {
    const { host, service } = request;
    this.throwIfGated(request);
    return this.options.limiter.run(host, async () => {
      // The gate may have closed while this call waited for its turn.
      this.throwIfGated(request);
      let response: Response;
      try {
        response = await fetch(request.url, {
          headers: { accept: 'application/json', ...request.headers },
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (e) {
        throw this.networkError(request, e);
      }

      const retryAt = this.options.gate.observe(
        host,
        response.status,
        response.headers,
      );
      if (retryAt) {
        await response.body?.cancel();
        this.options.logger.warn(`${service} at ${host} rate-limited us`, {
          host,
          status: response.status,
          retryAt: retryAt.toISOString(),
        });
        throw new CiHostError(
          'rate-limited',
          `${service} at ${host} is rate limiting the portal (HTTP ${
            response.status
          }); not asking it again before ${retryAt.toISOString()}`,
          host,
          retryAt,
        );
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw this.statusError(request, response.status);
      }
      try {
        return (await response.json()) as T;
      } catch (e) {
        throw new CiHostError(
          'bad-response',
          `${service} at ${host} answered with something that is not JSON`,
          host,
        );
      }
    });
  }

  private throwIfGated({ host, service }: CiHttpRequest) {
    const retryAt = this.options.gate.retryAt(host);
    if (retryAt) {
      throw new CiHostError(
        'rate-limited',
        `${service} at ${host} is rate limiting the portal; not asking it again before ${retryAt.toISOString()}`,
        host,
        retryAt,
      );
    }
  }

  private networkError({ host, service }: CiHttpRequest, e: unknown) {
    const error = e as Error & { cause?: { code?: string; message?: string } };
    if (error?.name === 'TimeoutError' || error?.name === 'AbortError') {
      return new CiHostError(
        'timeout',
        `${service} at ${host} did not answer within ${this.options.timeoutMs} ms`,
        host,
      );
    }
    const detail =
      error?.cause?.code ?? error?.cause?.message ?? error?.message;
    return new CiHostError(
      'unreachable',
      `${service} at ${host} could not be reached (${detail})`,
      host,
    );
  }

  private statusError({ host, service }: CiHttpRequest, status: number) {
    switch (status) {
      case 401:
        return new CiHostError(
          'unauthorized',
          `${service} at ${host} rejected the portal's credentials (HTTP 401); check integrations config`,
          host,
        );
      case 403:
        return new CiHostError(
          'forbidden',
          `${service} at ${host} refused access (HTTP 403); the portal's credentials cannot read this project`,
          host,
        );
      case 404:
        return new CiHostError(
          'not-found',
          `${service} at ${host} does not know this project, or the portal's credentials cannot see it (HTTP 404)`,
          host,
        );
      default:
        return new CiHostError(
          'bad-response',
          `${service} at ${host} answered HTTP ${status}`,
          host,
        );
    }
  }
}
