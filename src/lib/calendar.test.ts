import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  calendarMonths,
  eventsOf,
  forAudience,
  icalText,
  isDated,
  monthsOf,
  occurrenceKey,
  toICalendar,
  uidOf,
  upcoming,
  type CalendarEntry,
} from './calendar.ts';
import type { CalendarEntryData } from '../schemas/calendar.ts';

const entry = (id: string, data: Partial<CalendarEntryData>): CalendarEntry => ({
  id,
  data: { title: { en: `${id} en`, fi: `${id} fi` }, description: { en: 'd', fi: 'k' }, recurrence: 'yearly', audiences: ['spouses'], ...data },
});
const intake = entry('course-intake', { months: [8, 1] });
const fair = entry('job-fair', { start: '2026-11-28', end: '2026-12-02', recurrence: 'none', audiences: ['companies'] });
const evening = entry('meetup', { start: '2026-09-10', startTime: '17:30', endTime: '19:00', audiences: ['spouses', 'companies'] });

const oodi = { en: 'Oodi Central Library, Töölönlahdenkatu 4', fi: 'Keskustakirjasto Oodi, Töölönlahdenkatu 4' };
const evenings = entry('evenings', {
  months: [10, 11, 1],
  location: oodi,
  occurrences: [
    { date: '2026-10-15', startTime: '17:30', endTime: '19:30' },
    { date: '2027-01-21', startTime: '17:30', endTime: '19:30', location: { en: 'Maria 01', fi: 'Maria 01' } },
  ],
});

describe('calendar months', () => {
  it('knows the months an entry usually falls in', () => {
    expect(monthsOf(intake.data)).toEqual([1, 8]);
    expect(monthsOf(fair.data)).toEqual([11, 12]);
    expect(monthsOf(entry('x', { start: '2026-12-30', end: '2027-01-02' }).data)).toEqual([1, 12]);
  });
  it('lists twelve months from today’s, with dated events in their month and entries known by month as dates to come', () => {
    const months = calendarMonths([intake, fair, evening, evenings], '2026-11-22');
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual(['2026-11', '2026-12', ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => `2027-${m}`)]);
    const at = (year: number, month: number) => months.find((m) => m.year === year && m.month === month)!.items;
    // The fair of 28.11.-2.12.2026 shows in both months it touches; a one-off in the past would not show at all.
    expect(at(2026, 11).map((i) => i.entry.id)).toEqual(['job-fair', 'evenings']);
    expect(at(2026, 11).find((i) => i.entry.id === 'evenings')!.events).toEqual([]);
    expect(at(2026, 12).map((i) => i.entry.id)).toEqual(['job-fair']);
    expect(at(2027, 1).map((i) => [i.entry.id, i.events.map((e) => e.date)])).toEqual([
      ['evenings', ['2027-01-21']],
      ['course-intake', []],
    ]);
    // A yearly dated entry comes back in its month of the next year.
    expect(at(2027, 9).map((i) => [i.entry.id, i.events.map((e) => e.date)])).toEqual([['meetup', ['2027-09-10']]]);
    expect(at(2027, 2)).toEqual([]);
  });
  it('lists the next events from today, with their time and place, an event under way included', () => {
    const next = upcoming([intake, fair, evening, evenings], '2026-11-30', 3);
    expect(next.map(({ entry, event }) => [entry.id, event.date, event.startTime ?? null, event.location?.en ?? null])).toEqual([
      ['job-fair', '2026-11-28', null, null],
      ['evenings', '2027-01-21', '17:30', 'Maria 01'],
      ['meetup', '2027-09-10', '17:30', null],
    ]);
    expect(eventsOf(evenings.data, [])[0]!.location).toEqual(oodi);
    // 29 February comes back only in leap years.
    expect(eventsOf(entry('leap', { start: '2028-02-29' }).data, [2027, 2028]).map((e) => e.date)).toEqual(['2028-02-29']);
  });
  it('filters by audience', () => {
    expect(forAudience([intake, fair, evening], 'companies').map((e) => e.id)).toEqual(['job-fair', 'meetup']);
    expect(forAudience([intake, fair], undefined)).toHaveLength(2);
  });
});

describe('iCalendar export', () => {
  const text = toICalendar([intake, fair, evening, evenings], {
    locale: 'fi',
    name: 'Kalenteri',
    urlOf: (e) => `https://spouseprogram.fi/fi/calendar/#${e.id}`,
    stamp: new Date('2026-11-01T10:00:00Z'),
  });
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('parses with an independent parser: one event per dated entry, one per occurrence of a series, none for an undated one', () => {
    expect(events).toHaveLength(4);
    expect([...byUid.keys()].sort()).toEqual(
      [uidOf('job-fair', 'fi'), uidOf('meetup', 'fi'), uidOf('evenings-2026-10-15-1730', 'fi'), uidOf('evenings-2027-01-21-1730', 'fi')].sort(),
    );
    expect(uidOf('course-intake', 'fi')).toBe('course-intake.fi@spouseprogram.fi');
  });
  it('exports one occurrence of a series alone', () => {
    const one = toICalendar([evenings], { locale: 'en', name: 'x', urlOf: () => undefined, stamp: new Date(), occurrence: '2027-01-21-1730' });
    const only = new ICAL.Component(ICAL.parse(one)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(only.map((e) => e.uid)).toEqual([uidOf('evenings-2027-01-21-1730', 'en')]);
    expect(occurrenceKey({ date: '2027-01-21', startTime: '17:30' })).toBe('2027-01-21-1730');
    expect(occurrenceKey({ date: '2027-01-21', startTime: undefined })).toBe('2027-01-21');
  });
  it('writes each occurrence at its Helsinki time and place, without recurrence', () => {
    const first = byUid.get(uidOf('evenings-2026-10-15-1730', 'fi'))!;
    expect(first.startDate.toString()).toBe('2026-10-15T17:30:00');
    expect(first.startDate.zone.tzid).toBe('Europe/Helsinki');
    expect(first.endDate.toString()).toBe('2026-10-15T19:30:00');
    expect(first.location).toBe(oodi.fi);
    expect(first.isRecurring()).toBe(false);
    expect(byUid.get(uidOf('evenings-2027-01-21-1730', 'fi'))!.location).toBe('Maria 01');
  });
  it('leaves an entry known only by month (dates to be announced) out of the feed, whatever its months', () => {
    const undated = toICalendar([entry('spring-only', { months: [3, 5], recurrence: 'none' }), intake], {
      locale: 'en',
      name: 'x',
      urlOf: () => undefined,
      stamp: new Date(),
    });
    expect(new ICAL.Component(ICAL.parse(undated)).getAllSubcomponents('vevent')).toEqual([]);
    expect(isDated(intake.data)).toBe(false);
    expect(isDated(fair.data)).toBe(true);
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
    expect(byUid.get(uidOf('meetup', 'fi'))!.component.getFirstPropertyValue('url')).toBe('https://spouseprogram.fi/fi/calendar/#meetup');
  });
});

describe('iCalendar text from editors', () => {
  it('escapes iCalendar TEXT values in one tested function', () => {
    expect(icalText('a;b,c\\d')).toBe('a\\;b\\,c\\\\d');
    expect(icalText('line\r\nBEGIN:VEVENT\nX\u2028Y')).toBe('line\\nBEGIN:VEVENT\\nX\\nY');
    expect(icalText('nul\u0000bell\u0007')).toBe('nulbell');
  });
  it('keeps a hostile calendar name and title inside their own properties', () => {
    const hostile = 'Evening\r\nX-INJECTED:1\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged';
    const text = toICalendar([entry('one', { start: '2026-12-01', title: { en: hostile, fi: hostile } })], {
      locale: 'en',
      name: hostile,
      urlOf: () => undefined,
      stamp: new Date('2026-11-01T10:00:00Z'),
    });
    expect(text).not.toMatch(/^X-INJECTED/m);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    // ical.js leaves an unknown X- property's value as written: escaped, on one line.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(icalText(hostile));
    expect(new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).summary).toBe(hostile.replace(/\r\n/g, '\n'));
  });
});
