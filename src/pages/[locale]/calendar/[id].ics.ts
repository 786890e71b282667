import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { getCalendar, type CalendarItem } from '../../../astro/site-data.ts';
import { calendarFeed, icsHeaders } from '../../../lib/calendar-feed.ts';
import { isDated } from '../../../lib/calendar.ts';

export async function getStaticPaths() {
  // An entry with dates still to be announced has no events to add.
  const entries = (await getCalendar()).filter((entry) => isDated(entry.data));
  return localeCodes.flatMap((locale) => entries.map((entry) => ({ params: { locale, id: entry.id }, props: { entry } })));
}

export const GET: APIRoute<{ entry: CalendarItem }> = ({ params, props, site, locals }) => {
  const locale = params.locale as Locale;
  locals.contentFile = props.entry.file;
  return new Response(calendarFeed([props.entry], locale, site!, props.entry.data.title[locale]), { headers: icsHeaders });
};
