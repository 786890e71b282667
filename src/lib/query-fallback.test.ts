import { describe, expect, it } from 'vitest';
import { matchesQueryWords, meaningfulQuery, queryForms, shortenedQueries, usNounBaseForm } from './query-fallback.ts';
import { compoundVocabulary } from './search-terms.ts';

describe('shorter forms of a search that found nothing', () => {
  it('drops one to four letters from the longest word, keeping at least six', () => {
    expect(shortenedQueries('kielikahviloita')).toEqual(['kielikahviloit', 'kielikahviloi', 'kielikahvilo', 'kielikahvil']);
    expect(shortenedQueries('suomen uravalmennusta')).toEqual(['suomen uravalmennust', 'suomen uravalmennus', 'suomen uravalmennu', 'suomen uravalmenn']);
    expect(shortenedQueries('työkokelu')).toEqual(['työkokel', 'työkoke', 'työkok']);
  });
  it('splits a compound into its parts last, whatever was found before, when the locale has parts', () => {
    const vocabulary = compoundVocabulary(['kieli', { kielen: 'kieli' }, 'kurssi', 'kahvila']);
    expect(queryForms('kielikursseja', vocabulary)).toEqual([
      { query: 'kielikursseja', whenFew: false },
      ...['kielikurssej', 'kielikursse', 'kielikurss', 'kielikurs'].map((query) => ({ query, whenFew: true })),
      { query: 'kiel kurss', whenFew: false },
    ]);
    expect(queryForms('Suomen kielikurssi', vocabulary).at(-1)!.query).toBe('Suomen kiel kurss');
    // Parts with ä and ö, as the index splits them.
    const finnish = compoundVocabulary(['työ', { työn: 'työ' }, 'yrittäjä', 'kurssi', 'kokeilu']);
    expect(queryForms('yrittäjäkursseja', finnish).at(-1)!.query).toBe('yrittäj kurss');
    expect(queryForms('työnkokeiluun', finnish).at(-1)!.query).toBe('työ kokeil');
    expect(queryForms('kurssi', vocabulary)).toEqual([{ query: 'kurssi', whenFew: false }]);
  });
  it('tries the base forms of inflected nouns in -us first, then the search as typed, then its shortenings', () => {
    const queries = (q: string) => queryForms(q).map((form) => form.query);
    expect(queries('työnhakuvalmennukseen').slice(0, 3)).toEqual(['työnhakuvalmennus', 'työnhakuvalmennukseen', 'työnhakuvalmennuksee']);
    expect(queries('koulutuksia nuorille')[0]).toBe('koulutus nuorille');
    expect(queries('kielikahvila')).toEqual(['kielikahvila', 'kielikahvil', 'kielikahvi', 'kielikahv', 'kielikah']);
    expect(usNounBaseForm('kysymyksiin')).toBe('kysymys');
    expect(usNounBaseForm('tilaisuuksissa')).toBe('tilaisuus');
    // Not every -ks- is a noun in -us: a translative, or a word that is already a base form.
    expect(usNounBaseForm('yrittäjäksi')).toBeUndefined();
    expect(usNounBaseForm('valmennus')).toBeUndefined();
    expect(usNounBaseForm('palveluksi')).toBeUndefined();
    expect(usNounBaseForm('kouluksi')).toBeUndefined();
    expect(usNounBaseForm('koulutukseen?')).toBe('koulutus');
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
    expect(matchesQueryWords('studying', 'Language studies', [1])).toBe(true);
    expect(matchesQueryWords('internship', 'International House', [0])).toBe(true);
  });
  it('refuses a match on a part of a compound that is less than half of the word', () => {
    expect(matchesQueryWords('kielikursseja', 'Kieli ja kulttuuri', [0])).toBe(false);
    expect(matchesQueryWords('työkokelu', 'Työ ja koulutus', [0])).toBe(false);
  });
});

describe('the words of a search that can find something', () => {
  const ignored = new Set(['where', 'can', 'i', 'miten', 'apua']);
  it('leaves out ignored words, whatever their case, unless nothing else is left', () => {
    expect(meaningfulQuery('Where can I learn Finnish', ignored)).toBe('learn Finnish');
    expect(meaningfulQuery('where can', ignored)).toBe('where can');
    expect(meaningfulQuery('  työkokeilu  ', ignored)).toBe('työkokeilu');
  });
  it('reads an abbreviation with a Finnish case ending as the abbreviation', () => {
    expect(meaningfulQuery('apua CV:n tekoon', ignored)).toBe('CV tekoon');
    expect(meaningfulQuery('TE-toimiston', ignored)).toBe('TE-toimiston');
  });
});
