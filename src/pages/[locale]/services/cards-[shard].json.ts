import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { catalogueSearchFiles } from '../../../astro/catalogue-search-files.ts';
import { getServices, getTaxonomies } from '../../../astro/site-data.ts';
import { serviceCardMeta } from '../../../astro/service-card.ts';
import { CARDS_PER_FILE, type CardShardFile } from '../../../lib/search-files.ts';
import { serviceCard } from '../../../lib/service-card.ts';
import { serviceUrl } from '../../../lib/urls.ts';

/**
 * The result cards of the catalogue search, CARDS_PER_FILE per file in the filter index's order (services in name
 * order), so that a page of results is one or a few requests. Written from the content, in the build and on the dev
 * server alike; the title is the service's name, which is also the page's heading.
 */
export async function getStaticPaths() {
  const perLocale = await Promise.all(
    localeCodes.map(async (locale) => {
      const shards = Math.ceil((await getServices(locale)).length / CARDS_PER_FILE);
      return Array.from({ length: shards }, (_, shard) => ({ params: { locale, shard: String(shard) } }));
    }),
  );
  return perLocale.flat();
}

export const GET: APIRoute = async ({ params, locals }) => {
  const locale = params.locale as Locale;
  const shard = Number(params.shard);
  const [services, taxonomies, { index }] = await Promise.all([getServices(locale), getTaxonomies(), catalogueSearchFiles(locale)]);
  const cards = services
    .slice(shard * CARDS_PER_FILE, (shard + 1) * CARDS_PER_FILE)
    .map((service) =>
      serviceCard(serviceUrl(locale, service.slug), { title: service.data.name, ...serviceCardMeta(locale, locals.t, service.slug, service.data, taxonomies) }),
    );
  const file: CardShardFile = { version: 1, generation: index.generation, cards };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
