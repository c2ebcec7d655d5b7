/** The doubles this package serves, each under its own path prefix. */
export type DoubleName = 'kubernetes' | 'github' | 'gitlab';

/**
 * A fault a double injects into every request it receives.
 *
 * - `down`: the connection is reset without an answer, as when the host is gone.
 * - `forbidden`: 403, in the double's own error format.
 * - `rate-limited`: 429 with `retry-after` (and GitHub's `x-ratelimit-*` headers).
 */
export type DemoFault = 'down' | 'forbidden' | 'rate-limited';

/** Counters of one double, for tests and benchmarks. */
export interface DoubleStats {
  /** Requests received, including those answered with a fault. */
  requests: number;
  /** Requests being answered right now. */
  inFlight: number;
  /** Highest `inFlight` seen since the last reset. */
  maxInFlight: number;
  /** Path and query of each request received, in order (at most the last 1,000). */
  paths: string[];
}

export interface DemoDoublesSettings {
  /** Delay before each answer, in milliseconds (default 0). */
  latencyMs?: number;
  /** A fault per double; a double without one answers normally. */
  faults?: Partial<Record<DoubleName, DemoFault>>;
  /** Seconds a rate-limited answer asks the caller to wait (default 60). */
  retryAfterSeconds?: number;
}

const DEFAULT_RETRY_AFTER_SECONDS = 60;
const MAX_RECORDED_PATHS = 1000;

function emptyStats(): DoubleStats {
  return { requests: 0, inFlight: 0, maxInFlight: 0, paths: [] };
}

/**
 * Latency, faults and counters of a set of doubles. Tests keep a reference
 * and change it between requests; the router reads it on every request.
 */
export class DemoDoublesControl {
  latencyMs: number;
  retryAfterSeconds: number;
  private faults: Partial<Record<DoubleName, DemoFault>>;
  private stats: Record<DoubleName, DoubleStats>;

  constructor(settings: DemoDoublesSettings = {}) {
    this.latencyMs = settings.latencyMs ?? 0;
    this.retryAfterSeconds =
      settings.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
    this.faults = { ...settings.faults };
    this.stats = {
      kubernetes: emptyStats(),
      github: emptyStats(),
      gitlab: emptyStats(),
    };
  }

  /** Sets (or with `undefined` clears) the fault of one double. */
  setFault(double: DoubleName, fault: DemoFault | undefined) {
    if (fault) {
      this.faults[double] = fault;
    } else {
      delete this.faults[double];
    }
  }

  fault(double: DoubleName): DemoFault | undefined {
    return this.faults[double];
  }

  statsOf(double: DoubleName): DoubleStats {
    const stats = this.stats[double];
    return { ...stats, paths: [...stats.paths] };
  }

  resetStats() {
    for (const name of Object.keys(this.stats) as DoubleName[]) {
      this.stats[name] = emptyStats();
    }
  }

  /** Counts a request in; returns the function that counts it out. */
  enter(double: DoubleName, path?: string): () => void {
    const stats = this.stats[double];
    stats.requests += 1;
    if (path !== undefined) {
      stats.paths.push(path);
      if (stats.paths.length > MAX_RECORDED_PATHS) stats.paths.shift();
    }
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    let done = false;
    return () => {
      if (!done) {
        done = true;
        stats.inFlight -= 1;
      }
    };
  }
}
