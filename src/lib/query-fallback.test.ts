import { describe, expect, it } from 'vitest';
import { matchesQueryWords, meaningfulQuery, placesIn, searchWordsOf, usNounBaseForm, wordForms } from './query-fallback.ts';
import { compoundVocabulary } from './search-terms.ts';

describe('the forms one word of a search is searched in', () => {
  it('adds the compound parts, as the index splits them, each part without its last letter', () => {
    const vocabulary = compoundVocabulary(['kieli', { kielen: 'kieli' }, 'kurssi', 'kahvila']);
    expect(wordForms('kielikursseja', vocabulary)).toEqual(['kielikursseja', 'kielikurss', 'kiel kurss']);
    const finnish = compoundVocabulary(['työ', { työn: 'työ' }, 'yrittäjä', 'kurssi', 'kokeilu']);
    expect(wordForms('yrittäjäkursseja', finnish).at(-1)).toBe('yrittäj kurss');
    expect(wordForms('työnkokeiluun', finnish).at(-1)).toBe('työ kokeil');
  });
  it('adds the Finnish form key, which the index has for every form of its words', () => {
    expect(wordForms('palkkatuesta')).toEqual(['palkkatuesta', 'palkkatu']);
    expect(wordForms('töihin')).toEqual(['töihin', 'työ']);
    expect(wordForms('opistoon')).toEqual(['opistoon', 'opist']);
    expect(wordForms('Kieli')).toEqual(['Kieli', 'kiel']);
  });
  it('adds the base form of an inflected noun in -us', () => {
    expect(wordForms('työnhakuvalmennukseen')).toContain('työnhakuvalmennus');
    expect(usNounBaseForm('kysymyksiin')).toBe('kysymys');
    expect(usNounBaseForm('tilaisuuksissa')).toBe('tilaisuus');
    // Not every -ks- is a noun in -us: a translative, or a word that is already a base form.
    expect(usNounBaseForm('yrittäjäksi')).toBeUndefined();
    expect(usNounBaseForm('valmennus')).toBeUndefined();
    expect(usNounBaseForm('palveluksi')).toBeUndefined();
    expect(usNounBaseForm('kouluksi')).toBeUndefined();
    expect(usNounBaseForm('koulutukseen?')).toBe('koulutus');
  });
  it('leaves short words as typed', () => {
    expect(wordForms('cv')).toEqual(['cv']);
    expect(wordForms('kela')).toEqual(['kela', 'kel']);
  });
});

describe('the words of a search, and the places it names', () => {
  const places = [
    { id: 'helsinki', label: 'Helsinki' },
    { id: 'espoo', label: 'Espoo' },
    { id: 'vantaa', label: 'Vantaa' },
    { id: 'porvoo', label: 'Porvoo' },
  ];
  it('finds a municipality named in any form, in either language', () => {
    expect(placesIn('suomen kurssi vantaalla', places)).toEqual(['vantaa']);
    expect(placesIn('Finnish course in Espoo', places)).toEqual(['espoo']);
    expect(placesIn('helsingissä ja espoossa', places)).toEqual(['helsinki', 'espoo']);
    expect(placesIn('porvoo', places)).toEqual(['porvoo']);
    expect(placesIn('työkokeilu', places)).toEqual([]);
  });
  it('keeps words in double quotes exact', () => {
    expect(searchWordsOf('linkdin "workshp" cv')).toEqual([
      { word: 'linkdin', exact: false },
      { word: 'workshp', exact: true },
      { word: 'cv', exact: false },
    ]);
    expect(searchWordsOf('"a b" - ?')).toEqual([
      { word: 'a', exact: true },
      { word: 'b', exact: true },
    ]);
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
    // A long word matching only its first part is another word (a typo in "kotoutumiskoulutus"), but a long ending is not.
    expect(matchesQueryWords('kotoutumiskoulutsu', 'Kotoutumisen tuki', [0])).toBe(false);
    expect(matchesQueryWords('kotoutumiskoulutukseen', 'Kotoutumiskoulutus', [0])).toBe(true);
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
