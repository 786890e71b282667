/**
 * The annual calendar (vuosikello): the upcoming events, the twelve months from today's with their entries, and the
 * iCalendar (RFC 5545) export.
 *
 * An entry is known by month ("course intake in August"), is one dated event, or is a series of concrete events
 * (occurrences, each with its date, times and place). In iCalendar a dated event is written at its time and place
 * (Europe/Helsinki), each occurrence as its own event; one occurrence can be exported alone. An entry known only by
 * month has no day: it is listed on the page ("dates to be announced") and left out of every feed, since any day
 * written for it would be one nobody set. Yearly dated entries recur with RRULE:FREQ=YEARLY.
 */
import ical, { ICalEventRepeatingFreq, type ICalCalendar } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { Locale } from '../i18n/locales.ts';
import type { CalendarEntryData } from '../schemas/calendar.ts';
import { DEFAULT_SITE_URL } from '../site.config.ts';
import { addDays, utcDate } from './dates.ts';

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

/** One concrete event: an occurrence of a series, or a dated entry (a yearly one in a given year). */
export interface CalendarEvent {
  /** YYYY-MM-DD. */
  date: string;
  /** The last day of an event over several days. */
  end: string | undefined;
  /** HH:MM, Helsinki time; without it the event lasts the whole day(s). */
  startTime: string | undefined;
  endTime: string | undefined;
  location: Readonly<Record<Locale, string>> | undefined;
}

const isRealDate = (iso: string) => utcDate(iso).toISOString().startsWith(iso);
const inYear = (iso: string, year: number) => `${year}${iso.slice(4)}`;

/** An entry's concrete events; a yearly dated entry once in each of `years` (not on 29 February of other years). */
export function eventsOf(data: CalendarEntryData, years: readonly number[]): CalendarEvent[] {
  if (data.occurrences) {
    return data.occurrences.map((o) => ({ date: o.date, end: undefined, startTime: o.startTime, endTime: o.endTime, location: o.location ?? data.location }));
  }
  if (!data.start) return [];
  const event: CalendarEvent = { date: data.start, end: data.end, startTime: data.startTime, endTime: data.endTime, location: data.location };
  if (data.recurrence !== 'yearly') return [event];
  const span = data.end ? Number(data.end.slice(0, 4)) - Number(data.start.slice(0, 4)) : 0;
  return years
    .map((year) => ({ ...event, date: inYear(data.start!, year), end: data.end && inYear(data.end, year + span) }))
    .filter((e) => isRealDate(e.date) && (!e.end || isRealDate(e.end)));
}

export interface DatedItem<T> {
  entry: T;
  event: CalendarEvent;
}

const byTime = <T extends CalendarEntry>(a: DatedItem<T>, b: DatedItem<T>) =>
  a.event.date.localeCompare(b.event.date) || (a.event.startTime ?? '').localeCompare(b.event.startTime ?? '') || a.entry.id.localeCompare(b.entry.id);

/** The next `count` events from `today` (YYYY-MM-DD) on, one still under way included, in date and time order. */
export function upcoming<T extends CalendarEntry>(entries: readonly T[], today: string, count = 5): DatedItem<T>[] {
  const year = Number(today.slice(0, 4));
  return entries
    .flatMap((entry) => eventsOf(entry.data, [year, year + 1]).map((event) => ({ entry, event })))
    .filter(({ event }) => (event.end ?? event.date) >= today)
    .sort(byTime)
    .slice(0, count);
}

export interface CalendarMonth<T> {
  year: number;
  /** 1-12. */
  month: number;
  /** Entries with events in the month (with those events), then entries known only by month (no events). */
  items: { entry: T; events: CalendarEvent[] }[];
}

const monthKey = (iso: string) => iso.slice(0, 7);

/**
 * The twelve months from today's on, each with its entries. An entry with events in a month shows with them; an
 * entry that usually runs in a month (`months`) but has no event there yet shows as "dates to be announced".
 */
export function calendarMonths<T extends CalendarEntry>(entries: readonly T[], today: string): CalendarMonth<T>[] {
  const first = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  return Array.from({ length: 12 }, (_, i) => {
    const year = Math.floor((first + i) / 12);
    const month = ((first + i) % 12) + 1;
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const dated: { entry: T; events: CalendarEvent[] }[] = [];
    const undated: { entry: T; events: CalendarEvent[] }[] = [];
    for (const entry of entries) {
      const events = eventsOf(entry.data, [year - 1, year]).filter((e) => monthKey(e.date) <= key && monthKey(e.end ?? e.date) >= key);
      if (events.length) dated.push({ entry, events });
      else if (entry.data.months?.includes(month)) undated.push({ entry, events });
    }
    dated.sort((a, b) => byTime({ entry: a.entry, event: a.events[0]! }, { entry: b.entry, event: b.events[0]! }));
    undated.sort((a, b) => a.entry.id.localeCompare(b.entry.id));
    return { year, month, items: [...dated, ...undated] };
  });
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

interface FeedOptions {
  locale: Locale;
  name: string;
  /** Absolute URL of an entry's page or service, if any. */
  urlOf: (entry: CalendarEntry) => string | undefined;
  stamp: Date;
  /** Only this occurrence of a series (its date, and start time if it has one, as in occurrenceKey). */
  occurrence?: string;
  /** Only these dated events, by entry id (a month's file): each once, without a yearly rule. */
  only?: ReadonlyMap<string, readonly CalendarEvent[]>;
}

/** One occurrence of a series, as its .ics file and UID name it: "2027-01-19" or "2027-01-19-1700". */
export function occurrenceKey(event: Pick<CalendarEvent, 'date' | 'startTime'>): string {
  return `${event.date}${event.startTime ? `-${event.startTime.replace(':', '')}` : ''}`;
}

/** Whether an entry has dates: one known only by month ("dates to be announced") is listed on the page, not in feeds. */
export function isDated(data: CalendarEntryData): boolean {
  return Boolean(data.occurrences?.length || data.start);
}

/** When and where a dated event is: at its Helsinki time, or all day; with its place in the feed's locale. */
function eventTime(event: CalendarEvent, locale: Locale) {
  const place = event.location ? { location: event.location[locale] } : {};
  if (event.startTime) {
    // Wall-clock strings with the event's zone: written as DTSTART;TZID=Europe/Helsinki:...
    return {
      start: `${event.date}T${event.startTime}:00`,
      end: `${event.end ?? event.date}T${event.endTime ?? event.startTime}:00`,
      timezone: TIME_ZONE,
      ...place,
    };
  }
  return { start: utcDate(event.date), end: utcDate(addDays(event.end ?? event.date, 1)), allDay: true, ...place };
}

/** Builds an iCalendar feed of the given entries in one locale. */
export function toICalendar(entries: readonly CalendarEntry[], options: FeedOptions): string {
  const { locale } = options;
  const calendar: ICalCalendar = ical({
    name: icalText(options.name),
    prodId: { company: 'City of Helsinki', product: 'Spouse Program calendar', language: locale.toUpperCase() },
    // No calendar-wide zone (so DTSTAMP stays in UTC); the generator adds VTIMEZONE for the events' zone.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const entry of entries) {
    const { data } = entry;
    const yearly = data.recurrence === 'yearly';
    const common = { summary: data.title[locale], description: data.description[locale], url: options.urlOf(entry) ?? null, stamp: options.stamp };
    if (options.only) {
      for (const event of options.only.get(entry.id) ?? []) {
        // The same UID as the full feed's event where there is one, so a calendar that has both keeps one.
        const id = data.occurrences || yearly ? `${entry.id}-${occurrenceKey(event)}` : entry.id;
        calendar.createEvent({ ...common, id: uidOf(id, locale), ...eventTime(event, locale) });
      }
      continue;
    }
    if (data.occurrences) {
      // Each occurrence is its own event, at its own time and place.
      for (const event of eventsOf(data, [])) {
        const key = occurrenceKey(event);
        if (options.occurrence && options.occurrence !== key) continue;
        calendar.createEvent({ ...common, id: uidOf(`${entry.id}-${key}`, locale), ...eventTime(event, locale) });
      }
    } else if (data.start) {
      const repeating = yearly ? { repeating: { freq: ICalEventRepeatingFreq.YEARLY } } : {};
      const event: CalendarEvent = { date: data.start, end: data.end, startTime: data.startTime, endTime: data.endTime, location: data.location };
      calendar.createEvent({ ...common, id: uidOf(entry.id, locale), ...repeating, ...eventTime(event, locale) });
    }
    // An entry known only by its months is no event: a marker on the 1st of each month would say a date nobody set.
  }
  return calendar.toString();
}
