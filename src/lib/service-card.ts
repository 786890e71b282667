/**
 * What a service's card says under its summary, the same in the static lists (ServiceList.astro) and in the search
 * results (client/search-page/render.ts): categories, municipalities, cost and any support for taking part. The
 * values are written once at build time (src/astro/service-card.ts) into the card metadata; this only joins them.
 */
import type { SearchCard } from './facet-index.ts';

/** The card metadata's municipalities when the service is available in all of them. */
export const EVERY_MUNICIPALITY = '*';

/** The card's facts before its date, each already in the page's language. */
export function cardFacts(meta: SearchCard['meta'], allMunicipalities: string): string[] {
  const municipalities = meta.municipalities === EVERY_MUNICIPALITY ? allMunicipalities : meta.municipalities;
  return [meta.categories, municipalities, meta.cost, meta.support].filter((part): part is string => Boolean(part));
}
