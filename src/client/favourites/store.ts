/** Where favourites and recently viewed services are kept in the browser: localStorage or sessionStorage, whichever works (private modes may refuse both). */
import { FAVOURITES_KEY, PERSIST_KEY, readList, RECENT_KEY, recordView, writeList, type StorageLike } from '../../lib/favourites.ts';

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
  persistent: boolean;
}

/** The store in use: localStorage if the visitor chose to keep favourites on this device, else sessionStorage. */
export function openStore(): FavouriteStore | null {
  const local = probe(() => window.localStorage);
  const session = probe(() => window.sessionStorage);
  if (local?.getItem(PERSIST_KEY) === '1') return { storage: local, persistent: true };
  if (session) return { storage: session, persistent: false };
  return null;
}

/** Moves the lists between sessionStorage and localStorage when the visitor changes the option. */
export function setPersistent(on: boolean): FavouriteStore | null {
  const local = probe(() => window.localStorage);
  const session = probe(() => window.sessionStorage);
  if (!local || !session) return openStore();
  const [from, to] = on ? [session, local] : [local, session];
  for (const key of [FAVOURITES_KEY, RECENT_KEY]) {
    const items = readList(from, key);
    if (items.length) writeList(to, key, items);
    from.removeItem(key);
  }
  if (on) local.setItem(PERSIST_KEY, '1');
  else local.removeItem(PERSIST_KEY);
  return openStore();
}

export const now = () => new Date().toISOString();

export function recordRecentView(slug: string): void {
  const store = openStore();
  if (store) writeList(store.storage, RECENT_KEY, recordView(readList(store.storage, RECENT_KEY), slug, now()));
}
