/**
 * The annual calendar (vuosikello): which entries fall in which month, and the iCalendar (RFC 5545) export.
 * Every entry is exactly one event (VEVENT), so an entry's own feed holds one event. Month-level entries ("course
 * intake in August") have no day: each is an all-day marker on the first day of its months (RRULE with BYMONTH), not
 * a month-long banner. Dated entries keep their dates, with Europe/Helsinki times when they have times. Yearly
 * entries recur with RRULE:FREQ=YEARLY.
 */
import ical, { ICalEventRepeatingFreq, type ICalCalendar } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { Locale } from '../i18n/locales.ts';
import type { CalendarEntryData } from '../schemas/calendar.ts';
import { DEFAULT_SITE_URL } from '../site.config.ts';
import { DAY_MS } from './dates.ts';

export const TIME_ZONE = 'Europe/Helsinki';
/** Event ids are `<entry>.<locale>@<the site's host name>`: stable across builds, unique to this site. */
export const UID_DOMAIN = new URL(DEFAULT_SITE_URL).hostname;

export interface CalendarEntry {
  id: string;
  data: CalendarEntryData;
}

const monthOf = (date: string) => Number(date.slice(5, 7));

/** The months (1-12) an entry shows in: its listed months, or every month its dates touch. */
export function monthsOf(entry: CalendarEntryData): number[] {
  if (entry.months) return [...new Set(entry.months)].sort((a, b) => a - b);
  const start = entry.start!;
  const end = entry.end ?? start;
  const months: number[] = [];
  let year = Number(start.slice(0, 4));
  let month = monthOf(start);
  const endKey = Number(end.slice(0, 4)) * 12 + monthOf(end);
  while (year * 12 + month <= endKey && months.length < 12) {
    months.push(month);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return [...new Set(months)].sort((a, b) => a - b);
}

/** Entries per month, 1..12, dated entries in date order before month-level ones. */
export function byMonth<T extends CalendarEntry>(entries: readonly T[]): Map<number, T[]> {
  const months = new Map<number, T[]>(Array.from({ length: 12 }, (_, i) => [i + 1, []]));
  for (const entry of entries) for (const month of monthsOf(entry.data)) months.get(month)!.push(entry);
  for (const list of months.values()) {
    list.sort((a, b) => (a.data.start ?? '9999').slice(5).localeCompare((b.data.start ?? '9999').slice(5)) || a.id.localeCompare(b.id));
  }
  return months;
}

export function forAudience<T extends CalendarEntry>(entries: readonly T[], audience: string | undefined): T[] {
  return audience ? entries.filter((entry) => entry.data.audiences.includes(audience)) : [...entries];
}

export function uidOf(id: string, locale: Locale): string {
  return `${id}.${locale}@${UID_DOMAIN}`;
}

/**
 * An iCalendar TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n, and other
 * control characters dropped. ical-generator escapes event texts itself but writes the calendar's NAME and
 * X-WR-CALNAME as given, so a title holding a line break could add properties and events to a feed.
 */
export function icalText(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, (match) => `\\${match}`)
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '')
  );
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

interface FeedOptions {
  locale: Locale;
  name: string;
  /** Absolute URL of an entry's page or service, if any. */
  urlOf: (entry: CalendarEntry) => string | undefined;
  /** Year that month-level entries start in. */
  year: number;
  stamp: Date;
}

/** Builds an iCalendar feed of the given entries in one locale. */
export function toICalendar(entries: readonly CalendarEntry[], options: FeedOptions): string {
  const calendar: ICalCalendar = ical({
    name: icalText(options.name),
    prodId: { company: 'City of Helsinki', product: 'Spouse Program calendar', language: options.locale.toUpperCase() },
    // No calendar-wide zone (so DTSTAMP stays in UTC); the generator adds VTIMEZONE for the events' zone.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const entry of entries) {
    const { data } = entry;
    const yearly = data.recurrence === 'yearly';
    const common = {
      id: uidOf(entry.id, options.locale),
      summary: data.title[options.locale],
      description: data.description[options.locale],
      url: options.urlOf(entry) ?? null,
      stamp: options.stamp,
      ...(yearly ? { repeating: { freq: ICalEventRepeatingFreq.YEARLY } } : {}),
    };
    if (data.months) {
      const months = monthsOf(data);
      const start = new Date(Date.UTC(options.year, months[0]! - 1, 1));
      const repeating =
        yearly || months.length > 1 ? { repeating: { freq: ICalEventRepeatingFreq.YEARLY, byMonth: months, ...(yearly ? {} : { count: months.length }) } } : {};
      calendar.createEvent({ ...common, ...repeating, start, end: addDays(start, 1), allDay: true });
    } else if (data.startTime) {
      const endDate = data.end ?? data.start!;
      calendar.createEvent({
        ...common,
        // Wall-clock strings with the event's zone: written as DTSTART;TZID=Europe/Helsinki:...
        start: `${data.start}T${data.startTime}:00`,
        end: `${endDate}T${data.endTime ?? data.startTime}:00`,
        timezone: TIME_ZONE,
      });
    } else {
      calendar.createEvent({ ...common, start: utcDate(data.start!), end: addDays(utcDate(data.end ?? data.start!), 1), allDay: true });
    }
  }
  return calendar.toString();
}
