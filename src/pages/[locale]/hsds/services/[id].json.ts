import type { APIRoute } from 'astro';
import { localeCodes } from '../../../../i18n/locales.ts';
import type { HsdsService } from '../../../../lib/hsds.ts';
import { hsdsServices } from '../../../../astro/hsds-entries.ts';
import { DEFAULT_SITE_URL } from '../../../../site.config.ts';

/** One service in HSDS 3.0, at its stable id (`/{locale}/hsds/services/{uuid}.json`). */
export async function getStaticPaths() {
  const site = new URL(import.meta.env.SITE ?? DEFAULT_SITE_URL);
  const perLocale = await Promise.all(localeCodes.map(async (locale) => ({ locale, services: await hsdsServices(locale, site) })));
  return perLocale.flatMap(({ locale, services }) => services.map((service) => ({ params: { locale, id: service.id }, props: { service } })));
}

export const GET: APIRoute<{ service: HsdsService }> = ({ props }) =>
  new Response(JSON.stringify(props.service, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
