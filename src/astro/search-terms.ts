/** The words a service page adds to its search index (src/lib/search-terms.ts), from its locale's search words. */
import type { Locale } from '../i18n/locales.ts';
import { readSearchWords } from '../build/search-words.ts';
import { compoundTerms, compoundVocabulary, formKeyTerms, synonymTerms, wordsOf, type CompoundVocabulary } from '../lib/search-terms.ts';

const vocabularies = new Map<Locale, CompoundVocabulary>();

function vocabularyOf(locale: Locale): CompoundVocabulary {
  let vocabulary = vocabularies.get(locale);
  if (!vocabulary) {
    vocabulary = compoundVocabulary(readSearchWords(locale).compoundParts);
    vocabularies.set(locale, vocabulary);
  }
  return vocabulary;
}

/**
 * `text` is the page's own (name, summary, keywords, body); `finnish` the Finnish text of the service (the page's
 * own on /fi/, the other language's name, summary and keywords on /en/), whose form keys are added.
 */
export function indexedSearchTerms(locale: Locale, text: string, finnish: string): { synonyms: string[]; parts: string[]; forms: string[] } {
  const words = wordsOf(text);
  const finnishWords = finnish === text ? words : wordsOf(finnish);
  const ownParts = compoundTerms(words, vocabularyOf(locale));
  return {
    // A synonym of a compound's part counts ("koulutus" in "kotoutumiskoulutus").
    synonyms: synonymTerms([...words, ...ownParts], readSearchWords(locale).synonyms),
    parts: [...new Set([...ownParts, ...compoundTerms(finnishWords, vocabularyOf('fi'))])],
    forms: formKeyTerms(finnishWords),
  };
}
