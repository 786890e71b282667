import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { writeSearchData } from './search-data.ts';

/**
 * The pages that can be searchable (Base.astro's `searchable` puts data-pagefind-body on <main>): the home page,
 * program pages, services and life situations, as paths under the output folder. Pagefind reads only these files:
 * the large browse pages (municipalities, categories, the calendar) have no data-pagefind-body, and parsing them
 * took about a third of the indexing time with 5,000 services. `searchablePath` is the same set as a test.
 */
export const searchableGlob = '*/{index.html,*/index.html,services/*/index.html,life-situations/*/index.html}';
export const searchablePath = /^[^/]+\/(?:[^/]+\/|services\/[^/]+\/|life-situations\/[^/]+\/)?index\.html$/;

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

/** Indexes the built site with Pagefind (one index per `<html lang>`), then writes the catalogue search's data from it. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'spouse-program:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const missed = searchablePagesOutsideGlob(site);
        if (missed.length) {
          throw new Error(`Searchable pages outside Pagefind's glob (add their path to searchableGlob in src/integrations/pagefind.ts): ${missed.join(', ')}`);
        }
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...notIndexed] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: site, glob: searchableGlob });
        if (indexed.errors.length) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        const indexedAt = performance.now();
        const services = writeSearchData(site);
        const ms = (from: number, to: number) => Math.round(to - from);
        logger.info(`Pagefind indexed ${indexed.page_count} pages in ${ms(started, performance.now())} ms (of which the search data for ${services} service pages ${ms(indexedAt, performance.now())} ms)`);
      },
    },
  };
}
