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
import { searchFilePath } from '../lib/search-files.ts';

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

/** A result card by its path (src/lib/search-files.ts: by slug, or by Pagefind id). */
export const loadCard = loadOnce(async (path: string, fresh): Promise<SearchCard> => fetchJson<SearchCard>(path, fresh));
