import { describe, expect, it } from 'vitest';
import { indexedSearchTerms } from './search-terms.ts';

const all = (terms: ReturnType<typeof indexedSearchTerms>) => [...terms.topicSynonyms, ...terms.synonyms];

describe('the words a service page adds to its search index, from the real search words files', () => {
  it('gives a compound the synonyms of its parts: a "kotoutumiskoulutus" is found by "kurssi"', () => {
    expect(all(indexedSearchTerms('fi', { topic: 'Kotoutumiskoulutus aikuisille', body: '' }, ''))).toEqual(expect.arrayContaining(['kurssi']));
    // A text that names no training gains no course words.
    expect(all(indexedSearchTerms('fi', { topic: 'Kielikahvila kirjastossa', body: '' }, ''))).not.toContain('kurssi');
  });

  it('finds English training by "course" and "class"', () => {
    const terms = indexedSearchTerms('en', { topic: 'Labour market training for adults', body: '' }, 'Työvoimakoulutus aikuisille');
    expect(all(terms)).toEqual(expect.arrayContaining(['course', 'class']));
  });

  it('keeps the synonyms and compound parts of what a service is apart from those of its body, even when the body uses the word', () => {
    const named = indexedSearchTerms('en', { topic: 'Integration training', body: 'Most courses include a work placement.' }, '');
    expect(named.topicSynonyms).toEqual(expect.arrayContaining(['course', 'courses']));
    expect(named.synonyms).not.toContain('course');
    const mentioned = indexedSearchTerms('en', { topic: 'Language café', body: 'Join a training later.' }, '');
    expect(mentioned.topicSynonyms).not.toContain('course');
    expect(mentioned.synonyms).toContain('course');
    const finnish = indexedSearchTerms('fi', { topic: 'Kotoutumiskoulutus', body: 'Koulutus kestää vuoden.' }, '');
    expect(finnish.topicParts).toContain('koulutus');
    expect(finnish.parts).not.toContain('koulutus');
  });
});
