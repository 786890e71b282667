import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SearchCard, SearchIdsFile, SearchIndexFile, SearchPagesFile } from '../lib/facet-index.ts';
import { cardPath, pagefindCardPath, searchFilePath } from '../lib/search-files.ts';
import { serviceCard } from '../lib/service-card.ts';

/**
 * Files the catalogue search reads next to its filter index (`/{locale}/services/filter-index.json`), written from
 * Pagefind's output once it has indexed the site (paths in src/lib/search-files.ts):
 *
 * - `pagefind-ids.json`: Pagefind's page id for each position of the filter index, so text results can be filtered
 *   and counted with the index's bitsets. Fetched only when a text search needs filters or counts.
 * - `pagefind-pages.json`: the ids of the locale's other pages, which text results leave out.
 * - `{slug}/card.json`: what a result shows (the page's Pagefind metadata), so a filter-only search renders without
 *   loading Pagefind at all.
 * - `/_search-cards/{id}.json`: the same card under the service's Pagefind id, so a first text search renders straight
 *   from Pagefind's results, without the filter index and the ids (a third of its bytes at 5,000 services).
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
        throw new Error(`Unexpected Pagefind fragment format in ${file} (Pagefind upgraded?): src/integrations/search-data.ts reads one page per fragment.`);
      }
      return { id: file.replace(/\.pf_fragment$/, ''), url: data.url, meta: data.meta ?? {} };
    });
}

/** A service's card, and its Pagefind id. */
interface ServiceCard {
  id: string;
  card: SearchCard;
}

/** The ids files and the cards of a locale, in the filter index's order; fails naming services Pagefind did not index. */
export function searchData(
  index: Pick<SearchIndexFile, 'slugs' | 'generation'>,
  locale: string,
  byUrl: ReadonlyMap<string, Fragment>,
): { ids: SearchIdsFile; pages: SearchPagesFile; cards: Map<string, ServiceCard> } {
  const cards = new Map<string, ServiceCard>();
  const missing: string[] = [];
  for (const slug of index.slugs) {
    const url = `/${locale}/services/${slug}/`;
    const fragment = byUrl.get(url);
    if (fragment) cards.set(slug, { id: fragment.id, card: serviceCard(url, fragment.meta) });
    else missing.push(url);
  }
  if (missing.length) {
    throw new Error(`Services missing from the Pagefind index (${missing.length}): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  }
  const ids = [...cards.values()].map((service) => service.id);
  const services = new Set(ids);
  const pages = [...byUrl.values()]
    .filter((f) => f.url.startsWith(`/${locale}/`) && !services.has(f.id))
    .map((f) => f.id)
    .sort();
  return { ids: { version: 1, generation: index.generation, ids, pages }, pages: { version: 1, pages }, cards };
}

/** Writes the ids, pages and cards for every locale (each must have its filter index). Returns how many services it wrote. */
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
    const { ids, pages, cards } = searchData(index, locale, byUrl);
    write(searchFilePath(locale, 'ids'), ids);
    write(searchFilePath(locale, 'pages'), pages);
    for (const [slug, { id, card }] of cards) {
      write(cardPath(locale, slug), card);
      write(pagefindCardPath(id), card);
    }
    written += cards.size;
  }
  return written;
}
