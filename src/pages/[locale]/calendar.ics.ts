import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/strings.ts';
import { getCalendar } from '../../astro/site-data.ts';
import { calendarFeed, icsHeaders } from '../../lib/calendar-feed.ts';

export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  return new Response(calendarFeed(await getCalendar(), locale, site!, useTranslations(locale)('calendar.feedName')), { headers: icsHeaders });
};
