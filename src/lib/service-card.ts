/**
 * What a service's card says under its summary, the same in the static lists (ServiceList.astro) and in the search
 * results (client/search-page/render.ts): categories, municipalities, cost, when it runs, its languages and any support for taking part. The
 * values are written once at build time (src/astro/service-card.ts) into the card metadata; this only joins them.
 */
import { cardMetaKeys, type SearchCard } from './facet-index.ts';

/** The card metadata's municipalities when the service is available in all of them. */
export const EVERY_MUNICIPALITY = '*';

/** The card's facts before its date, each already in the page's language. */
export function cardFacts(meta: SearchCard['meta'], allMunicipalities: string): string[] {
  const municipalities = meta.municipalities === EVERY_MUNICIPALITY ? allMunicipalities : meta.municipalities;
  return [meta.categories, municipalities, meta.cost, meta.when, meta.languages, meta.support].filter((part): part is string => Boolean(part));
}

/**
 * A service's result card (`card.json`): the card metadata's keys in their order, without empty or other values
 * (Pagefind keeps no empty metadata, and adds some of its own). The build writes it from the page's Pagefind
 * metadata, whose title is the page's heading, the service's name (src/build/search-data.ts); the dev server,
 * which has no Pagefind index, from the content (src/pages/[locale]/services/[slug]/card.json.ts).
 */
export function serviceCard(url: string, meta: Readonly<Record<string, string | undefined>>): SearchCard {
  return { url, meta: Object.fromEntries(cardMetaKeys.flatMap((key) => (meta[key] ? [[key, meta[key]]] : []))) };
}
