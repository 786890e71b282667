/** Chromium: bytes of the first filtered search, and search-to-rendered times. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { timedQueries } from './config.ts';
import { isCardShardPath, searchFileOf, searchFilePath, type SearchFile } from '../../src/lib/search-files.ts';
// Chromium: bytes of the first filtered search, and search-to-rendered times.

export interface Transfer {
  url: string;
  kind: string;
  /** Body and headers as our local server sent them (HTTP/1.1, no compression). */
  bytes: number;
  /**
   * The body as a CDN that compresses text (as Netlify does) sends it; Pagefind's own files are already gzipped.
   * Headers are left out: over HTTP/2 the repeated response headers are compressed away (HPACK).
   */
  gzipBytes: number;
}

export interface SearchBytes {
  url: string;
  requests: number;
  /** Everything the page fetched (HTML, CSS, the page's script, Pagefind). */
  totalBytes: number;
  totalGzipBytes: number;
  /** Only the search's data: Pagefind's files (script, worker, wasm, meta, index chunks, fragments) and the catalogue's filter index, id list and result cards. */
  searchBytes: number;
  searchGzipBytes: number;
  byKind: Record<string, { requests: number; bytes: number; gzipBytes: number }>;
  results: number;
}

export const isText = (file: string) => /\.(html|css|js|mjs|json|svg|xml|txt)$/.test(file);

const searchFileKinds: Record<Exclude<SearchFile, 'suggestions'>, string> = {
  index: 'filter index',
  ids: 'filter index: Pagefind ids',
  dates: 'filter index: dates',
  pages: 'Pagefind ids of other pages',
};

export function kindOf(pathname: string): string {
  const searchFile = searchFileOf(pathname);
  // Suggestions are left with the page's other files: the measured searches do not load them.
  if (searchFile && searchFile !== 'suggestions') return searchFileKinds[searchFile];
  if (isCardShardPath(pathname)) return 'result cards';
  if (!pathname.startsWith('/pagefind/')) {
    if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'page: html';
    if (pathname.endsWith('.css')) return 'page: css';
    if (pathname.endsWith('.js')) return 'page: js';
    return 'page: other';
  }
  if (pathname.endsWith('pagefind.js')) return 'pagefind.js';
  if (pathname.endsWith('pagefind-worker.js')) return 'pagefind worker';
  if (pathname.includes('/wasm.')) return 'pagefind wasm';
  if (pathname.endsWith('.pf_meta')) return 'pagefind meta';
  if (pathname.endsWith('.pf_filter')) return 'pagefind filters';
  if (pathname.endsWith('.pf_index')) return 'pagefind index';
  if (pathname.endsWith('.pf_fragment')) return 'pagefind fragments';
  return 'pagefind other';
}

export function fileFor(outDir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidate = path.join(outDir, decoded);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Records every finished request of a browser context; `settle()` waits for the sizes still being read. */
export function collectTransfers(context: BrowserContext, outDir: string): { transfers: Transfer[]; settle: () => Promise<void> } {
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    const done = request
      .sizes()
      .then((sizes) => {
        const { pathname } = new URL(request.url());
        // The local server sends files as they are, so a served file's body is its size on disk (Chromium does not
        // report body sizes for requests made by Pagefind's worker).
        const file = fileFor(outDir, pathname);
        const body = file ? readFileSync(file) : undefined;
        const bytes = (body?.length ?? sizes.responseBodySize) + sizes.responseHeadersSize;
        const gzipBody = body && isText(file!) ? gzipSync(body, { level: 6 }).length : (body?.length ?? sizes.responseBodySize);
        transfers.push({ url: request.url(), kind: kindOf(pathname), bytes, gzipBytes: gzipBody });
      })
      .catch(() => {
        // The context closed before Chromium answered: a request after the measurement, not part of it.
      });
    pending.push(done);
  });
  return { transfers, settle: async () => void (await Promise.all(pending)) };
}

export function summarise(url: string, transfers: Transfer[], results: number): SearchBytes {
  const byKind: SearchBytes['byKind'] = {};
  for (const t of transfers) {
    const entry = (byKind[t.kind] ??= { requests: 0, bytes: 0, gzipBytes: 0 });
    entry.requests++;
    entry.bytes += t.bytes;
    entry.gzipBytes += t.gzipBytes;
  }
  const pf = transfers.filter((t) => !t.kind.startsWith('page:'));
  return {
    url,
    requests: transfers.length,
    totalBytes: transfers.reduce((s, t) => s + t.bytes, 0),
    totalGzipBytes: transfers.reduce((s, t) => s + t.gzipBytes, 0),
    searchBytes: pf.reduce((s, t) => s + t.bytes, 0),
    searchGzipBytes: pf.reduce((s, t) => s + t.gzipBytes, 0),
    byKind,
    results,
  };
}

export async function waitForSearch(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.documentElement.dataset['searchReady']), undefined, { timeout: 60_000 });
}

/**
 * Opens a search URL in a fresh browser context (empty cache) and counts every byte fetched until results show and
 * the network is idle. With `thenFilters`, the visitor then points at the filters: `filters` is what that fetched
 * (a text search shown from Pagefind alone loads the filter index and the ids for the counts only then).
 */
export async function firstSearchBytes(
  browser: Browser,
  base: (p: string) => string,
  outDir: string,
  pathname: string,
  { thenFilters = false } = {},
): Promise<SearchBytes & { filters?: SearchBytes }> {
  const context = await browser.newContext();
  const { transfers, settle } = collectTransfers(context, outDir);
  const page = await context.newPage();
  await page.goto(base(pathname));
  await waitForSearch(page);
  await page.waitForLoadState('networkidle');
  const results = await page.evaluate(() => Number(/\d+/.exec(document.querySelector('#result-heading')?.textContent ?? '')?.[0] ?? 0));
  await settle();
  const first = summarise(pathname, [...transfers], results);
  if (!thenFilters) {
    await context.close();
    return first;
  }
  const before = transfers.length;
  const serial = await page.evaluate(() => document.documentElement.dataset['searchReady']);
  await page.hover('#search-filters');
  await page.waitForFunction((was) => document.documentElement.dataset['searchReady'] !== was, serial, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await settle();
  await context.close();
  return { ...first, filters: summarise(pathname, transfers.slice(before), results) };
}

export interface Timing {
  query: string;
  ms: number;
  results: number;
}

export interface SearchTimes {
  queries: number;
  /** First time each query runs after the index is loaded (includes fetching its index chunks and fragments). */
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  /** The same queries again (chunks and fragments cached). */
  warmMedianMs: number;
  /** Bytes fetched while the 20 queries ran. */
  bytesDuringQueries: number;
  timings: Timing[];
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

/**
 * Times "search call to rendered results": opens the search page, waits until the first results show and Pagefind
 * is loaded (the page loads it when the text box gets focus), then for each query puts its state in the URL and fires popstate, which is exactly what the page
 * does on Back/Forward (read the URL, search, render). The clock runs from that call until the page marks the
 * render done (data-search-ready changes, after the result list is in the DOM) and layout has run.
 */
export async function searchTimes(browser: Browser, base: (p: string) => string, outDir: string): Promise<SearchTimes> {
  const context = await browser.newContext();
  const { transfers, settle } = collectTransfers(context, outDir);
  const page = await context.newPage();
  await page.goto(base('/en/services/'));
  await waitForSearch(page);
  // Pagefind loads when the visitor moves to the text box; the target is "after the index is loaded".
  await page.focus('#search-q');
  await page.waitForFunction((ids) => performance.getEntriesByType('resource').some((r) => r.name.endsWith(ids)), searchFilePath('en', 'ids'), {
    timeout: 60_000,
  });
  await page.waitForLoadState('networkidle');
  await settle();
  const loadedRequests = transfers.length;
  const runOnce = async (query: string): Promise<Timing> =>
    page.evaluate(async (qs) => {
      const before = document.documentElement.dataset['searchReady'];
      const rendered = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.documentElement.dataset['searchReady'] === before) return;
          observer.disconnect();
          void document.querySelector('#results')!.getBoundingClientRect(); // layout included
          resolve(performance.now());
        });
        observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-search-ready'] });
      });
      history.pushState(null, '', `${location.pathname}?${qs}`);
      const started = performance.now();
      window.dispatchEvent(new PopStateEvent('popstate'));
      const ms = (await rendered) - started;
      const results = Number(/\d+/.exec(document.querySelector('#result-heading')?.textContent ?? '')?.[0] ?? 0);
      return { query: qs, ms, results };
    }, query);
  const timings: Timing[] = [];
  for (const query of timedQueries) timings.push(await runOnce(query));
  await page.waitForLoadState('networkidle');
  await settle();
  const bytesDuringQueries = transfers.slice(loadedRequests).reduce((s, t) => s + t.bytes, 0);
  const warm: number[] = [];
  for (const query of timedQueries) warm.push((await runOnce(query)).ms);
  await context.close();
  const times = timings.map((t) => t.ms);
  return {
    queries: timings.length,
    medianMs: median(times),
    p90Ms: percentile(times, 90),
    maxMs: Math.max(...times),
    warmMedianMs: median(warm),
    bytesDuringQueries,
    timings,
  };
}
