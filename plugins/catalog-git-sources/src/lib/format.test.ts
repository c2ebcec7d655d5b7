import { formatDuration, formatRelativeTime, plural, shortSha } from './format';

describe('format', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');

  it('formats times relative to now', () => {
    expect(formatRelativeTime('2025-06-01T11:55:00Z', now)).toBe(
      '5 minutes ago',
    );
    expect(formatRelativeTime('2025-06-01T11:59:58Z', now)).toBe(
      '2 seconds ago',
    );
    expect(formatRelativeTime('2025-05-31T12:00:00Z', now)).toBe('yesterday');
  });

  it('formats durations, commits and counts', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(2440)).toBe('2.4 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(shortSha('3f9c2a7e5b1d4c6f')).toBe('3f9c2a7');
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(2, 'entity', 'entities')).toBe('2 entities');
  });
});
