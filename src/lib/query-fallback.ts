/**
 * The words of a text search and the forms each is searched in, since Pagefind stems a query word and matches it as
 * a prefix but knows no Finnish morphology: the words that can find something (meaningfulQuery, searchWordsOf), the
 * places named (placesIn), each word's forms (wordForms: base forms of -us nouns, Finnish form keys, compound parts),
 * and the check that a result matched more than a short prefix (matchesQueryWords). Pure: the searches are in
 * client/search-page/results.ts, the ranking in best-effort.ts.
 */
import { foldText } from './suggestions.ts';
import { formKey } from './finnish-forms.ts';
import { compoundVocabulary, splitCompound, type CompoundVocabulary } from './search-terms.ts';
import type { SearchWords } from '../schemas/synonyms.ts';

/** What the forms of a search are made with: a locale's compound parts and ignored words (content/synonyms), and the municipalities. */
export interface QueryWords {
  vocabulary: CompoundVocabulary;
  ignored: ReadonlySet<string>;
  places: readonly Place[];
}

/** A municipality as the filter knows it. */
export interface Place {
  id: string;
  label: string;
}

export function queryWordsFrom(searchWords: Pick<SearchWords, 'compoundParts' | 'ignoredWords'>, places: readonly Place[] = []): QueryWords {
  return { vocabulary: compoundVocabulary(searchWords.compoundParts), ignored: new Set(searchWords.ignoredWords.map(foldText)), places };
}

/**
 * The municipalities a search names, in any form: "espoossa", "Vantaan", "in Porvoo" (by the Finnish form key of
 * the name, src/lib/finnish-forms.ts). Ids in the order named.
 */
export function placesIn(q: string, places: readonly Place[]): string[] {
  const keyOf = (word: string) => formKey(word.toLocaleLowerCase('fi')) ?? word.toLocaleLowerCase('fi');
  const found = new Set<string>();
  for (const word of q.split(/[^\p{L}]+/u).filter(Boolean)) {
    const folded = foldText(word);
    for (const place of places) {
      const name = place.label.toLocaleLowerCase('fi');
      if (folded === foldText(name) || keyOf(word) === keyOf(name)) found.add(place.id);
    }
  }
  return [...found];
}

/** A search's words; a word in double quotes is `exact`: searched as typed, never corrected or left out. */
export function searchWordsOf(q: string): { word: string; exact: boolean }[] {
  const out: { word: string; exact: boolean }[] = [];
  for (const [, quoted, plain] of q.matchAll(/"([^"]+)"|(\S+)/gu)) {
    if (quoted) for (const word of quoted.split(/\s+/).filter(Boolean)) out.push({ word, exact: true });
    else if (plain) out.push({ word: plain.replace(/"/g, ''), exact: false });
  }
  return out.filter(({ word }) => /[\p{L}\p{N}]/u.test(word));
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
  const kept = words.filter((word) => !ignored.has(foldText(word.replace(/[^\p{L}\p{N}]+/gu, ''))));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * The forms one word of a search is searched in, each on its own: as typed (Pagefind stems it), the base form of an
 * -us noun, its Finnish form key ("palkkatuesta" → "palkkatu", "töihin" → "työ", which the index has for every
 * form: src/lib/search-terms.ts), and its compound parts ("kielikursseja" → "kiel kurss").
 */
export function wordForms(word: string, vocabulary?: CompoundVocabulary): string[] {
  const lower = word.toLocaleLowerCase('fi').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const stemOf = (part: string) => ([...part].length >= 5 ? [...part].slice(0, -1).join('') : part);
  const parts = vocabulary ? splitCompound(lower, vocabulary)?.map(stemOf).join(' ') : undefined;
  return [...new Set([word, usNounBaseForm(lower), formKey(lower), parts].filter((form): form is string => Boolean(form)))];
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
 * of five letters or more, a matched word sharing at least half of it, four letters, and all but its last six
 * ("kursseja" and "kurssi", "studying" and "studies"). `content` and `locations` are a result's text and the word positions it matched.
 */
export function matchesQueryWords(q: string, content: string, locations: readonly number[]): boolean {
  const words = content.split(/\s+/);
  const matched = locations.map((at) => [...foldText(words[at] ?? '').replace(/^[^\p{L}\p{N}]+/u, '')]);
  return q
    .split(/\s+/)
    .map((word) => [...foldText(word)])
    .filter((word) => word.length >= 5)
    .every((word) => matched.some((m) => sharedStart(word, m) >= Math.max(4, Math.ceil(word.length / 2), word.length - MAX_ENDING)));
}

/**
 * The most letters an inflection changes at the end of a word (Finnish "-issaan", "-illemme"; the typed form is also
 * searched by its form key). A long word that shares less than that with the word it matched is another word: the
 * compound "kotoutumiskoulutsu" (a typo) matching only "kotoutumisen" is corrected instead.
 */
const MAX_ENDING = 6;

function sharedStart(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
