/**
 * `node tools/search-index.ts [outDir]`, the second step of `npm run build` (after `astro build` has exited): indexes
 * the built site with Pagefind, one language at a time, and writes the catalogue search's id files
 * (src/build/pagefind-index.ts). The folder is the argument, else SITE_OUT_DIR, else `dist`, as in astro.config.ts.
 * Run apart from Astro's process so that the build's memory peak is the larger of the two steps, not their sum.
 */
import path from 'node:path';
import { indexBuiltSite } from '../src/build/pagefind-index.ts';
import { parseToolArgs } from './lib/cli.ts';

const { positionals } = parseToolArgs({
  command: 'node tools/search-index.ts [outDir]',
  usage: '  Indexes the built site in outDir (default: SITE_OUT_DIR, else dist/) with Pagefind and writes the search data; exit 1 on failure.',
  options: {},
  allowPositionals: true,
});
if (positionals.length > 1) {
  console.error('node tools/search-index.ts: give at most one output folder');
  process.exit(2);
}

const site = path.resolve(positionals[0] ?? process.env.SITE_OUT_DIR ?? 'dist');
try {
  const { pages, services, pagefindMs, searchDataMs } = await indexBuiltSite(site);
  // tools/bench/builds.ts reads this line for the benchmark's Pagefind figure.
  console.log(
    `[search-index] Pagefind indexed ${pages} pages in ${Math.round(pagefindMs + searchDataMs)} ms (of which the search data for ${services} service pages ${Math.round(searchDataMs)} ms)`,
  );
} catch (error) {
  console.error(`[search-index] ${(error as Error).message}`);
  process.exit(1);
}
