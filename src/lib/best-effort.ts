/**
 * Ranking a search of several words when not every word finds the same services: each word is searched on its own,
 * and the services matching every word come first, then those matching most of them, a rare word counting more than
 * a common one (inverse document frequency). A generic word, one that matches more than half of the catalogue
 * ("Finland", "palvelut"), counts for little and never lifts a service above one that matches a telling word.
 * Pure: the Pagefind searches are in client/search-page/results.ts.
 */

/** One word of a search and what it found: Pagefind id → its score for the word, 0 to 1 (1 for the best match). */
export interface WordHits {
  word: string;
  hits: ReadonlyMap<string, number>;
  /**
   * Services where only the word's compound parts were found, apart ("työ" and "kokeilu" for "työkokeilu"): weak
   * evidence, which counts for a little but is not a match of the word.
   */
  loose?: ReadonlyMap<string, number>;
  /** A municipality: the services offered there. */
  place?: boolean;
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

/** How much a word's weakest match counts, against its best (a match in the name beats one in the body). */
const WEAKEST = 0.2;
/** How much a word's compound parts found apart count, against a match of the word. */
const LOOSE = 0.5;
/** How steeply a service loses for the words it does not match (the share of the words' weight it matched, to this power). */
const COVERAGE_POWER = 2;

interface Score {
  /** The weight of the words matched, each times how well it matched. */
  covered: number;
  /** Weight times match quality, of the telling and of the generic words. */
  telling: number;
  generic: number;
  /** Offered in a municipality the search names: 2 when it also matches another of its words, 1 when not. */
  placed: number;
  matched: number;
  order: number;
}

/**
 * The ids, best first. A service scores, for each word it matches, the word's inverse document frequency times how
 * well it matched (its score against the word's best), and that sum falls with the share of the words' weight it
 * did not match, a passing mention covering a word less than a match in the name (squared): so the services matching
 * every word come first unless one matches the rarer words far better (a service named "Työkokeilu" before one that
 * mentions "työkokeilu" and "hakemus" in passing; the Swedish course that mentions Finnish does not lead "finnish
 * kurssi espoo"). Compound
 * parts found apart count for half. When the search names a place, the services offered there come first, those
 * matching another of its words before those matching only the place: a service elsewhere is of no use to the
 * visitor, however well it matches. A service matching only generic words never comes before one matching a
 * telling word.
 * Ties keep the order the words found them in.
 */
export function rankBestEffort(words: readonly WordHits[], catalogue: number): string[] {
  const counted = countedWords(words);
  const scores = new Map<string, Score>();
  const entryOf = (id: string) => {
    let entry = scores.get(id);
    if (!entry) {
      entry = { covered: 0, telling: 0, generic: 0, placed: 0, matched: 0, order: scores.size };
      scores.set(id, entry);
    }
    return entry;
  };
  const add = (entry: Score, value: number, generic: boolean) => {
    if (generic) entry.generic += value;
    else entry.telling += value;
  };
  let totalWeight = 0;
  for (const { hits, loose = new Map<string, number>() } of counted) {
    const found = hits.size || loose.size;
    const weight = wordWeight(found, catalogue);
    const generic = isGeneric(found, catalogue);
    totalWeight += weight;
    const best = Math.max(...hits.values(), Number.MIN_VALUE);
    for (const [id, score] of hits) {
      const entry = entryOf(id);
      const quality = WEAKEST + ((1 - WEAKEST) * Math.max(0, score)) / best;
      entry.matched++;
      // A passing mention covers a word less than a match in the name.
      entry.covered += weight * quality;
      add(entry, weight * quality, generic);
    }
    const bestLoose = Math.max(...loose.values(), Number.MIN_VALUE);
    for (const [id, score] of loose) {
      if (hits.has(id)) continue;
      const entry = entryOf(id);
      entry.covered += weight * LOOSE;
      add(entry, weight * LOOSE * (WEAKEST + ((1 - WEAKEST) * Math.max(0, score)) / bestLoose), generic);
    }
  }
  const placeWords = counted.filter((w) => w.place);
  if (placeWords.length > 0 && placeWords.length < counted.length) {
    const offered = new Set(placeWords.flatMap((w) => [...w.hits.keys()]));
    for (const [id, entry] of scores) entry.placed = offered.has(id) ? (entry.matched > 1 ? 2 : 1) : 0;
  }
  const anyTelling = [...scores.values()].some((s) => s.telling > 0);
  const total = (s: Score) => (s.telling + s.generic) * (s.covered / (totalWeight || 1)) ** COVERAGE_POWER;
  const telling = (s: Score) => (anyTelling ? Number(s.telling > 0) : 0);
  return [...scores].sort(([, a], [, b]) => b.placed - a.placed || telling(b) - telling(a) || total(b) - total(a) || a.order - b.order).map(([id]) => id);
}

/**
 * Whether a search of several words found no service with every one of them (a word's compound parts found apart
 * do not count): the page then says that the services shown match only some of the words.
 */
export function noneMatchesEvery(words: readonly WordHits[]): boolean {
  const counted = countedWords(words);
  if (counted.length < 2) return false;
  const [first, ...rest] = counted.map((w) => w.hits);
  return ![...first!.keys()].some((id) => rest.every((hits) => hits.has(id)));
}

/** The words that found something, as a match or by their compound parts: a word that found nothing does not count. */
function countedWords(words: readonly WordHits[]): WordHits[] {
  return words.filter((w) => w.hits.size > 0 || (w.loose?.size ?? 0) > 0);
}
