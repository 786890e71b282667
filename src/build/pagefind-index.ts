import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { localeCodes } from '../i18n/locales.ts';
import { writeSearchData } from './search-data.ts';

/**
 * The pages that can be searchable (Base.astro's `searchable` puts data-pagefind-body on <main>): the home page,
 * program pages, services and life situations, as paths under the output folder. Pagefind reads only these files:
 * the large browse pages (municipalities, categories, the calendar) have no data-pagefind-body, and parsing them
 * took about a third of the indexing time with 5,000 services. `searchablePath` is the same set as a test.
 */
export const searchableGlob = (locale: string) => `${locale}/{index.html,*/index.html,services/*/index.html,life-situations/*/index.html}`;
export const searchablePath = new RegExp(`^(?:${localeCodes.join('|')})/(?:[^/]+/|services/[^/]+/|life-situations/[^/]+/)?index\\.html$`);

/**
 * Text on searchable pages that every page repeats: indexing it made words like "audience" or "updated" match every
 * service, and cost index size and indexing time. Taxonomy terms, the provider and the keywords stay searchable.
 */
export const notIndexed = [
  '.breadcrumb',
  '.service > section > h2',
  '.service dl.facts > dt',
  '.service [data-dates]',
  '.service .inline-links',
  '.service [data-related]',
] as const;

/** HTML files outside the glob that still declare data-pagefind-body: they would silently go unindexed. */
export function searchablePagesOutsideGlob(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !searchablePath.test(file))
    .filter((file) => /\sdata-pagefind-body(?=[\s=>])/.test(readFileSync(path.join(site, file), 'utf8')));
}

export interface IndexedSite {
  /** Pages Pagefind indexed, all locales. */
  pages: number;
  /** Service pages the search data was written for. */
  services: number;
  /** Pagefind's own time, and the search data's, in ms. */
  pagefindMs: number;
  searchDataMs: number;
}

/**
 * Indexes a built site with Pagefind's Node API (one index per `<html lang>`), then writes the catalogue search's
 * data from it. Run as its own step after `astro build` has exited (tools/search-index.ts, in `npm run build`):
 * inside Astro's process, Pagefind's binary indexed while Astro still held its content store and rendering's
 * garbage, so the build's memory was the sum of the two (2.1 GB at 5,000 services) instead of the larger.
 */
export async function indexBuiltSite(site: string): Promise<IndexedSite> {
  const started = performance.now();
  const missed = searchablePagesOutsideGlob(site);
  if (missed.length) {
    throw new Error(`Searchable pages outside Pagefind's glob (add their path to searchableGlob in src/build/pagefind-index.ts): ${missed.join(', ')}`);
  }
  // One language at a time: Pagefind holds every page of an index in memory until it writes, so indexing the
  // locales one after the other halves its peak (about 1.3 -> 0.7 GB at 5,000 services per locale). Each run
  // writes its own language's files; the entry file that lists the languages is merged at the end.
  const entryFile = path.join(site, 'pagefind', 'pagefind-entry.json');
  const languages: Record<string, unknown> = {};
  let entry: Record<string, unknown> = {};
  let pages = 0;
  try {
    for (const locale of localeCodes) {
      const failed = (what: string, errors: string[]) => new Error(`Pagefind ${what} (${locale}): ${errors.join('; ')}`);
      const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...notIndexed] });
      if (!index) throw failed('could not start', errors);
      const indexed = await index.addDirectory({ path: site, glob: searchableGlob(locale) });
      if (indexed.errors.length) throw failed('indexing failed', indexed.errors);
      if (indexed.page_count === 0) throw failed('found no searchable pages', [searchableGlob(locale)]);
      const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
      if (written.errors.length) throw failed('could not write its files', written.errors);
      const run = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, unknown> };
      entry = run;
      // A page whose <html lang> is not its folder's locale would land in another language's index.
      const found = Object.keys(run.languages);
      if (found.length !== 1 || found[0] !== locale || languages[locale]) throw failed('indexed pages in other languages', found);
      Object.assign(languages, run.languages);
      pages += indexed.page_count;
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
  writeFileSync(entryFile, JSON.stringify({ ...entry, languages }));
  const indexedAt = performance.now();
  const services = writeSearchData(site, localeCodes);
  return { pages, services, pagefindMs: indexedAt - started, searchDataMs: performance.now() - indexedAt };
}
