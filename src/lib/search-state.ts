/**
 * The catalogue search state and its URL form (the URL contract staff paste to each other):
 * `/{locale}/services/?q=cv&municipality=helsinki,espoo&category=job-search-support&cost=free&sort=updated&page=2`.
 *
 * - Values are taxonomy ids, so the same query string works in every locale.
 * - A filter takes several values (comma-separated or repeated, as a plain GET form sends them); they combine with OR,
 *   filters combine with AND.
 * - Unknown parameters and values are dropped and reported, never thrown; nothing here produces HTML.
 */
import { movedFacet, type FilterKey, type KnownValues } from './facets.ts';
import type { Locale } from '../i18n/locales.ts';
import { localePath } from './urls.ts';

export { filterKeys, knownValuesFrom, type FilterKey, type KnownValues } from './facets.ts';

export const sortOrders = ['relevance', 'updated', 'name'] as const;
export type SortOrder = (typeof sortOrders)[number];

export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Unset means the default: relevance with text, name without. */
  sort?: SortOrder | undefined;
  page: number;
}

export interface Ignored {
  param: string;
  value?: string;
  reason: 'unknown-parameter' | 'unknown-value' | 'too-long' | 'invalid';
}

/** The facets of a set of known values, in the registry's order (src/lib/facets.ts): the URL's canonical order. */
const facetKeys = (known: KnownValues) => Object.keys(known) as FilterKey[];

export const emptyState = (): SearchState => ({ q: '', filters: {}, page: 1 });

export function effectiveSort(state: SearchState): SortOrder {
  if (state.sort === 'relevance' && !state.q) return 'name';
  return state.sort ?? (state.q ? 'relevance' : 'name');
}

/** Control characters never kept in search text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Search text as it is kept: no control characters, single spaces, trimmed, at most MAX_QUERY_LENGTH long. */
export function normalizeQuery(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** Parses a query string (or URLSearchParams); never throws. */
export function parseSearchParams(input: string | URLSearchParams, known: KnownValues): { state: SearchState; ignored: Ignored[] } {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const state = emptyState();
  const ignored: Ignored[] = [];

  for (const [rawName, rawValue] of params) {
    const name = rawName.trim();
    if (name === 'q') {
      const text = rawValue.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
      if (text.length > MAX_QUERY_LENGTH) ignored.push({ param: 'q', value: text, reason: 'too-long' });
      state.q = normalizeQuery([state.q, text].filter(Boolean).join(' '));
    } else if (name === 'sort') {
      if ((sortOrders as readonly string[]).includes(rawValue)) state.sort = rawValue as SortOrder;
      else ignored.push({ param: name, value: rawValue, reason: 'unknown-value' });
    } else if (name === 'page') {
      const page = /^[1-9][0-9]{0,4}$/.test(rawValue) ? Number(rawValue) : NaN;
      if (Number.isInteger(page)) state.page = page;
      else ignored.push({ param: name, value: rawValue, reason: 'invalid' });
    } else if (Object.hasOwn(known, name)) {
      const key = name as FilterKey;
      for (const value of rawValue
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)) {
        // A value that has moved to another facet is read as that facet's, so links from before the move still work.
        const moved = known[key].includes(value) ? key : movedFacet(key, value);
        if (moved && known[moved]?.includes(value)) {
          const current = state.filters[moved] ?? [];
          if (!current.includes(value)) state.filters[moved] = [...current, value];
        } else {
          ignored.push({ param: key, value, reason: 'unknown-value' });
        }
      }
    } else {
      ignored.push({ param: rawName, value: rawValue, reason: 'unknown-parameter' });
    }
  }
  // Keep values in the taxonomy's order so equal searches have equal URLs whatever order they were picked in.
  for (const key of facetKeys(known)) {
    const values = state.filters[key];
    if (values) state.filters[key] = known[key].filter((v) => values.includes(v));
  }
  return { state, ignored };
}

/** How many ignored parts of a link the page lists; the rest are counted ("and 49,990 more"). */
export const IGNORED_SHOWN = 10;

/** The ignored parts to list (repeats once) and how many more there were, so a hostile link cannot flood the page. */
export function summarizeIgnored(ignored: readonly Ignored[]): { shown: Ignored[]; more: number } {
  const unique = new Map<string, Ignored>();
  for (const item of ignored) unique.set(`${item.reason}\u0000${item.param}\u0000${item.value ?? ''}`, item);
  const all = [...unique.values()];
  return { shown: all.slice(0, IGNORED_SHOWN), more: Math.max(0, all.length - IGNORED_SHOWN) };
}

/** The canonical query string (without "?"): fixed parameter order, values in taxonomy order, defaults left out. */
export function serializeSearchState(state: SearchState, known: KnownValues): string {
  const parts: string[] = [];
  if (state.q) parts.push(`q=${encodeURIComponent(state.q)}`);
  for (const key of facetKeys(known)) {
    const values = known[key].filter((v) => state.filters[key]?.includes(v));
    if (values.length) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
  }
  const sort = effectiveSort(state);
  if (sort !== (state.q ? 'relevance' : 'name')) parts.push(`sort=${sort}`);
  if (state.page > 1) parts.push(`page=${state.page}`);
  return parts.join('&');
}

/**
 * A link to the catalogue search: the one builder of them (popular searches, term links, entry points, browse
 * pages), so every link is in the canonical form the page itself writes back to the URL.
 */
export function searchHref(locale: Locale, state: Partial<SearchState>, known: KnownValues): string {
  const query = serializeSearchState({ ...emptyState(), ...state }, known);
  return `${localePath(locale, 'services')}${query ? `?${query}` : ''}`;
}

export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters, [key]: next };
  if (next.length === 0) delete filters[key];
  return { ...state, filters, page: 1 };
}

/** The last page for a number of results (at least 1), and a page number clamped to it. */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Page links to show: the first, the last, and the current one with two on each side; `null` marks a gap.
 * Keeps pagination short at 5,000 services.
 */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1]! > 1 ? [null, page] : [page]));
}
