import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('one date style per locale', () => {
  it('writes dates as each language does in public services', () => {
    expect(formatDate('en', '2026-05-04')).toBe('4 May 2026');
    expect(formatDate('fi', '2026-05-04')).toBe('4.5.2026');
  });
  it('matches what the browser scripts write (dateStyle medium in the locale)', () => {
    for (const [locale, tag] of [
      ['en', 'en-GB'],
      ['fi', 'fi-FI'],
    ] as const) {
      expect(formatDate(locale, '2026-11-30')).toBe(
        new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-11-30T00:00:00Z')),
      );
    }
  });
});
