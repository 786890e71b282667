import { describe, expect, it } from 'vitest';
import { compoundTerms, compoundVocabulary, splitCompound, synonymTerms, wordsOf } from './search-terms.ts';
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
