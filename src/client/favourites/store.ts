/** Where favourites and recently viewed services are kept in the browser: localStorage, else sessionStorage (private modes may refuse both). */
import { FAVOURITES_KEY, MAX_RECENT, mergeLists, readList, RECENT_KEY, recordView, writeList, type StorageLike } from '../../lib/favourites.ts';

/** Storage that works here, or null (private mode, disabled storage). */
export function probe(get: () => Storage): Storage | null {
  try {
    const storage = get();
    storage.setItem('spouse-program:probe', '1');
    storage.removeItem('spouse-program:probe');
    return storage;
  } catch {
    return null;
  }
}

export interface FavouriteStore {
  storage: StorageLike;
  /** False when only this tab's sessionStorage works (the lists go when the tab closes). */
  persistent: boolean;
}

/**
 * The store in use: localStorage, so favourites are kept on this device across tabs and restarts. Keeping them is
 * strictly necessary for a feature the visitor asked for, so no consent is needed. Falls back to sessionStorage.
 */
export function openStore(): FavouriteStore | null {
  const local = probe(() => window.localStorage);
  const session = probe(() => window.sessionStorage);
  if (local) {
    if (session) carryOver(session, local);
    return { storage: local, persistent: true };
  }
  if (session) return { storage: session, persistent: false };
  return null;
}

/** Lists an older version kept per tab (sessionStorage): merge them into the device's lists once, then drop them. */
function carryOver(from: Storage, to: Storage): void {
  for (const [key, limit] of [
    [FAVOURITES_KEY, Infinity],
    [RECENT_KEY, MAX_RECENT],
  ] as const) {
    const items = readList(from, key);
    if (!items.length) continue;
    writeList(to, key, mergeLists(readList(to, key), items).slice(0, limit));
    from.removeItem(key);
  }
}

export const now = () => new Date().toISOString();

export function recordRecentView(slug: string): void {
  const store = openStore();
  if (store) writeList(store.storage, RECENT_KEY, recordView(readList(store.storage, RECENT_KEY), slug, now()));
}
