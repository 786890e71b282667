import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggest } from './suggestions.ts';

const terms = [
  'Kirjastojen kielikahvilat',
  'kielikahvila',
  'Työkokeilu',
  'työnhaku',
  'Työnhakuvalmennus',
  'Apprenticeship training',
  'Language cafés in libraries',
];

describe('suggestions while typing', () => {
  it('offers terms that start with the text, then words that do, then compound parts', () => {
    expect(suggest(terms, 'kiel')).toEqual(['kielikahvila', 'Kirjastojen kielikahvilat']);
    expect(suggest(terms, 'kahvila')).toEqual(['kielikahvila', 'Kirjastojen kielikahvilat']);
    expect(suggest(terms, 'TYÖN')).toEqual(['työnhaku', 'Työnhakuvalmennus']);
    expect(suggest(terms, 'cafe')).toEqual(['Language cafés in libraries']);
  });
  it('waits for two letters, and does not repeat what is typed', () => {
    expect(suggest(terms, 'k')).toEqual([]);
    expect(suggest(terms, 'työnhaku')).toEqual(['Työnhakuvalmennus']);
  });
});

describe('did you mean', () => {
  it('counts edits, a swap of two letters as one', () => {
    expect(editDistance('apprentiseship', 'apprenticeship')).toBe(1);
    expect(editDistance('työkokelu', 'työkokeilu')).toBe(1);
    expect(editDistance('kahvila', 'kahlvia')).toBe(2);
    expect(editDistance('abc', 'xyzabc')).toBe(3);
  });
  it('offers the closest words of the catalogue for a word that found nothing', () => {
    expect(didYouMean(terms, 'apprentiseship')).toEqual(['apprenticeship']);
    expect(didYouMean(terms, 'työkokelu')).toEqual(['työkokeilu']);
    expect(didYouMean(terms, 'zzzzzz')).toEqual([]);
    expect(didYouMean(terms, 'two words')).toEqual([]);
  });
});
