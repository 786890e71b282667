import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../../i18n/locales.ts';
import { catalogueSearchFiles } from '../../../astro/catalogue-search-files.ts';

/** The services' `updated` days for the "recently updated" order (SearchDatesFile in src/lib/facet-index.ts). */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const { dates } = await catalogueSearchFiles(params.locale as Locale);
  return new Response(JSON.stringify(dates), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
