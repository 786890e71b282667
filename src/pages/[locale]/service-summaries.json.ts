import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../i18n/locales.ts';
import { getServices, getTaxonomies, labelOf } from '../../astro/site-data.ts';
import { serviceUrl } from '../../lib/urls.ts';

/** A compact list of every service with a page, for the favourites page (smaller than the open-data file). */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const [services, taxonomies] = await Promise.all([getServices(locale), getTaxonomies()]);
  const items = services.map((s) => ({
    slug: s.slug,
    url: serviceUrl(locale, s.slug),
    name: s.data.name,
    summary: s.data.summary,
    provider: s.data.provider,
    updated: s.data.updated,
    languages: s.data.languages.map((id) => labelOf(taxonomies, 'languages', id, locale)),
  }));
  return new Response(JSON.stringify(items), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
