/**
 * Words added to a service's search index when the site is built (issue 18), so that people find it by the words
 * they use: synonyms the editors keep (content/synonyms/<locale>.yaml), and the parts of the Finnish compound words
 * in its text ("kielikahvila" is indexed with "kieli" and "kahvila", with a lower weight than the whole word).
 * Pure: the page (services/[slug].astro) writes the result into an element that only Pagefind reads.
 */
import type { SearchWords } from '../schemas/synonyms.ts';
import { formKey, MAX_WORD } from './finnish-forms.ts';

/**
 * Bounds, so that no text or synonyms file can swell a page or slow the build: the words of a text looked at, the
 * synonym phrases and compound parts added to one page, and the longest word split into parts (longer ones are
 * no Finnish word; splitting is polynomial in a word's length).
 */
export const MAX_TEXT_WORDS = 20_000;
export const MAX_SYNONYM_PHRASES = 40;
export const MAX_PARTS = 100;
export const MAX_FORM_KEYS = 100;

/**
 * The word a service page carries for each municipality it is offered in ("place_espoo"): a search that names the
 * place finds the services offered there by it, not those whose text merely mentions the town.
 */
export const placeToken = (id: string): string => `place_${id}`;

/** Lower-case words of a text, letters and digits only ("Työnhaku-valmennus" is "työnhaku", "valmennus"); at most MAX_TEXT_WORDS. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const [word] of text.toLocaleLowerCase('fi').matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push(word);
    if (words.length >= MAX_TEXT_WORDS) break;
  }
  return words;
}

/** The starts of a text's words, for finding a phrase's word in one lookup. */
const startsOf = new WeakMap<readonly string[], Set<string>>();
function wordStarts(words: readonly string[]): Set<string> {
  let starts = startsOf.get(words);
  if (!starts) {
    starts = new Set();
    for (const word of new Set(words)) for (let end = 1; end <= Math.min(word.length, 60); end++) starts.add(word.slice(0, end));
    startsOf.set(words, starts);
  }
  return starts;
}

/** Whether `phrase` occurs in the words, each of its words at the start of a word in the text, in order. */
function mentions(words: readonly string[], phrase: string): boolean {
  const wanted = wordsOf(phrase);
  if (wanted.length === 0) return false;
  // Every word must start some word of the text before the phrase is looked for in order.
  const starts = wordStarts(words);
  if (!wanted.every((w) => starts.has(w))) return false;
  if (wanted.length === 1) return true;
  return words.some((_, start) => wanted.every((w, i) => words[start + i]?.startsWith(w)));
}

/** Synonyms the text does not use yet, for the synonym entries it matches; at most MAX_SYNONYM_PHRASES. */
export function synonymTerms(words: readonly string[], synonyms: SearchWords['synonyms']): string[] {
  const found = new Set<string>();
  for (const entry of synonyms) {
    const [from, to] = 'same' in entry ? [entry.same, entry.same] : [entry.finds, entry.search];
    if (!from.some((phrase) => mentions(words, phrase))) continue;
    for (const phrase of to) {
      if (mentions(words, phrase)) continue;
      found.add(phrase);
      if (found.size >= MAX_SYNONYM_PHRASES) return [...found];
    }
  }
  return [...found];
}

/**
 * The form keys (src/lib/finnish-forms.ts) of the text's words that Pagefind would not reach by the word's start
 * ("töihin" gains "työ", "rannan" "rant"), so that a search in another form finds them; at most MAX_FORM_KEYS.
 */
export function formKeyTerms(words: readonly string[]): string[] {
  const present = new Set(words);
  const found = new Set<string>();
  for (const word of new Set(words)) {
    const key = formKey(word);
    if (!key || word.startsWith(key) || present.has(key)) continue;
    found.add(key);
    if (found.size >= MAX_FORM_KEYS) break;
  }
  return [...found];
}

/** The compound vocabulary: each part as it starts a compound, and the word it is indexed as; `stems` are the forms without their last letter, which an inflected last part starts with. */
export interface CompoundVocabulary {
  forms: Map<string, string>;
  stems: Map<string, string>;
}

const MIN_PART = 3;

export function compoundVocabulary(parts: SearchWords['compoundParts']): CompoundVocabulary {
  const forms = new Map<string, string>();
  for (const part of parts) {
    if (typeof part === 'string') forms.set(part, part);
    else for (const [form, base] of Object.entries(part)) forms.set(form, base);
  }
  const stems = new Map<string, string>();
  for (const [form, base] of forms) if (form.length > 4) stems.set(form.slice(0, -1), base);
  return { forms, stems };
}

/**
 * A word split into known parts, longest first part first, or undefined. The last part may be inflected: it only
 * has to start with a known part without its last letter ("kielikahviloita" is "kieli" + "kahvil…" = "kahvila").
 */
export function splitCompound(word: string, vocabulary: CompoundVocabulary, depth = 0): string[] | undefined {
  if (depth > 3) return undefined;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = vocabulary.forms.get(word.slice(0, cut));
    if (!head) continue;
    const rest = word.slice(cut);
    const whole = vocabulary.forms.get(rest);
    if (whole) return [head, whole];
    const inner = splitCompound(rest, vocabulary, depth + 1);
    if (inner) return [head, ...inner];
    for (let length = rest.length; length >= 4; length--) {
      const inflected = vocabulary.stems.get(rest.slice(0, length));
      if (inflected) return [head, inflected];
    }
  }
  return undefined;
}

/** The parts of the compound words in the text that are not words of the text already; at most MAX_PARTS. */
export function compoundTerms(words: readonly string[], vocabulary: CompoundVocabulary): string[] {
  if (vocabulary.forms.size === 0) return [];
  const present = new Set(words);
  const found = new Set<string>();
  for (const word of new Set(words)) {
    if (word.length < 2 * MIN_PART || word.length > MAX_WORD) continue;
    for (const part of splitCompound(word, vocabulary) ?? []) {
      if (present.has(part)) continue;
      found.add(part);
      if (found.size >= MAX_PARTS) return [...found];
    }
  }
  return [...found];
}
