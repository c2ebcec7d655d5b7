import { RateLimitGate } from './RateLimitGate';

describe('RateLimitGate', () => {
  let now = 1_700_000_000_000;
  const gate = () => new RateLimitGate(() => now);
  const headers = (h: Record<string, string>) => new Headers(h);

  it('closes on 429 for retry-after seconds', () => {
    const g = gate();
    const until = g.observe('h', 429, headers({ 'retry-after': '30' }));
    expect(until?.getTime()).toBe(now + 30_000);
    expect(g.retryAt('h')?.getTime()).toBe(now + 30_000);
    expect(g.retryAt('other')).toBeUndefined();
    now += 30_000;
    expect(g.retryAt('h')).toBeUndefined();
  });

  it('closes on GitHub’s 403 with x-ratelimit-remaining 0 until x-ratelimit-reset', () => {
    const g = gate();
    const reset = Math.floor(now / 1000) + 600;
    const until = g.observe(
      'h',
      403,
      headers({
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
      }),
    );
    expect(until?.getTime()).toBe(reset * 1000);
  });

  it('treats a plain 403 as no rate limit', () => {
    const g = gate();
    expect(
      g.observe('h', 403, headers({ 'x-ratelimit-remaining': '12' })),
    ).toBeUndefined();
    expect(g.retryAt('h')).toBeUndefined();
  });

  it('closes after a successful answer that used the last request of the window', () => {
    const g = gate();
    const reset = Math.floor(now / 1000) + 120;
    expect(
      g.observe(
        'h',
        200,
        headers({
          'ratelimit-remaining': '0',
          'ratelimit-reset': String(reset),
        }),
      ),
    ).toBeUndefined();
    expect(g.retryAt('h')?.getTime()).toBe(reset * 1000);
  });

  it('waits a minute when a 429 says nothing about how long', () => {
    const g = gate();
    expect(g.observe('h', 429, headers({}))?.getTime()).toBe(now + 60_000);
  });
});
