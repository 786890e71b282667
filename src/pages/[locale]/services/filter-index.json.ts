import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../../i18n/locales.ts';
import { serviceFacetValues } from '../../../lib/facets.ts';
import { buildSearchIndex } from '../../../lib/facet-index.ts';
import { getKnownValues, getServices } from '../../../astro/site-data.ts';

/** The catalogue search's filter index for a locale (src/lib/facet-index.ts): services in name order. */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const [services, known] = await Promise.all([getServices(locale), getKnownValues()]);
  const index = buildSearchIndex(services.map((s) => ({ slug: s.slug, updated: s.data.updated, filters: serviceFacetValues(s.data, known) })));
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
