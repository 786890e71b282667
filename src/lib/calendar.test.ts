import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { byMonth, forAudience, monthsOf, toICalendar, uidOf, type CalendarEntry } from './calendar.ts';
import type { CalendarEntryData } from '../schemas/calendar.ts';

const entry = (id: string, data: Partial<CalendarEntryData>): CalendarEntry => ({
  id,
  data: { title: { en: `${id} en`, fi: `${id} fi` }, description: { en: 'd', fi: 'k' }, recurrence: 'yearly', audiences: ['spouses'], ...data },
});
const intake = entry('course-intake', { months: [8, 1] });
const fair = entry('job-fair', { start: '2026-11-28', end: '2026-12-02', recurrence: 'none', audiences: ['companies'] });
const evening = entry('meetup', { start: '2026-09-10', startTime: '17:30', endTime: '19:00', audiences: ['spouses', 'companies'] });

describe('calendar months', () => {
  it('places month-level entries in their months and dated ones in every month they touch', () => {
    expect(monthsOf(intake.data)).toEqual([1, 8]);
    expect(monthsOf(fair.data)).toEqual([11, 12]);
    expect(monthsOf(entry('x', { start: '2026-12-30', end: '2027-01-02' }).data)).toEqual([1, 12]);
    const months = byMonth([intake, fair, evening]);
    expect(months.get(8)!.map((e) => e.id)).toEqual(['course-intake']);
    expect(months.get(12)!.map((e) => e.id)).toEqual(['job-fair']);
    expect(months.get(2)).toEqual([]);
    expect([...months.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('filters by audience', () => {
    expect(forAudience([intake, fair, evening], 'companies').map((e) => e.id)).toEqual(['job-fair', 'meetup']);
    expect(forAudience([intake, fair], undefined)).toHaveLength(2);
  });
});

describe('iCalendar export', () => {
  const text = toICalendar([intake, fair, evening], {
    locale: 'fi',
    name: 'Kalenteri',
    urlOf: (e) => `https://spouseprogram.hel.fi/fi/calendar/#${e.id}`,
    year: 2026,
    stamp: new Date('2026-11-01T10:00:00Z'),
  });
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('parses with an independent parser and has one event per month of a month-level entry', () => {
    expect([...byUid.keys()].sort()).toEqual([uidOf('course-intake', 'fi', 1), uidOf('course-intake', 'fi', 8), uidOf('job-fair', 'fi'), uidOf('meetup', 'fi')].sort());
    expect(uidOf('course-intake', 'fi', 8)).toBe('course-intake-m08.fi@spouseprogram.hel.fi');
  });
  it('writes month-level entries as all-day month spans recurring yearly', () => {
    const august = byUid.get(uidOf('course-intake', 'fi', 8))!;
    expect(august.summary).toBe('course-intake fi');
    expect(august.startDate.isDate).toBe(true);
    expect(august.startDate.toString()).toBe('2026-08-01');
    expect(august.endDate.toString()).toBe('2026-09-01');
    expect(august.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY');
  });
  it('writes dated all-day entries with an exclusive end date and no recurrence when not yearly', () => {
    const fairEvent = byUid.get(uidOf('job-fair', 'fi'))!;
    expect(fairEvent.startDate.toString()).toBe('2026-11-28');
    expect(fairEvent.endDate.toString()).toBe('2026-12-03');
    expect(fairEvent.isRecurring()).toBe(false);
  });
  it('writes timed entries in Europe/Helsinki with a VTIMEZONE', () => {
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20260910T173000');
    expect(text).toContain('DTEND;TZID=Europe/Helsinki:20260910T190000');
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Helsinki/);
    expect(text).toContain('DTSTAMP:20261101T100000Z');
    expect(byUid.get(uidOf('meetup', 'fi'))!.component.getFirstPropertyValue('url')).toBe('https://spouseprogram.hel.fi/fi/calendar/#meetup');
  });
});
