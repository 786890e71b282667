import { describe, expect, it } from 'vitest';
import { indexedSearchTerms } from './search-terms.ts';

describe('the words a service page adds to its search index, from the real search words files', () => {
  it('gives a compound the synonyms of its parts: a "kotoutumiskoulutus" is found by "kurssi"', () => {
    const text = 'Kotoutumiskoulutus aikuisille';
    expect(indexedSearchTerms('fi', text, text).synonyms).toEqual(expect.arrayContaining(['kurssi']));
    // A text that names no training gains no course words.
    expect(indexedSearchTerms('fi', 'Kielikahvila kirjastossa', 'Kielikahvila kirjastossa').synonyms).not.toContain('kurssi');
  });

  it('finds English training by "course" and "class"', () => {
    const terms = indexedSearchTerms('en', 'Labour market training for adults', 'Työvoimakoulutus aikuisille').synonyms;
    expect(terms).toEqual(expect.arrayContaining(['course', 'class']));
  });
});
