import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../../i18n/locales.ts';
import { getCalendar, type CalendarItem } from '../../../../astro/site-data.ts';
import { calendarFeed, icsHeaders } from '../../../../lib/calendar-feed.ts';
import { eventsOf, occurrenceKey } from '../../../../lib/calendar.ts';

/** One occurrence of a series alone, for "Add this session to your calendar"; the series' own .ics has them all. */
export async function getStaticPaths() {
  const entries = (await getCalendar()).filter((entry) => entry.data.occurrences);
  return localeCodes.flatMap((locale) =>
    entries.flatMap((entry) =>
      eventsOf(entry.data, []).map((event) => ({ params: { locale, id: entry.id, occurrence: occurrenceKey(event) }, props: { entry } })),
    ),
  );
}

export const GET: APIRoute<{ entry: CalendarItem }> = ({ params, props, site, locals }) => {
  const locale = params.locale as Locale;
  locals.contentFile = props.entry.file;
  return new Response(calendarFeed([props.entry], locale, site!, props.entry.data.title[locale], params.occurrence), { headers: icsHeaders });
};
