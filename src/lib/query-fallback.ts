/**
 * Shorter forms of a text search that found fewer than three services, tried one after another. Pagefind stems a query word and
 * matches it as a prefix, but its Finnish stemmer leaves an inflected compound such as "kielikahviloita" (partitive
 * plural of "kielikahvila") whole, and nothing starts with it. Dropping one to four letters from the end of the
 * longest word ("kielikahviloi", …, "kielikahvil") reaches the stem the indexed word starts with. Words stay at
 * least six letters long, so a short word never turns into a prefix of half the catalogue.
 */
import { foldText } from './suggestions.ts';

const MIN_LENGTH = 6;
const MAX_DROP = 4;

/**
 * The forms of a text search to try, in order, while fewer than three services are found: the base forms of its
 * inflected nouns in -us first (their exact word), then the search as typed, then its shortenings.
 */
export function queryForms(q: string): string[] {
  const baseForms = q
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => usNounBaseForm(word) ?? word)
    .join(' ');
  return [...(baseForms !== q ? [baseForms] : []), q, ...shortenedQueries(q)];
}

export function shortenedQueries(q: string): string[] {
  const words = q.split(/\s+/).filter(Boolean);
  const longest = words.reduce((best, word, i) => ([...word].length > [...words[best]!].length ? i : best), 0);
  const letters = [...(words[longest] ?? '')];
  const out: string[] = [];
  for (let drop = 1; drop <= MAX_DROP && letters.length - drop >= MIN_LENGTH; drop++) {
    out.push(words.map((word, i) => (i === longest ? letters.slice(0, -drop).join('') : word)).join(' '));
  }
  return out;
}

/**
 * The base form of an inflected Finnish noun in -us, -ys, -os or -ös, the commonest ending of service words
 * (valmennus, koulutus, ohjaus, kuntoutus, keskus): their inflected stem is -ukse-/-uksi-, which no shortening
 * turns back into -us ("työnhakuvalmennukseen" → "työnhakuvalmennus", "koulutuksia" → "koulutus").
 */
export function usNounBaseForm(word: string): string | undefined {
  const match = /^(.{3,}[uyoö])ks[ei][\p{L}]{0,5}$/iu.exec(word);
  return match ? `${match[1]}s` : undefined;
}

/**
 * Whether a result matched the words of the query, or only a short prefix of one. When a word is in no page,
 * Pagefind matches the longest indexed word it starts with: "toddler" matched "to" on 63 of 64 services and
 * "työkokelu" (a typo) matched "työ". A real match has, for every query word of five letters or more, a matched word
 * sharing its first four letters. `content` and `locations` are a result's text and the word positions it matched.
 */
export function matchesQueryWords(q: string, content: string, locations: readonly number[]): boolean {
  const words = content.split(/\s+/);
  const matched = locations.map((at) => foldText(words[at] ?? '').replace(/^[^\p{L}\p{N}]+/u, ''));
  return q
    .split(/\s+/)
    .map(foldText)
    .filter((word) => [...word].length >= 5)
    .every((word) => matched.some((m) => m.startsWith(word.slice(0, 4))));
}
