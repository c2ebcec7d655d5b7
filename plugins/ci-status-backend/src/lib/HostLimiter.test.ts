import { HostLimiter } from './HostLimiter';

describe('HostLimiter', () => {
  it('runs at most n tasks per host at once, in order, and hosts independently', async () => {
    const limiter = new HostLimiter(2);
    const active: Record<string, number> = { a: 0, b: 0 };
    const peak: Record<string, number> = { a: 0, b: 0 };
    const order: number[] = [];
    const task = (host: string, i: number) =>
      limiter.run(host, async () => {
        active[host] += 1;
        peak[host] = Math.max(peak[host], active[host]);
        await new Promise(r => setTimeout(r, 10));
        active[host] -= 1;
        if (host === 'a') order.push(i);
        return i;
      });
    const results = await Promise.all([
      ...[0, 1, 2, 3, 4].map(i => task('a', i)),
      ...[0, 1, 2].map(i => task('b', i)),
    ]);
    expect(results).toEqual([0, 1, 2, 3, 4, 0, 1, 2]);
    expect(peak).toEqual({ a: 2, b: 2 });
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = new HostLimiter(1);
    await expect(
      limiter.run('a', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(limiter.run('a', async () => 'ok')).resolves.toBe('ok');
  });
});
