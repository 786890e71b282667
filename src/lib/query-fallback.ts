/**
 * The forms a text search is tried in (issue 18), since Pagefind stems a query word and matches it as a prefix but
 * knows no Finnish morphology: the words that can find something (meaningfulQuery), base forms of -us nouns,
 * shortenings, compound parts (queryForms), and the check that a result matched more than a short prefix
 * (matchesQueryWords). Shortening: Pagefind's Finnish stemmer leaves an inflected compound such as
 * "kielikahviloita" (partitive plural of "kielikahvila") whole, and nothing starts with it; dropping one to four
 * letters from the end of the longest word ("kielikahviloi", …, "kielikahvil") reaches the stem the indexed word
 * starts with. Words stay at least six letters long, so a short word never turns into a prefix of half the catalogue.
 */
import { foldText } from './suggestions.ts';
import { compoundVocabulary, splitCompound, type CompoundVocabulary } from './search-terms.ts';
import type { SearchWords } from '../schemas/synonyms.ts';

const MIN_LENGTH = 6;
const MAX_DROP = 4;

/** What the forms of a search are made with: a locale's compound parts and ignored words (content/synonyms). */
export interface QueryWords {
  vocabulary: CompoundVocabulary;
  ignored: ReadonlySet<string>;
}

export function queryWordsFrom(searchWords: Pick<SearchWords, 'compoundParts' | 'ignoredWords'>): QueryWords {
  return { vocabulary: compoundVocabulary(searchWords.compoundParts), ignored: new Set(searchWords.ignoredWords.map(foldText)) };
}

/**
 * The words of a search that can find something: without the ignored words ("where can I learn Finnish" → "learn
 * Finnish") unless nothing else is left, and an abbreviation without its Finnish case ending ("cv:n" → "cv").
 */
export function meaningfulQuery(q: string, ignored: ReadonlySet<string>): string {
  const words = q
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/^([\p{L}\p{N}]+):\p{L}{1,4}$/u, '$1'));
  const kept = words.filter((word) => !ignored.has(foldText(word)));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * The forms of a text search to try, in order: the base forms of its inflected nouns in -us (their exact word), the
 * search as typed, its shortenings only while fewer than three services are found (`whenFew`), and last its
 * compounds split into their parts ("kielikursseja" → "kiel kurss", which also finds "suomen kielen kurssit").
 */
export function queryForms(q: string, vocabulary?: CompoundVocabulary): { query: string; whenFew: boolean }[] {
  const words = q.split(/\s+/).filter(Boolean);
  const baseForms = words.map((word) => usNounBaseForm(word) ?? word).join(' ');
  // Each part without its last letter, as Pagefind matches a prefix: "kiel" finds "kieli" and "kielen", "kurss" "kurssit".
  const stemOf = (part: string) => ([...part].length >= 5 ? [...part].slice(0, -1).join('') : part);
  const parts = vocabulary ? words.map((word) => splitCompound(word.toLocaleLowerCase('fi'), vocabulary)?.map(stemOf).join(' ') ?? word).join(' ') : q;
  return [
    ...[...new Set([baseForms, q])].map((query) => ({ query, whenFew: false })),
    ...shortenedQueries(q).map((query) => ({ query, whenFew: true })),
    ...(parts !== q ? [{ query: parts, whenFew: false }] : []),
  ];
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
  // At least one letter after -kse-/-ksi-: a word ending in -ksi is a translative ("palveluksi" is not "palvelus").
  const match = /^(.{3,}[uyoö])ks[ei]\p{L}{1,5}$/iu.exec(word.replace(/[^\p{L}\p{N}]+$/u, ''));
  return match ? `${match[1]}s` : undefined;
}

/**
 * Whether a result matched the words of the query, or only a short prefix of one. When a word is in no page,
 * Pagefind matches the longest indexed word it starts with: "toddler" matched "to" on 63 of 64 services,
 * "työkokelu" (a typo) matched "työ" and "kielikursseja" matched "kieli". A real match has, for every query word
 * of five letters or more, a matched word sharing at least half of it and four letters ("kursseja" and "kurssi",
 * "studying" and "studies"). `content` and `locations` are a result's text and the word positions it matched.
 */
export function matchesQueryWords(q: string, content: string, locations: readonly number[]): boolean {
  const words = content.split(/\s+/);
  const matched = locations.map((at) => [...foldText(words[at] ?? '').replace(/^[^\p{L}\p{N}]+/u, '')]);
  return q
    .split(/\s+/)
    .map((word) => [...foldText(word)])
    .filter((word) => word.length >= 5)
    .every((word) => matched.some((m) => sharedStart(word, m) >= Math.max(4, Math.ceil(word.length / 2))));
}

function sharedStart(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
