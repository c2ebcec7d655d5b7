/** Default wait when a host says "too many requests" without saying how long. */
const DEFAULT_BACKOFF_MS = 60_000;

function parseRetryAfter(
  value: string | null,
  now: number,
): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return now + Math.max(0, seconds) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date;
}

function parseEpochSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/**
 * Remembers, per host, until when the host asked not to be called again.
 * Understands `retry-after` (seconds or HTTP date), GitHub's
 * `x-ratelimit-remaining`/`x-ratelimit-reset` and GitLab's
 * `ratelimit-remaining`/`ratelimit-reset`.
 */
export class RateLimitGate {
  private readonly blockedUntil = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** When the host may be called again, or undefined if it may be called now. */
  retryAt(host: string): Date | undefined {
    const until = this.blockedUntil.get(host);
    if (until === undefined) return undefined;
    if (until <= this.now()) {
      this.blockedUntil.delete(host);
      return undefined;
    }
    return new Date(until);
  }

  /**
   * Looks at an answer's status and headers. Returns the time the host may be
   * called again if this answer is a rate-limit refusal, and remembers it; a
   * successful answer that used up the quota also closes the gate until reset.
   */
  observe(host: string, status: number, headers: Headers): Date | undefined {
    const now = this.now();
    const remaining =
      headers.get('x-ratelimit-remaining') ??
      headers.get('ratelimit-remaining');
    const reset = parseEpochSeconds(
      headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset'),
    );
    const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
    const exhausted = remaining === '0';

    const refused =
      status === 429 ||
      (status === 403 && (exhausted || retryAfter !== undefined));
    if (refused) {
      const until = Math.max(
        retryAfter ?? reset ?? now + DEFAULT_BACKOFF_MS,
        now + 1000,
      );
      this.block(host, until);
      return new Date(until);
    }
    if (exhausted && reset && reset > now) {
      this.block(host, reset);
    }
    return undefined;
  }

  private block(host: string, until: number) {
    this.blockedUntil.set(
      host,
      Math.max(until, this.blockedUntil.get(host) ?? 0),
    );
  }
}
