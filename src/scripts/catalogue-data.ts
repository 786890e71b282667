/** Fetches the catalogue search's own files (src/lib/facet-index.ts): the filter index, Pagefind ids and cards. */
import { readSearchIndex, type SearchCard, type SearchIdsFile, type SearchIndex, type SearchIndexFile } from '../lib/facet-index.ts';

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, window.location.href));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Loads once; a failed load (e.g. a network hiccup) is forgotten so the next search tries again. */
function cached<K, T>(load: (key: K) => Promise<T>): ((key: K) => Promise<T>) & { forget: (key: K) => void } {
  const entries = new Map<K, Promise<T>>();
  const get = (key: K) => {
    let entry = entries.get(key);
    if (!entry) {
      entry = load(key);
      entries.set(key, entry);
      entry.catch(() => entries.delete(key));
    }
    return entry;
  };
  return Object.assign(get, { forget: (key: K) => void entries.delete(key) });
}

export const loadSearchIndex = cached(async (locale: string): Promise<SearchIndex> => readSearchIndex(await fetchJson<SearchIndexFile>(`/${locale}/services/search-index.json`)));

/** Pagefind page id → position in the filter index of `generation`. */
export const loadSearchIds = cached(async (locale: string): Promise<{ generation: string; positions: Map<string, number> }> => {
  const file = await fetchJson<SearchIdsFile>(`/${locale}/services/search-ids.json`);
  return { generation: file.generation, positions: new Map(file.ids.map((id, position) => [id, position])) };
});

/**
 * The filter index and, with `withIds`, the Pagefind ids of the same generation. If the site was deployed between
 * the two loads, both are loaded again, so text results are never mapped with another deploy's positions.
 */
export async function loadCatalogue(locale: string, withIds: boolean) {
  for (let attempt = 0; ; attempt++) {
    const [index, ids] = await Promise.all([loadSearchIndex(locale), withIds ? loadSearchIds(locale) : undefined]);
    if (!ids || ids.generation === index.generation || attempt > 0) return { index, ids };
    loadSearchIndex.forget(locale);
    loadSearchIds.forget(locale);
  }
}

export const loadCard = cached(async (path: string): Promise<SearchCard> => fetchJson<SearchCard>(path));
export const cardPath = (locale: string, slug: string) => `/${locale}/services/${encodeURIComponent(slug)}/card.json`;
