import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, siteDateFormat, utcDate } from './dates.ts';

describe('calendar dates', () => {
  it('reads a date as the start of its day in UTC, whatever the time zone', () => {
    expect(utcDate('2026-12-07').toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it('adds days across months and years, and counts the days between', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2026-12-07', '2027-01-06')).toBe(30);
  });

  it('formats a date in the site’s style for each locale, on the day given', () => {
    expect(siteDateFormat('en-GB')('2026-04-14')).toBe('14 Apr 2026');
    expect(siteDateFormat('fi-FI')('2026-04-14')).toBe('14.4.2026');
  });
});
