/** Site glue for the .ics endpoints: entry URLs and the build's year and time stamp. */
import type { Locale } from '../i18n/locales.ts';
import { toICalendar, type CalendarEntry } from './calendar.ts';
import { localePath, serviceUrl } from './urls.ts';

export function calendarFeed(entries: readonly CalendarEntry[], locale: Locale, site: URL, name: string): string {
  const now = new Date();
  return toICalendar(entries, {
    locale,
    name,
    year: now.getUTCFullYear(),
    stamp: now,
    urlOf: (entry) =>
      new URL(
        entry.data.service
          ? serviceUrl(locale, entry.data.service)
          : `${localePath(locale, 'calendar')}#month-${entry.data.months?.[0] ?? Number(entry.data.start!.slice(5, 7))}`,
        site,
      ).href,
  });
}

export const icsHeaders = { 'content-type': 'text/calendar; charset=utf-8' };
