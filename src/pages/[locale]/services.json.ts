import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../i18n/locales.ts';
import { openDataDocument } from '../../lib/open-data.ts';
import { openDataServices } from '../../astro/open-data-entries.ts';

export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const { services, taxonomies } = await openDataServices(locale, site!);
  return new Response(JSON.stringify(openDataDocument(locale, services, taxonomies), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
