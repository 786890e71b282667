/**
 * Loads the Pagefind bundle written by the build (served from the site itself; one index per language).
 * Pagefind matches text only: the catalogue's filters, counts and sort orders come from src/lib/facet-index.ts.
 */
import { loadOnce } from './load-once.ts';
import { onDevServer } from '../lib/dev-server.ts';

/**
 * Text search on the dev server (`npm run dev`, `npm run cms`): Pagefind's index and the catalogue's ids for it are
 * written by the build, so there is nothing to load. Pages say so instead of "Search could not be loaded".
 */
export class TextSearchNeedsBuild extends Error {
  constructor() {
    super('Text search needs a built site: npm run build, then npm run preview');
  }
}

let hinted = false;

/**
 * Throws TextSearchNeedsBuild on the dev server, before anything asks it for a file only the build writes. The page
 * tells visitors that text search is unavailable; the developer's hint goes to the console, once.
 */
export function requireBuiltSearch(): void {
  if (!onDevServer) return;
  const error = new TextSearchNeedsBuild();
  if (!hinted) console.info(error.message);
  hinted = true;
  throw error;
}

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  /** The indexed text, and the positions of its words that matched the search. */
  content: string;
  locations: number[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<PagefindSearch>;
  preload: (term: string) => Promise<void>;
}

/** Options of every Pagefind instance: short excerpts, and the ranking (see BENCHMARKS.md, search quality). */
export const pagefindOptions = { excerptLength: 24 };

/** The bundle, loaded once (a failed load, e.g. a network hiccup, is retried by the next search). */
const loadBundle = loadOnce(async (): Promise<PagefindApi> => {
  requireBuiltSearch();
  // A runtime URL: the bundle does not exist at build time, so the bundler must leave this import alone.
  const url = new URL('/pagefind/pagefind.js', window.location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.options(pagefindOptions);
  await pagefind.init();
  return pagefind;
});

export const loadPagefind = (): Promise<PagefindApi> => loadBundle(undefined);

/** How many pages each language's index has (Pagefind's entry file, which its bundle loads too): the catalogue's size for weighing words. */
const loadPageCounts = loadOnce(async (): Promise<Record<string, number>> => {
  requireBuiltSearch();
  const response = await fetch(new URL('/pagefind/pagefind-entry.json', window.location.href).href);
  if (!response.ok) throw new Error(`pagefind-entry.json: ${response.status}`);
  const entry = (await response.json()) as { languages?: Record<string, { page_count?: number }> };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([language, { page_count }]) => [language, page_count ?? 0]));
});

export const loadPageCount = async (locale: string): Promise<number> => (await loadPageCounts(undefined))[locale] ?? 0;
