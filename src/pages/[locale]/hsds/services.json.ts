import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../../i18n/locales.ts';
import { hsdsServiceList } from '../../../lib/hsds.ts';
import { hsdsServices } from '../../../astro/hsds-entries.ts';

/** Every service of the locale as HSDS's paginated list of services (one page). */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params, site }) => {
  const services = await hsdsServices(params.locale as Locale, site!);
  return new Response(JSON.stringify(hsdsServiceList(services)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
