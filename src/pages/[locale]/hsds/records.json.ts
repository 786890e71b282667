import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../../i18n/locales.ts';
import { hsdsServices } from '../../../astro/hsds-entries.ts';

/**
 * Every service's full HSDS record, in one build-time file that src/integrations/hsds-files.ts splits into
 * `/{locale}/hsds/services/{id}.json` and then deletes: one route instead of one per service (10,000 routes at
 * 5,000 services cost about ten seconds of build time in Astro's per-page work).
 */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(JSON.stringify(await hsdsServices(params.locale as Locale, site!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
