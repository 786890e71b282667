import { describe, expect, it } from 'vitest';
import { addDays, buildToday, daysBetween, effectiveStatus, reviewDates, reviewState } from './review.ts';

const reviewed = '2026-01-01';
const on = (day: number) => addDays(reviewed, day);

describe('review rules at their boundaries', () => {
  it('counts whole days across months and leap years', () => {
    expect(daysBetween('2026-01-01', '2026-05-01')).toBe(120);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(on(120)).toBe('2026-05-01');
  });
  it.each([
    [0, 'current'],
    [119, 'current'],
    [120, 'due'],
    [134, 'due'],
    [135, 'overdue'],
    [149, 'overdue'],
    [150, 'outdated'],
    [209, 'outdated'],
    [210, 'archive'],
    [400, 'archive'],
  ] as const)('day %i is %s', (day, state) => {
    expect(reviewState(reviewed, on(day))).toBe(state);
  });
  it('moves a published service to outdated at day 150 and archives it 60 days later', () => {
    expect(effectiveStatus('published', reviewed, on(149))).toBe('published');
    expect(effectiveStatus('published', reviewed, on(150))).toBe('outdated');
    expect(effectiveStatus('published', reviewed, on(209))).toBe('outdated');
    expect(effectiveStatus('published', reviewed, on(210))).toBe('archived');
  });
  it("keeps editors' drafts, outdated and archived statuses", () => {
    expect(effectiveStatus('draft', reviewed, on(500))).toBe('draft');
    expect(effectiveStatus('outdated', reviewed, on(1))).toBe('outdated');
    expect(effectiveStatus('archived', reviewed, on(1))).toBe('archived');
  });
  it('gives the dates of the next steps', () => {
    expect(reviewDates(reviewed)).toEqual({ due: '2026-05-01', overdue: '2026-05-16', outdated: '2026-05-31', archive: '2026-07-30' });
  });
  it('takes today from SITE_TODAY when set, and rejects a malformed one', () => {
    expect(buildToday({ SITE_TODAY: '2026-03-04' })).toBe('2026-03-04');
    expect(() => buildToday({ SITE_TODAY: 'yesterday' })).toThrow(/SITE_TODAY must be YYYY-MM-DD/);
    expect(buildToday({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
