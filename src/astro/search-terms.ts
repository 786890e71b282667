/** The words a service page adds to its search index (src/lib/search-terms.ts), from its locale's search words. */
import type { Locale } from '../i18n/locales.ts';
import { readSearchWords } from '../build/search-words.ts';
import { compoundTerms, compoundVocabulary, synonymTerms, wordsOf, type CompoundVocabulary } from '../lib/search-terms.ts';

const vocabularies = new Map<Locale, CompoundVocabulary>();

export function indexedSearchTerms(locale: Locale, text: string): { synonyms: string[]; parts: string[] } {
  const searchWords = readSearchWords(locale);
  let vocabulary = vocabularies.get(locale);
  if (!vocabulary) {
    vocabulary = compoundVocabulary(searchWords.compoundParts);
    vocabularies.set(locale, vocabulary);
  }
  const words = wordsOf(text);
  return { synonyms: synonymTerms(words, searchWords.synonyms), parts: compoundTerms(words, vocabulary) };
}
