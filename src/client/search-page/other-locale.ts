/**
 * Searching a word in the other locale's Pagefind index (src/lib/other-locale.ts), only for a word the page's own
 * index does not have: a second Pagefind instance that merges the other language's index, loaded at the first such
 * word. Its own language's files are the ones the page already loaded (the browser's cache); the other language's
 * are the cost, paid only by a search that needs them.
 */
import { loadOnce } from '../load-once.ts';
import { pagefindOptions, requireBuiltSearch, type PagefindApi } from '../pagefind.ts';
import { loadSearchIds, loadSearchIndex } from '../catalogue-data.ts';
import { ownHits } from '../../lib/other-locale.ts';
import { matchesQueryWords } from '../../lib/query-fallback.ts';

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindApi & {
    mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  };
}

const loadOther = loadOnce(async (language: string): Promise<PagefindApi> => {
  requireBuiltSearch();
  const base = new URL('/pagefind/', window.location.href).href;
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as PagefindModule;
  const instance = createInstance(pagefind);
  // Pagefind skips an index whose path starts its own; "./" names the same folder as another path.
  await instance.mergeIndex(`${base}./`, { language });
  return instance;
});

function createInstance(pagefind: PagefindModule) {
  return pagefind.createInstance(pagefindOptions);
}

/**
 * The page's own Pagefind ids → score of the services whose page in `other` has the word; empty when none has it,
 * or when Pagefind matched only a short prefix of it. `weight` scales the scores like another form of the word. The
 * other locale's results are its services by their ids (its filter index), so only the best one's text is loaded.
 */
export async function otherLocaleHits(word: string, locale: string, other: string, weight: number): Promise<Map<string, number>> {
  const [pagefind, ownIndex, ownIds, otherIndex, otherIds] = await Promise.all([
    loadOther(other),
    loadSearchIndex(locale),
    loadSearchIds(locale),
    loadSearchIndex(other),
    loadSearchIds(other),
  ]);
  // The merged instance finds the page's own language too: only the other locale's services count.
  const results = (await pagefind.search(word)).results.filter((result) => otherIds.positions.has(result.id));
  const best = results[0] && (await results[0].data());
  if (!best || !matchesQueryWords(word, best.content, best.locations)) return new Map();
  const positions = new Map(ownIndex.slugs.map((slug, position) => [slug, position]));
  return ownHits(
    results.map((result) => ({ slug: otherIndex.slugs[otherIds.positions.get(result.id)!]!, score: result.score })),
    (slug) => ownIds.byPosition[positions.get(slug) ?? -1],
    weight,
  );
}
