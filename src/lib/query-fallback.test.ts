import { describe, expect, it } from 'vitest';
import { matchesQueryWords, queryForms, shortenedQueries, usNounBaseForm } from './query-fallback.ts';

describe('shorter forms of a search that found nothing', () => {
  it('drops one to four letters from the longest word, keeping at least six', () => {
    expect(shortenedQueries('kielikahviloita')).toEqual(['kielikahviloit', 'kielikahviloi', 'kielikahvilo', 'kielikahvil']);
    expect(shortenedQueries('suomen uravalmennusta')).toEqual(['suomen uravalmennust', 'suomen uravalmennus', 'suomen uravalmennu', 'suomen uravalmenn']);
    expect(shortenedQueries('työkokelu')).toEqual(['työkokel', 'työkoke', 'työkok']);
  });
  it('tries the base forms of inflected nouns in -us first, then the search as typed, then its shortenings', () => {
    expect(queryForms('työnhakuvalmennukseen').slice(0, 3)).toEqual(['työnhakuvalmennus', 'työnhakuvalmennukseen', 'työnhakuvalmennuksee']);
    expect(queryForms('koulutuksia nuorille')[0]).toBe('koulutus nuorille');
    expect(queryForms('kielikahvila')).toEqual(['kielikahvila', 'kielikahvil', 'kielikahvi', 'kielikahv', 'kielikah']);
    expect(usNounBaseForm('kysymyksiin')).toBe('kysymys');
    expect(usNounBaseForm('tilaisuuksissa')).toBe('tilaisuus');
    // Not every -ks- is a noun in -us: a translative, or a word that is already a base form.
    expect(usNounBaseForm('yrittäjäksi')).toBeUndefined();
    expect(usNounBaseForm('valmennus')).toBeUndefined();
  });
  it('leaves short words alone', () => {
    expect(shortenedQueries('kela')).toEqual([]);
    expect(shortenedQueries('cv apua')).toEqual([]);
    expect(shortenedQueries('')).toEqual([]);
  });
});

describe('a real match, not only a short prefix of a word', () => {
  const content = 'Coaching for parents who want to return to work after family leave';
  it('refuses a result that matched only a short word the query starts with', () => {
    // "toddler" is in no page; Pagefind matched "to".
    expect(matchesQueryWords('toddler', content, [5, 7])).toBe(false);
  });
  it('accepts stemmed, inflected and accented matches, and short query words as they are', () => {
    expect(matchesQueryWords('parent', content, [2])).toBe(true);
    expect(matchesQueryWords('language cafes', 'Language cafés in libraries', [0, 1])).toBe(true);
    expect(matchesQueryWords('kahviloita', 'Kirjastojen kielikahvilat (kahvila)', [2])).toBe(true);
    expect(matchesQueryWords('cv', content, [])).toBe(true);
  });
});
