import { orderedJobs } from './jobs';

describe('orderedJobs', () => {
  it.each([
    ['explore-first', ['explore', 'manage', 'create']],
    ['manage-first', ['manage', 'explore', 'create']],
    ['create-first', ['create', 'manage', 'explore']],
  ])('orders the jobs for %s', (strategy, expected) => {
    expect(orderedJobs(strategy).map(j => j.id)).toEqual(expected);
  });

  it('falls back to explore-first for a missing or unknown strategy', () => {
    expect(orderedJobs(undefined)[0].id).toBe('explore');
    expect(orderedJobs('growth-hacking')[0].id).toBe('explore');
  });

  it('sends Explore to the Explore page', () => {
    expect(orderedJobs(undefined)[0].link.to).toBe('/explore');
  });

  it('links every job somewhere', () => {
    for (const job of orderedJobs('create-first')) {
      expect(job.link.to).toMatch(/^\//);
    }
  });
});
