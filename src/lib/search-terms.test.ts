import { describe, expect, it } from 'vitest';
import { compoundTerms, compoundVocabulary, formKeyTerms, MAX_SYNONYM_PHRASES, MAX_TEXT_WORDS, splitCompound, synonymTerms, wordsOf } from './search-terms.ts';
import { synonymsFile } from '../schemas/synonyms.ts';

const vocabulary = compoundVocabulary(['kieli', 'kahvila', 'haku', 'valmennus', { työn: 'työ', kotoutumis: 'kotoutuminen' }, 'koulutus']);

describe('words added to the search index', () => {
  it('splits Finnish compounds into known parts, the first part in its compound form', () => {
    expect(splitCompound('kielikahvila', vocabulary)).toEqual(['kieli', 'kahvila']);
    expect(splitCompound('työnhakuvalmennus', vocabulary)).toEqual(['työ', 'haku', 'valmennus']);
    expect(splitCompound('kotoutumiskoulutus', vocabulary)).toEqual(['kotoutuminen', 'koulutus']);
    // An inflected last part: the partitive plural of "kielikahvila".
    expect(splitCompound('kielikahviloita', vocabulary)).toEqual(['kieli', 'kahvila']);
    expect(splitCompound('kahvila', vocabulary)).toBeUndefined();
    expect(splitCompound('kirjasto', vocabulary)).toBeUndefined();
  });

  it('adds the parts a text does not already have', () => {
    expect(compoundTerms(wordsOf('Kirjastojen kielikahvilat ja kieli'), vocabulary)).toEqual(['kahvila']);
    expect(compoundTerms(wordsOf('Työnhakuvalmennus'), compoundVocabulary([]))).toEqual([]);
  });

  it('adds synonyms both ways for `same`, one way for `search`/`finds`, matching words by their start', () => {
    const { synonyms } = synonymsFile.parse({
      synonyms: [{ same: ['pay subsidy', 'wage subsidy'] }, { search: ['toddler', 'toddlers'], finds: ['small children'] }],
    });
    expect(synonymTerms(wordsOf('Pay subsidy for employers'), synonyms)).toEqual(['wage subsidy']);
    expect(synonymTerms(wordsOf('A club for parents and small children.'), synonyms)).toEqual(['toddler', 'toddlers']);
    // One way only: a text about toddlers does not gain "small children".
    expect(synonymTerms(wordsOf('Toddlers welcome'), synonyms)).toEqual([]);
    expect(synonymTerms(wordsOf('Nothing related'), synonyms)).toEqual([]);
  });

  it('refuses a malformed file with what was expected', () => {
    const result = synonymsFile.safeParse({ synonyms: [{ same: ['alone'] }, { search: ['x'] }], compoundParts: ['Iso Kirjain'] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual([
      'synonyms.0.same: list at least two words that mean the same',
      'synonyms.1: expected `same: [words]`, or `search: [words]` with `finds: [words]`',
      'compoundParts.0: a part is one word in lower case',
    ]);
  });
});

describe('bounds on the words added', () => {
  it('adds at most MAX_SYNONYM_PHRASES synonyms to a page, however many entries match', () => {
    const { synonyms } = synonymsFile.parse({
      synonyms: Array.from({ length: 200 }, (_, i) => ({ search: [`sana${i}`, `toinen${i}`], finds: ['kurssi'] })),
    });
    expect(synonymTerms(wordsOf('Suomen kurssi'), synonyms)).toHaveLength(MAX_SYNONYM_PHRASES);
  });

  it('splits no word longer than a Finnish word can be, so one hostile word costs nothing', () => {
    const hostile = 'kieli'.repeat(3_200);
    expect(compoundTerms(wordsOf(`${hostile} kielikahvila`), vocabulary)).toEqual(['kieli', 'kahvila']);
    // Unbounded, splitting this 16,000-letter word took tens of seconds: the test's time limit would fail it.
    expect(hostile.length).toBe(16_000);
    expect(wordsOf('sana '.repeat(MAX_TEXT_WORDS + 10))).toHaveLength(MAX_TEXT_WORDS);
  });

  it('adds the form keys Pagefind would not reach by a word’s start', () => {
    expect(formKeyTerms(wordsOf('Pääsy töihin ja rannan kautta kieleen'))).toEqual(expect.arrayContaining(['työ', 'rant']));
    // "kiel" starts "kieleen": Pagefind finds it by its start already.
    expect(formKeyTerms(wordsOf('kieleen'))).toEqual([]);
  });
});
