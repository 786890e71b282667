/**
 * The catalogue's filter index: one bitset per filter value over the services of a locale in name order.
 *
 * Filter-only searches (the links staff paste) are answered from this file alone, and facet counts for every search
 * come from it: with 5,000 services it is about a fifth of the bytes of Pagefind's filter chunks, and counting is a
 * few thousand word operations instead of one extra Pagefind search per selected filter group.
 * Pagefind still does the text matching; its results are mapped to positions here (see search-ids in
 * src/build/search-data.ts).
 */
import type { SearchState, SortOrder } from './search-state.ts';
import type { FilterKey, KnownValues } from './facets.ts';
import { dayNumber } from './dates.ts';

export interface SearchIndexFile {
  version: 1;
  /** Changes whenever the index does; the ids file names the generation it was written for. */
  generation: string;
  /** Service slugs in name order; a service's position in this list is its bit in every bitset. */
  slugs: string[];
  /** Filter key → value id → base64 bitset (bit i of byte i >> 3 is position i). Values no service has are left out. */
  facets: Partial<Record<FilterKey, Record<string, string>>>;
}

/**
 * Days since 1970-01-01 of each service's `updated` date, by position (`/{locale}/services/updated.json`). Only the
 * "recently updated" order reads it, so it is a file of its own: a seventh of the filter index's bytes at 5,000
 * services that every other search would load for nothing.
 */
export interface SearchDatesFile {
  version: 1;
  /** The filter index's generation. */
  generation: string;
  updated: number[];
}

/** Pagefind's page id for each position (`/{locale}/services/pagefind-ids.json`, written after indexing). */
export interface SearchIdsFile {
  version: 1;
  /** The filter index's generation: a page holding an index from an earlier deploy must not use newer ids. */
  generation: string;
  ids: string[];
  /**
   * The same list as `pagefind-pages.json`, for pages opened before a deploy that still run the earlier script,
   * which reads it here (without it, every program page among its text results would read as "ids from another
   * deploy" and cut the results short). A few dozen ids; the current script does not read it.
   */
  pages: string[];
}

/**
 * Pagefind ids of the locale's pages that are not services (program pages, life situations), which the catalogue
 * leaves out of its text results (`/{locale}/services/pagefind-pages.json`, written after indexing). A few dozen ids:
 * a first text search needs this file, Pagefind and the shown results' cards, and nothing else.
 */
export interface SearchPagesFile {
  version: 1;
  pages: string[];
}

/** The metadata a search result shows: a service's `card.json`, and the same keys of its Pagefind fragment. */
export const cardMetaKeys = ['title', 'slug', 'summary', 'categories', 'municipalities', 'cost', 'when', 'languages', 'support', 'updated'] as const;
export interface SearchCard {
  url: string;
  meta: Partial<Record<(typeof cardMetaKeys)[number], string>>;
}

export interface IndexedService {
  slug: string;
  /** ISO date, YYYY-MM-DD. */
  updated: string;
  filters: Partial<Record<FilterKey, readonly string[]>>;
}

/** Builds the filter index and its dates file from services already in name order. */
export function buildSearchFiles(services: readonly IndexedService[]): { index: SearchIndexFile; dates: SearchDatesFile } {
  const bytes = Math.ceil(services.length / 8);
  const sets = new Map<string, Uint8Array>();
  const facets: SearchIndexFile['facets'] = {};
  services.forEach((service, position) => {
    for (const [key, values] of Object.entries(service.filters) as [FilterKey, readonly string[]][]) {
      for (const value of values) {
        const id = `${key}\u0000${value}`;
        let set = sets.get(id);
        if (!set) {
          set = new Uint8Array(bytes);
          sets.set(id, set);
          (facets[key] ??= {})[value] = '';
        }
        set[position >> 3]! |= 1 << (position & 7);
      }
    }
  });
  for (const [key, values] of Object.entries(facets) as [FilterKey, Record<string, string>][]) {
    for (const value of Object.keys(values)) values[value] = toBase64(sets.get(`${key}\u0000${value}`)!);
  }
  const slugs = services.map((s) => s.slug);
  const updated = services.map((s) => dayNumber(s.updated));
  const generation = fnv1a(JSON.stringify([slugs, updated, facets]));
  return { index: { version: 1, generation, slugs, facets }, dates: { version: 1, generation, updated } };
}

export const buildSearchIndex = (services: readonly IndexedService[]): SearchIndexFile => buildSearchFiles(services).index;

/** A short content hash (FNV-1a, 32 bits, hex): enough to tell two deploys' indexes apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A set of positions as 32-bit words. */
export type Bitset = Uint32Array;

export interface SearchIndex {
  generation: string;
  size: number;
  slugs: readonly string[];
  sets: Map<string, Bitset>;
}

export function readSearchIndex(file: SearchIndexFile): SearchIndex {
  if (file.version !== 1 || !Array.isArray(file.slugs)) throw new Error('Unexpected search index file');
  const size = file.slugs.length;
  const sets = new Map<string, Bitset>();
  for (const [key, values] of Object.entries(file.facets)) {
    for (const [value, encoded] of Object.entries(values ?? {})) sets.set(`${key}\u0000${value}`, toWords(fromBase64(encoded), size));
  }
  return { generation: file.generation, size, slugs: file.slugs, sets };
}

/** The dates of an index's services by position; fails on a file of another index (another deploy). */
export function readSearchDates(file: SearchDatesFile, index: SearchIndex): readonly number[] {
  if (file.version !== 1 || file.generation !== index.generation || file.updated.length !== index.size) {
    throw new Error('Unexpected search dates file');
  }
  return file.updated;
}

export const wordCount = (size: number) => Math.ceil(size / 32);

export function fullSet(size: number): Bitset {
  const words = new Uint32Array(wordCount(size));
  words.fill(0xffffffff);
  const rest = size % 32;
  if (rest && words.length) words[words.length - 1] = (2 ** rest - 1) >>> 0;
  return words;
}

export function setOf(size: number, positions: Iterable<number>): Bitset {
  const words = new Uint32Array(wordCount(size));
  for (const p of positions) if (p >= 0 && p < size) words[p >>> 5]! |= 1 << (p & 31);
  return words;
}

export function has(set: Bitset, position: number): boolean {
  return ((set[position >>> 5]! >>> (position & 31)) & 1) === 1;
}

function and(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! & b[i]!;
  return out;
}

export function count(set: Bitset): number {
  let total = 0;
  for (let word of set) {
    // Popcount of a 32-bit word (Hacker's Delight).
    word -= (word >>> 1) & 0x55555555;
    word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
    total += Math.imul((word + (word >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return total;
}

/** Positions in a set, ascending (name order). */
export function positions(set: Bitset): number[] {
  const out: number[] = [];
  for (let i = 0; i < set.length; i++) {
    let word = set[i]!;
    while (word) {
      const low = word & -word;
      out.push(i * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}

/** Services with at least one of the values (OR within a filter). */
function union(index: SearchIndex, key: FilterKey, values: readonly string[]): Bitset {
  const out = new Uint32Array(wordCount(index.size));
  for (const value of values) {
    const set = index.sets.get(`${key}\u0000${value}`);
    if (set) for (let i = 0; i < out.length; i++) out[i]! |= set[i]!;
  }
  return out;
}

export interface FacetResult {
  /** The services matching every selected filter (AND across filters) within `base`. */
  matches: Bitset;
  /**
   * For each filter value, how many services it would give: in a filter with a selection, counted without that
   * filter's own selection (values combine with OR there); in the others, within the current matches.
   */
  counts: Record<FilterKey, Record<string, number>>;
}

/**
 * Filters `base` (all services, or those matching the search text) and counts every value of `known`.
 */
export function facetSearch(
  index: SearchIndex,
  filters: SearchState['filters'],
  known: Record<FilterKey, readonly string[]>,
  base: Bitset = fullSet(index.size),
): FacetResult {
  const keys = Object.keys(known) as FilterKey[];
  const unions = new Map<FilterKey, Bitset>();
  for (const key of keys) {
    const values = filters[key];
    if (values?.length) unions.set(key, union(index, key, values));
  }
  const within = (without?: FilterKey) => {
    let set = base;
    for (const [key, selected] of unions) if (key !== without) set = and(set, selected);
    return set;
  };
  const matches = within();
  const counts = {} as FacetResult['counts'];
  for (const key of keys) {
    const scope = unions.has(key) ? within(key) : matches;
    counts[key] = {};
    for (const value of known[key]) {
      const set = index.sets.get(`${key}\u0000${value}`);
      counts[key][value] = set ? count(and(scope, set)) : 0;
    }
  }
  return { matches, counts };
}

/**
 * The items matching a filter set, in their order, found by the catalogue search's own engine: the one filter
 * engine, so a life-situation page lists exactly what its "open in the search" link finds.
 */
export function filterItems<T>(
  items: readonly T[],
  valuesOf: (item: T) => IndexedService['filters'],
  filters: SearchState['filters'],
  known: KnownValues,
): T[] {
  const index = readSearchIndex(buildSearchIndex(items.map((item, position) => ({ slug: String(position), updated: '1970-01-01', filters: valuesOf(item) }))));
  return positions(facetSearch(index, filters, known).matches).map((position) => items[position]!);
}

/**
 * The matching positions in display order: by name (positions ascending), most recently updated first (then by
 * name; `updated` from readSearchDates), or in `relevance` order (Pagefind's ranking, as positions) when there is
 * search text.
 */
export function orderResults(
  matches: Bitset,
  sort: SortOrder,
  { relevance, updated }: { relevance?: readonly number[] | undefined; updated?: readonly number[] | undefined } = {},
): number[] {
  if (sort === 'relevance' && relevance) return relevance.filter((p) => has(matches, p));
  const list = positions(matches);
  if (sort === 'updated') {
    if (!updated) throw new Error('The "recently updated" order needs the dates file');
    list.sort((a, b) => updated[b]! - updated[a]! || a - b);
  }
  return list;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toWords(bytes: Uint8Array, size: number): Bitset {
  const words = new Uint32Array(wordCount(size));
  for (let i = 0; i < bytes.length && i >> 2 < words.length; i++) words[i >> 2]! |= bytes[i]! << ((i & 3) * 8);
  return words;
}
