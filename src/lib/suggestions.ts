/**
 * Suggestions while typing in the catalogue search, and "did you mean" when a search finds nothing (issue 18).
 * The terms are the locale's service names and keywords (`/{locale}/services/suggestions.json`). Pure: the
 * combobox is client/search-page/suggestions.ts.
 */

/** Lower case without accents, for comparing what is typed with what is written ("cafe" finds "café"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fi');
}

/**
 * Terms containing what is typed, best first: terms that start with it, then terms with a word that starts with
 * it, then terms that contain it inside a word (a part of a Finnish compound: "kahvila" in "kielikahvila"), each
 * group shortest first. Nothing for fewer than two letters.
 */
export function suggest(terms: readonly string[], typed: string, limit = 8): string[] {
  const wanted = foldText(typed.trim());
  if ([...wanted].length < 2) return [];
  const ranked: { term: string; rank: number }[] = [];
  for (const term of terms) {
    const folded = foldText(term);
    const at = folded.indexOf(wanted);
    if (at < 0 || folded === wanted) continue;
    const rank = at === 0 ? 0 : /[\p{L}\p{N}]/u.test(folded[at - 1]!) ? 2 : 1;
    ranked.push({ term, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.term.length - b.term.length || a.term.localeCompare(b.term, 'fi'));
  return ranked.slice(0, limit).map((r) => r.term);
}

/** Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment), stopping above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

const wordsOfTerms = new WeakMap<readonly string[], Map<string, string>>();

/**
 * The distinct words of the terms in lower case, each with its folded form: worked out once per list, as 5,000
 * services have 23,000 words in their names and keywords and 2,400 distinct ones.
 */
function termWords(terms: readonly string[]): Map<string, string> {
  let words = wordsOfTerms.get(terms);
  if (!words) {
    words = new Map();
    for (const term of terms) {
      for (const word of term.match(/[\p{L}\p{N}-]+/gu) ?? []) {
        const lower = word.toLocaleLowerCase('fi');
        if (!words.has(lower)) words.set(lower, foldText(lower));
      }
    }
    wordsOfTerms.set(terms, words);
  }
  return words;
}

/** The words of the terms closest to a word that found nothing (one or two edits away), closest first. */
export function didYouMean(terms: readonly string[], typed: string, limit = 3): string[] {
  const wanted = foldText(typed.trim());
  if ([...wanted].length < 4 || /\s/.test(wanted)) return [];
  const max = wanted.length >= 8 ? 2 : 1;
  const found = new Map<string, number>();
  for (const [word, folded] of termWords(terms)) {
    if (folded === wanted) continue;
    const distance = editDistance(wanted, folded, max);
    if (distance <= max) found.set(word, Math.min(found.get(word) ?? distance, distance));
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'fi'))
    .slice(0, limit)
    .map(([word]) => word);
}
