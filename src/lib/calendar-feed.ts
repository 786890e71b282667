/** Site glue for the .ics endpoints: entry URLs and the build's time stamp. */
import type { Locale } from '../i18n/locales.ts';
import { toICalendar, type CalendarEntry, type CalendarEvent } from './calendar.ts';
import { localePath, serviceUrl } from './urls.ts';

/** The month an entry is listed under on the calendar page: its first month, or the month of its first date. */
function firstMonth(entry: CalendarEntry): number {
  const date = entry.data.start ?? entry.data.occurrences?.[0]?.date;
  return entry.data.months?.[0] ?? Number(date!.slice(5, 7));
}

/**
 * The feed of `entries`, or of one occurrence of a series (`occurrence`, an occurrenceKey), or of only the dated
 * events in `only` (a month's file).
 */
export function calendarFeed(
  entries: readonly CalendarEntry[],
  locale: Locale,
  site: URL,
  name: string,
  occurrence?: string,
  only?: ReadonlyMap<string, readonly CalendarEvent[]>,
): string {
  return toICalendar(entries, {
    locale,
    name,
    stamp: new Date(),
    ...(occurrence ? { occurrence } : {}),
    ...(only ? { only } : {}),
    urlOf: (entry) =>
      new URL(entry.data.service ? serviceUrl(locale, entry.data.service) : `${localePath(locale, 'calendar')}#month-${firstMonth(entry)}`, site).href,
  });
}

export const icsHeaders = { 'content-type': 'text/calendar; charset=utf-8' };

/** A month's .ics in one view of the calendar (everyone's, or one audience's): "/en/calendar/months/all/2027-01.ics". */
export const monthFeedPath = (locale: Locale, audience: string | undefined, year: number, month: number): string =>
  `/${locale}/calendar/months/${audience ?? 'all'}/${year}-${String(month).padStart(2, '0')}.ics`;
