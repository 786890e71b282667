import type { APIRoute } from 'astro';
import { localeCodes } from '../../../../i18n/locales.ts';
import { getServices, getTaxonomies, type ServiceEntry } from '../../../../astro/site-data.ts';
import { serviceCardMeta } from '../../../../astro/service-card.ts';
import { onDevServer } from '../../../../lib/dev-server.ts';
import { serviceCard } from '../../../../lib/service-card.ts';
import { serviceUrl } from '../../../../lib/urls.ts';

/**
 * A service's result card on the dev server (`npm run dev`, `npm run cms`), from the content. The build writes these
 * files from Pagefind's index (src/integrations/search-data.ts), which the dev server does not have: without this
 * route the catalogue there showed file names. In the build the route has no pages, so each card has one writer.
 */
export async function getStaticPaths() {
  if (!onDevServer) return [];
  const perLocale = await Promise.all(localeCodes.map((locale) => getServices(locale)));
  return perLocale.flat().map((service) => ({ params: { locale: service.locale, slug: service.slug }, props: { service } }));
}

export const GET: APIRoute = async ({ props, locals }) => {
  const { service } = props as { service: ServiceEntry };
  const { locale, t } = locals;
  const meta = serviceCardMeta(locale, t, service.slug, service.data, await getTaxonomies());
  // The title, as Pagefind reads it in the build, is the page's heading: the service's name.
  const card = serviceCard(serviceUrl(locale, service.slug), { title: service.data.name, ...meta });
  return new Response(JSON.stringify(card), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
