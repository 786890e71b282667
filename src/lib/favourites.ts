/**
 * Favourites and recently viewed services, kept in the browser on this device only (localStorage; nothing is sent
 * anywhere). Pure logic over a Storage-like object so it is unit-tested without a browser.
 */
import { nameCollator } from './catalogue.ts';

export const FAVOURITES_KEY = 'spouse-program:favourites';
export const RECENT_KEY = 'spouse-program:recent';
export const MAX_RECENT = 10;
export const MAX_SHARED_IDS = 200;

export interface SavedItem {
  slug: string;
  /** ISO timestamp */
  at: string;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a saved list, dropping anything malformed (storage is user-controlled). */
/** A stored item as this site wrote it: a service's slug and when it was saved. */
function isSavedItem(item: unknown): item is SavedItem {
  if (typeof item !== 'object' || item === null) return false;
  const { slug, at } = item as Record<string, unknown>;
  return typeof slug === 'string' && slugPattern.test(slug) && typeof at === 'string';
}

export function readList(storage: StorageLike, key: string): SavedItem[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isSavedItem);
  } catch {
    return [];
  }
}

export function writeList(storage: StorageLike, key: string, items: readonly SavedItem[]): void {
  storage.setItem(key, JSON.stringify(items));
}

export function toggle(items: readonly SavedItem[], slug: string, on: boolean, now: string): SavedItem[] {
  const without = items.filter((item) => item.slug !== slug);
  return on ? [{ slug, at: now }, ...without] : without;
}

/** Adds several (e.g. from a shared list), keeping those already saved where they are. */
export function addAll(items: readonly SavedItem[], slugs: readonly string[], now: string): SavedItem[] {
  const have = new Set(items.map((i) => i.slug));
  return [...slugs.filter((s) => !have.has(s)).map((slug) => ({ slug, at: now })), ...items];
}

/** Both lists as one, newest first, each service once (at its newest time). */
export function mergeLists(a: readonly SavedItem[], b: readonly SavedItem[]): SavedItem[] {
  const newest = new Map<string, SavedItem>();
  for (const item of [...a, ...b]) {
    const seen = newest.get(item.slug);
    if (!seen || item.at > seen.at) newest.set(item.slug, item);
  }
  return [...newest.values()].sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0));
}

/** Most recent first, without duplicates, at most ten. */
export function recordView(items: readonly SavedItem[], slug: string, now: string): SavedItem[] {
  return [{ slug, at: now }, ...items.filter((i) => i.slug !== slug)].slice(0, MAX_RECENT);
}

export type FavouriteSort = 'saved' | 'name';

export function sortItems<T extends SavedItem & { name?: string }>(items: readonly T[], sort: FavouriteSort, locale: string): T[] {
  const copy = [...items];
  if (sort === 'name') {
    const collator = nameCollator(locale);
    return copy.sort((a, b) => collator.compare(a.name ?? a.slug, b.name ?? b.slug));
  }
  return copy.sort((a, b) => b.at.localeCompare(a.at));
}

/** `?ids=a,b,c` of a shared list: slugs in order without duplicates, and the parts that are not slugs at all. */
export function parseSharedIds(value: string | null): { slugs: string[]; invalid: string[] } {
  const parts = (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, MAX_SHARED_IDS);
  const slugs: string[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    if (slugPattern.test(part)) {
      if (!slugs.includes(part)) slugs.push(part);
    } else invalid.push(part.slice(0, 120));
  }
  return { slugs, invalid };
}

export function shareQuery(slugs: readonly string[]): string {
  return slugs.length ? `?ids=${slugs.join(',')}` : '';
}
