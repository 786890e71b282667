import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/strings.ts';
import { toCsv } from '../../lib/open-data.ts';
import { openDataServices } from '../../astro/open-data-entries.ts';

export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const { services, taxonomies } = await openDataServices(locale, site!);
  const csv = toCsv(services, locale, taxonomies, { free: t('cost.free'), paid: t('cost.paid'), other: t('cost.other') });
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
