import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SearchIdsFile, SearchIndexFile, SearchPagesFile } from '../lib/facet-index.ts';
import { searchFilePath } from '../lib/search-files.ts';

/**
 * Files the catalogue search reads next to its filter index (`/{locale}/services/filter-index.json`), written from
 * Pagefind's output once it has indexed the site (paths in src/lib/search-files.ts):
 *
 * - `pagefind-ids.json`: Pagefind's page id for each position of the filter index, so text results can be filtered
 *   and counted with the index's bitsets. Fetched only when a text search needs filters or counts.
 * - `pagefind-pages.json`: the ids of the locale's other pages, which text results leave out.
 *
 * The result cards are not written here: the site's routes write them from the content, in packs of the filter index's
 * order (src/pages/[locale]/services/cards-[shard].json.ts), and a text search shown from Pagefind alone reads them
 * from Pagefind's own results.
 */
interface Fragment {
  id: string;
  url: string;
  meta: Record<string, string>;
}

/** Pagefind's fragments: gzip, a 12-byte signature, then one page's JSON. */
export function readFragments(pagefindDir: string): Fragment[] {
  const dir = path.join(pagefindDir, 'fragment');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const raw = gunzipSync(readFileSync(path.join(dir, file)));
      const signature = raw.subarray(0, 12).toString('utf8');
      const data = signature === 'pagefind_dcd' ? (JSON.parse(raw.subarray(12).toString('utf8')) as Partial<Fragment>) : undefined;
      if (!data || typeof data.url !== 'string') {
        throw new Error(`Unexpected Pagefind fragment format in ${file} (Pagefind upgraded?): src/build/search-data.ts reads one page per fragment.`);
      }
      return { id: file.replace(/\.pf_fragment$/, ''), url: data.url, meta: data.meta ?? {} };
    });
}

/** The ids files of a locale, in the filter index's order; fails naming services Pagefind did not index. */
export function searchData(
  index: Pick<SearchIndexFile, 'slugs' | 'generation'>,
  locale: string,
  byUrl: ReadonlyMap<string, Fragment>,
): { ids: SearchIdsFile; pages: SearchPagesFile } {
  const ids: string[] = [];
  const missing: string[] = [];
  for (const slug of index.slugs) {
    const url = `/${locale}/services/${slug}/`;
    const fragment = byUrl.get(url);
    if (fragment) ids.push(fragment.id);
    else missing.push(url);
  }
  if (missing.length) {
    throw new Error(`Services missing from the Pagefind index (${missing.length}): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  }
  const services = new Set(ids);
  const pages = [...byUrl.values()]
    .filter((f) => f.url.startsWith(`/${locale}/`) && !services.has(f.id))
    .map((f) => f.id)
    .sort();
  return { ids: { version: 1, generation: index.generation, ids, pages }, pages: { version: 1, pages } };
}

/** Writes the ids and pages for every locale (each must have its filter index). Returns how many services it wrote. */
export function writeSearchData(site: string, locales: readonly string[]): number {
  const byUrl = new Map(readFragments(path.join(site, 'pagefind')).map((fragment) => [fragment.url, fragment]));
  const write = (file: string, data: unknown) => {
    const target = path.join(site, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(data));
  };
  let written = 0;
  for (const locale of locales) {
    const indexFile = path.join(site, searchFilePath(locale, 'index'));
    if (!existsSync(indexFile)) throw new Error(`The catalogue's filter index was not built: ${indexFile}`);
    let index: SearchIndexFile;
    try {
      index = JSON.parse(readFileSync(indexFile, 'utf8')) as SearchIndexFile;
    } catch (error) {
      throw new Error(`${indexFile}: ${(error as Error).message}`, { cause: error });
    }
    const { ids, pages } = searchData(index, locale, byUrl);
    write(searchFilePath(locale, 'ids'), ids);
    write(searchFilePath(locale, 'pages'), pages);
    written += ids.ids.length;
  }
  return written;
}
