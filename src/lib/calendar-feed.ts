/** Site glue for the .ics endpoints: entry URLs, the note on undated entries, and the build's year and time stamp. */
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/strings.ts';
import { toICalendar, type CalendarEntry } from './calendar.ts';
import { localePath, serviceUrl } from './urls.ts';

/** The month an entry is listed under on the calendar page: its first month, or the month of its first date. */
function firstMonth(entry: CalendarEntry): number {
  const date = entry.data.start ?? entry.data.occurrences?.[0]?.date;
  return entry.data.months?.[0] ?? Number(date!.slice(5, 7));
}

export function calendarFeed(entries: readonly CalendarEntry[], locale: Locale, site: URL, name: string): string {
  const now = new Date();
  return toICalendar(entries, {
    locale,
    name,
    year: now.getUTCFullYear(),
    stamp: now,
    undatedNote: useTranslations(locale)('calendar.datesTba'),
    urlOf: (entry) =>
      new URL(entry.data.service ? serviceUrl(locale, entry.data.service) : `${localePath(locale, 'calendar')}#month-${firstMonth(entry)}`, site).href,
  });
}

export const icsHeaders = { 'content-type': 'text/calendar; charset=utf-8' };
