/** Fetches the catalogue search's own files (src/lib/facet-index.ts): the filter index, Pagefind ids and cards. */
import { readSearchIndex, type SearchCard, type SearchIdsFile, type SearchIndex, type SearchIndexFile } from '../lib/facet-index.ts';

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, window.location.href));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Loads once; a failed load (e.g. a network hiccup) is forgotten so the next search tries again. */
function cached<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const entries = new Map<K, Promise<T>>();
  return (key) => {
    let entry = entries.get(key);
    if (!entry) {
      entry = load(key);
      entries.set(key, entry);
      entry.catch(() => entries.delete(key));
    }
    return entry;
  };
}

export const loadSearchIndex = cached(async (locale: string): Promise<SearchIndex> => readSearchIndex(await fetchJson<SearchIndexFile>(`/${locale}/services/search-index.json`)));

/** Pagefind page id → position in the filter index. */
export const loadSearchIds = cached(async (locale: string): Promise<Map<string, number>> => {
  const file = await fetchJson<SearchIdsFile>(`/${locale}/services/search-ids.json`);
  return new Map(file.ids.map((id, position) => [id, position]));
});

export const loadCard = cached(async (path: string): Promise<SearchCard> => fetchJson<SearchCard>(path));
export const cardPath = (locale: string, slug: string) => `/${locale}/services/${encodeURIComponent(slug)}/card.json`;
