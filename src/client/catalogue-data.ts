/** Fetches the catalogue search's own files (src/lib/facet-index.ts): the filter index, dates, Pagefind ids and cards. */
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
} from '../lib/facet-index.ts';

/** A JSON file of this site; `fresh` asks the server past the browser's copy. */
export async function fetchJson<T>(path: string, fresh = false): Promise<T> {
  // `no-cache` asks the server even when the browser holds a copy: used after a copy turned out to be from another deploy.
  const response = await fetch(new URL(path, window.location.href), fresh ? { cache: 'no-cache' } : {});
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const loadSearchIndex = loadOnce(async (locale: string, fresh): Promise<SearchIndex> =>
  readSearchIndex(await fetchJson<SearchIndexFile>(`/${locale}/services/filter-index.json`, fresh)),
);

export interface SearchIds {
  generation: string;
  /** Pagefind page id → position in the filter index. */
  positions: Map<string, number>;
  /** Pagefind ids of the locale's other pages (program pages, life situations), which are not services. */
  pages: Set<string>;
}

export const loadSearchIds = loadOnce(async (locale: string, fresh): Promise<SearchIds> => {
  requireBuiltSearch();
  const file = await fetchJson<SearchIdsFile>(`/${locale}/services/pagefind-ids.json`, fresh);
  return { generation: file.generation, positions: new Map(file.ids.map((id, position) => [id, position])), pages: new Set(file.pages) };
});

const loadSearchDates = loadOnce(async (locale: string, fresh): Promise<SearchDatesFile> =>
  fetchJson<SearchDatesFile>(`/${locale}/services/updated.json`, fresh),
);

/** Drops the files held for a locale: the next search loads them from the server. */
export function forgetCatalogue(locale: string): void {
  loadSearchIndex.forget(locale);
  loadSearchIds.forget(locale);
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

export const loadCard = loadOnce(async (path: string, fresh): Promise<SearchCard> => fetchJson<SearchCard>(path, fresh));
export const cardPath = (locale: string, slug: string) => `/${locale}/services/${encodeURIComponent(slug)}/card.json`;
