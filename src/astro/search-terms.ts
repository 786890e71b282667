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

/** A service's own text: `topic` is what it is (name, summary, keywords), `body` the rest. */
export interface ServiceText {
  topic: string;
  body: string;
}

/**
 * `text` is the page's own; `finnish` the Finnish text of the service (the page's own on /fi/, the other language's
 * name, summary and keywords on /en/), whose form keys are added. The synonyms and compound parts of the topic's
 * words are kept apart (`topicSynonyms`, `topicParts`), so that the page weighs them like the topic: a service
 * named "Kotoutumiskoulutus" is about "koulutus" and "kurssi", one that mentions a course in its body is not, and a
 * one-word search ranks the first above the second. A topic word's synonym is added even when the body uses it.
 */
export function indexedSearchTerms(
  locale: Locale,
  text: ServiceText,
  finnish: string,
): { synonyms: string[]; parts: string[]; forms: string[]; topicSynonyms: string[]; topicParts: string[] } {
  const { synonyms: synonymsFile } = readSearchWords(locale);
  const topicWords = wordsOf(text.topic);
  const words = [...topicWords, ...wordsOf(text.body)];
  const finnishWords = locale === 'fi' ? words : wordsOf(finnish);
  const topicParts = compoundTerms(topicWords, vocabularyOf(locale));
  const ownParts = compoundTerms(words, vocabularyOf(locale));
  // A synonym of a compound's part counts ("koulutus" in "kotoutumiskoulutus").
  const topicSynonyms = synonymTerms([...topicWords, ...topicParts], synonymsFile);
  const topicSet = new Set([...topicSynonyms, ...topicParts]);
  return {
    synonyms: synonymTerms([...words, ...ownParts], synonymsFile).filter((term) => !topicSet.has(term)),
    parts: [...new Set([...ownParts, ...compoundTerms(finnishWords, vocabularyOf('fi'))])].filter((term) => !topicSet.has(term)),
    forms: formKeyTerms(finnishWords),
    topicSynonyms,
    topicParts,
  };
}
