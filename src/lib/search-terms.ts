/**
 * Words added to a service's search index when the site is built (issue 18), so that people find it by the words
 * they use: synonyms the editors keep (content/synonyms/<locale>.yaml), and the parts of the Finnish compound words
 * in its text ("kielikahvila" is indexed with "kieli" and "kahvila", with a lower weight than the whole word).
 * Pure: the page (services/[slug].astro) writes the result into an element that only Pagefind reads.
 */
import type { SearchWords } from '../schemas/synonyms.ts';

/** Lower-case words of a text, letters and digits only ("Työnhaku-valmennus" is "työnhaku", "valmennus"). */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('fi').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether `phrase` occurs in the words, each of its words at the start of a word in the text, in order. */
function mentions(words: readonly string[], phrase: string): boolean {
  const wanted = wordsOf(phrase);
  if (wanted.length === 0) return false;
  return words.some((_, start) => wanted.every((w, i) => words[start + i]?.startsWith(w)));
}

/** Synonyms the text does not use yet, for the synonym entries it matches. */
export function synonymTerms(words: readonly string[], synonyms: SearchWords['synonyms']): string[] {
  const found = new Set<string>();
  for (const entry of synonyms) {
    const [from, to] = 'same' in entry ? [entry.same, entry.same] : [entry.finds, entry.search];
    if (from.some((phrase) => mentions(words, phrase))) for (const phrase of to) if (!mentions(words, phrase)) found.add(phrase);
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

/** The parts of the compound words in the text that are not words of the text already. */
export function compoundTerms(words: readonly string[], vocabulary: CompoundVocabulary): string[] {
  if (vocabulary.forms.size === 0) return [];
  const present = new Set(words);
  const found = new Set<string>();
  for (const word of new Set(words)) {
    if (word.length < 2 * MIN_PART) continue;
    for (const part of splitCompound(word, vocabulary) ?? []) if (!present.has(part)) found.add(part);
  }
  return [...found];
}
