import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../../i18n/locales.ts';
import { catalogueSearchFiles } from '../../../astro/catalogue-search-files.ts';

/** The catalogue search's filter index for a locale (src/lib/facet-index.ts): services in name order. */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const { index } = await catalogueSearchFiles(params.locale as Locale);
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
