import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../../../i18n/locales.ts';
import { useTranslations } from '../../../../../i18n/strings.ts';
import { getCalendar, type CalendarItem } from '../../../../../astro/site-data.ts';
import { calendarFeed, icsHeaders } from '../../../../../lib/calendar-feed.ts';
import { calendarMonths, forAudience, type CalendarEvent } from '../../../../../lib/calendar.ts';
import { calendarAudiences } from '../../../../../lib/calendar-audiences.ts';
import { formatMonth } from '../../../../../lib/format-date.ts';
import { buildToday } from '../../../../../lib/review.ts';

interface Props {
  entries: CalendarItem[];
  only: Map<string, CalendarEvent[]>;
  year: number;
  month: number;
}

/**
 * "Add this month's events": one file with the dated events of one month, as the calendar page lists them in a view
 * (everyone's, or one audience's). Entries with dates still to be announced have no events and are left out.
 */
export async function getStaticPaths() {
  const all = await getCalendar();
  const today = buildToday();
  return localeCodes.flatMap((locale) =>
    [undefined, ...calendarAudiences].flatMap((audience) =>
      calendarMonths(forAudience(all, audience), today)
        .map(({ year, month, items }) => ({ year, month, dated: items.filter((item) => item.events.length > 0) }))
        .filter(({ dated }) => dated.length > 0)
        .map(({ year, month, dated }) => ({
          params: { locale, view: audience ?? 'all', month: `${year}-${String(month).padStart(2, '0')}` },
          props: { entries: dated.map((item) => item.entry), only: new Map(dated.map((item) => [item.entry.id, item.events])), year, month },
        })),
    ),
  );
}

export const GET: APIRoute<Props> = ({ params, props, site }) => {
  const locale = params.locale as Locale;
  const name = `${useTranslations(locale)('calendar.feedName')}: ${formatMonth(locale, props.year, props.month)}`;
  return new Response(calendarFeed(props.entries, locale, site!, name, undefined, props.only), { headers: icsHeaders });
};
