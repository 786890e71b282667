/** Fetches the catalogue search's own files (src/lib/facet-index.ts): the filter index, Pagefind ids and cards. */
import { loadOnce } from './load-once.ts';
import { requireBuiltSearch } from './pagefind.ts';
import { readSearchIndex, type SearchCard, type SearchIdsFile, type SearchIndex, type SearchIndexFile } from '../lib/facet-index.ts';

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

/** Drops the index and ids held for a locale: the next search loads both from the server. */
export function forgetCatalogue(locale: string): void {
  loadSearchIndex.forget(locale);
  loadSearchIds.forget(locale);
}

/**
 * The filter index and, with `withIds`, the Pagefind ids of the same generation. If the site was deployed between
 * the two loads, both are loaded again past the browser's cache; if they still disagree, the search fails visibly
 * rather than map text results with another deploy's positions.
 */
export async function loadCatalogue(locale: string, withIds: boolean): Promise<{ index: SearchIndex; ids: SearchIds | undefined }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const [index, ids] = await Promise.all([loadSearchIndex(locale), withIds ? loadSearchIds(locale) : undefined]);
    if (!ids || ids.generation === index.generation) return { index, ids };
    forgetCatalogue(locale);
  }
  throw new Error('The search index and its Pagefind ids come from different deploys');
}

export const loadCard = loadOnce(async (path: string, fresh): Promise<SearchCard> => fetchJson<SearchCard>(path, fresh));
export const cardPath = (locale: string, slug: string) => `/${locale}/services/${encodeURIComponent(slug)}/card.json`;
