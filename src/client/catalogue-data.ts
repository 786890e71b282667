/** Fetches the catalogue search's own files (src/lib/search-files.ts): the filter index, dates, Pagefind ids and pages, and cards. */
import { loadOnce } from './load-once.ts';
import { requireBuiltSearch } from './pagefind.ts';
import {
  readSearchDates,
  readSearchIndex,
  type SearchCard,
  type SearchDatesFile,
  type SearchIdsFile,
  type SearchIndex,
  type SearchIndexFile,
  type SearchPagesFile,
} from '../lib/facet-index.ts';
import { CARDS_PER_FILE, cardShardPath, searchFilePath, shardOf, type CardShardFile } from '../lib/search-files.ts';
import { serviceUrl } from '../lib/urls.ts';
import type { Locale } from '../i18n/locales.ts';

/** A JSON file of this site; `fresh` asks the server past the browser's copy. */
export async function fetchJson<T>(path: string, fresh = false): Promise<T> {
  // `no-cache` asks the server even when the browser holds a copy: used after a copy turned out to be from another deploy.
  const response = await fetch(new URL(path, window.location.href), fresh ? { cache: 'no-cache' } : {});
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const loadSearchIndex = loadOnce(async (locale: string, fresh): Promise<SearchIndex> =>
  readSearchIndex(await fetchJson<SearchIndexFile>(searchFilePath(locale, 'index'), fresh)),
);

export interface SearchIds {
  generation: string;
  /** Pagefind page id → position in the filter index. */
  positions: Map<string, number>;
  /** Position → Pagefind page id. */
  byPosition: readonly string[];
}

export const loadSearchIds = loadOnce(async (locale: string, fresh): Promise<SearchIds> => {
  requireBuiltSearch();
  const file = await fetchJson<SearchIdsFile>(searchFilePath(locale, 'ids'), fresh);
  return { generation: file.generation, positions: new Map(file.ids.map((id, position) => [id, position])), byPosition: file.ids };
});

/** Pagefind ids of the locale's other pages (program pages, life situations), which are not services. */
export const loadSearchPages = loadOnce(async (locale: string, fresh): Promise<Set<string>> => {
  requireBuiltSearch();
  return new Set((await fetchJson<SearchPagesFile>(searchFilePath(locale, 'pages'), fresh)).pages);
});

const loadSearchDates = loadOnce(async (locale: string, fresh): Promise<SearchDatesFile> => fetchJson<SearchDatesFile>(searchFilePath(locale, 'dates'), fresh));

/** Drops the files held for a locale: the next search loads them from the server. */
export function forgetCatalogue(locale: string): void {
  loadSearchIndex.forget(locale);
  loadSearchIds.forget(locale);
  loadSearchPages.forget(locale);
  loadSearchDates.forget(locale);
}

export interface Catalogue {
  index: SearchIndex;
  ids: SearchIds | undefined;
  /** Each position's `updated` day, when asked for. */
  updated: readonly number[] | undefined;
}

/**
 * The filter index and, when asked for, the Pagefind ids and the dates of the same generation. If the site was
 * deployed between the loads, all are loaded again past the browser's cache; if they still disagree, the search
 * fails visibly rather than map text results or dates with another deploy's positions.
 */
export async function loadCatalogue(locale: string, wanted: { ids: boolean; dates: boolean }): Promise<Catalogue> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const [index, ids, dates] = await Promise.all([
      loadSearchIndex(locale),
      wanted.ids ? loadSearchIds(locale) : undefined,
      wanted.dates ? loadSearchDates(locale) : undefined,
    ]);
    const sameDeploy = (!ids || ids.generation === index.generation) && (!dates || dates.generation === index.generation);
    if (sameDeploy) return { index, ids, updated: dates && readSearchDates(dates, index) };
    forgetCatalogue(locale);
  }
  throw new Error('The search index and its Pagefind ids or dates come from different deploys');
}

/** A card file (src/lib/search-files.ts), by "{locale} {shard}". */
const loadCardShard = loadOnce(async (key: string, fresh): Promise<CardShardFile> => {
  const [locale, shard] = key.split(' ');
  return fetchJson<CardShardFile>(cardShardPath(locale!, Number(shard)), fresh);
});

/**
 * The cards of filter-index positions, each card file fetched once and all at the same time. A card file from another
 * deploy than the index is loaded again past the browser's cache; a card still missing (a service removed by a deploy
 * since the index was loaded) shows as a link to its page.
 */
export async function loadCardsAt(index: Pick<SearchIndex, 'generation' | 'slugs'>, positions: readonly number[], locale: string): Promise<SearchCard[]> {
  const shards = [...new Set(positions.map(shardOf))];
  const key = (shard: number) => `${locale} ${shard}`;
  const load = async (shard: number): Promise<CardShardFile | undefined> => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const file = await loadCardShard(key(shard)).catch(() => undefined);
      if (file?.generation === index.generation) return file;
      loadCardShard.forget(key(shard));
    }
    return undefined;
  };
  const files = new Map(await Promise.all(shards.map(async (shard) => [shard, await load(shard)] as const)));
  return positions.map((position) => {
    const slug = index.slugs[position]!;
    const card = files.get(shardOf(position))?.cards[position % CARDS_PER_FILE];
    return card?.meta.slug === slug ? card : { url: serviceUrl(locale as Locale, slug), meta: { title: slug, slug } };
  });
}

/** A service's card by its slug (the feedback form names the service): the filter index says where it is. */
export async function loadCardBySlug(locale: string, slug: string): Promise<SearchCard | undefined> {
  const index = await loadSearchIndex(locale);
  const position = index.slugs.indexOf(slug);
  return position < 0 ? undefined : (await loadCardsAt(index, [position], locale))[0];
}
