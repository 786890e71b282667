/**
 * Ranking a search of several words when not every word finds the same services: each word is searched on its own,
 * and the services matching every word come first, then those matching most of them, a rare word counting more than
 * a common one (inverse document frequency). A generic word, one that matches more than half of the catalogue
 * ("Finland", "palvelut"), counts for little and never lifts a service above one that matches a telling word.
 * Pure: the Pagefind searches are in client/search-page/results.ts.
 */

/** One word of a search and what it found: Pagefind id → Pagefind's score for it. */
export interface WordHits {
  word: string;
  hits: ReadonlyMap<string, number>;
}

/** A word matching more than this share of the catalogue is generic. */
export const GENERIC_SHARE = 0.5;

export function isGeneric(found: number, catalogue: number): boolean {
  return catalogue > 0 && found > catalogue * GENERIC_SHARE;
}

/** How much a word found on `found` of `catalogue` services counts: more for a rare word. */
export function wordWeight(found: number, catalogue: number): number {
  return Math.log(1 + Math.max(catalogue, found) / Math.max(found, 1));
}

/**
 * The ids, best first: every word matched; then the weight of the telling (not generic) words matched; then that of
 * the generic ones. A word weighs its inverse document frequency times how well the service matched it (its score
 * against the word's best: a match in the name beats one in the body).
 * Ties keep the order the words found them in.
 */
export function rankBestEffort(words: readonly WordHits[], catalogue: number): string[] {
  const counted = words.filter((w) => w.hits.size > 0);
  const scores = new Map<string, { matched: number; telling: number; generic: number; order: number }>();
  for (const { hits } of counted) {
    const weight = wordWeight(hits.size, catalogue);
    const generic = isGeneric(hits.size, catalogue);
    const best = Math.max(...hits.values(), Number.MIN_VALUE);
    for (const [id, score] of hits) {
      let entry = scores.get(id);
      if (!entry) {
        entry = { matched: 0, telling: 0, generic: 0, order: scores.size };
        scores.set(id, entry);
      }
      const value = weight * (0.5 + (0.5 * Math.max(0, score)) / best);
      entry.matched++;
      if (generic) entry.generic += value;
      else entry.telling += value;
    }
  }
  const all = counted.length;
  return [...scores]
    .sort(([, a], [, b]) => Number(b.matched === all) - Number(a.matched === all) || b.telling - a.telling || b.generic - a.generic || a.order - b.order)
    .map(([id]) => id);
}
