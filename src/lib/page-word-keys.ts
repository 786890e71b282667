/**
 * Finnish word forms for the site-wide search over program pages. Pagefind stems a word and matches it as a prefix,
 * but its Finnish stemmer does not bring a word's forms to one stem ("liittyminen", "liittymisen" and "liittymistä"
 * stem apart). So each program page also carries, as hidden text, a key for every word it has (`pageWordKeys`), and
 * a search also asks for the same keys of its own words (`keyQueries`): one inflected form finds a page that has
 * another. Two keys per word: the form key of a noun (src/lib/finnish-forms.ts: kieli/kielen/kieltä) and the s-stem
 * of a noun in -nen (liittyminen/liittymisen/liittymistä/liittymiseen → "liittymis"), which the form key does not
 * bring together. Pure; the same functions run when pages are built and when a search is typed.
 */
import { formKey, MIN_KEY } from './finnish-forms.ts';
import { wordsOf } from './search-terms.ts';

/** At most this many keys on a page: a long page's rare words matter less than its size. */
export const MAX_PAGE_KEYS = 600;

const NEN_NOMINATIVE = /^(\p{L}{2,}[aeiouyäö])nen$/u;
// The -se-/-s- stem of a -nen noun and a case ending: liittymi-s-en, -s-tä, -s-een, -s-et, -s-iä, nais-ten.
const NEN_INFLECTED =
  /^(\p{L}{2,}?[aeiouyäö]s)(?:e(?:n|en|t|ksi|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|na|nä)|i(?:a|ä|in|en|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|na|nä|ksi)|ta|tä|ten)$/u;

/** The s-stem of a Finnish noun in -nen in any of its forms, or undefined for a word that is no such form. Lower case. */
export function nenKey(word: string): string | undefined {
  const stem = NEN_NOMINATIVE.exec(word)?.[1];
  const key = stem ? `${stem}s` : NEN_INFLECTED.exec(word)?.[1];
  return key && [...key].length > MIN_KEY ? key : undefined;
}

/** The keys of a word (its form key and its -nen stem), those it has. Lower case. */
export function wordKeys(word: string): string[] {
  return [...new Set([formKey(word), nenKey(word)].filter((key): key is string => Boolean(key)))];
}

/** The keys a page's text adds to its index entry, each once. */
export function pageWordKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const word of new Set(wordsOf(text))) {
    for (const key of wordKeys(word)) keys.add(key);
    if (keys.size >= MAX_PAGE_KEYS) break;
  }
  return [...keys].slice(0, MAX_PAGE_KEYS);
}

/**
 * The searches a typed search adds: its words as form keys, and as -nen stems where a word has one (other words as
 * form keys or as typed). Only those that differ from the search and from each other.
 */
export function keyQueries(q: string): string[] {
  const words = q.toLocaleLowerCase('fi').split(/\s+/).filter(Boolean);
  const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const byForm = words.map((word) => formKey(bare(word)) ?? word).join(' ');
  const byNen = words.map((word) => nenKey(bare(word)) ?? formKey(bare(word)) ?? word).join(' ');
  return [...new Set([byForm, byNen])].filter((query) => query !== words.join(' '));
}
