import { describe, expect, it } from 'vitest';
import { fromJS, List } from 'immutable';
import { splitTexts, withTextsSplit } from './text-lists.js';

const keywords = { name: 'keywords', widget: 'list', field: { name: 'keywords', widget: 'string' } };

describe('a list of plain texts on save', () => {
  it('splits each comma list into texts, trimmed, without empties or repeats (in any letter case)', () => {
    expect(splitTexts(['kirjasto', 'suomen kieli, keskustelu,iltakurssi', ' ', 'Kirjasto', 'keskustelu,, ', 'CV'])).toEqual([
      'kirjasto',
      'suomen kieli',
      'keskustelu',
      'iltakurssi',
      'CV',
    ]);
    expect(splitTexts([])).toEqual([]);
  });

  it("works on Decap's values (Immutable Lists) and keeps the very same value when nothing changes", () => {
    const typed = List(['kahvila', 'suomen kieli, keskustelu, iltakurssi']);
    const split = withTextsSplit(keywords, typed);
    expect(List.isList(split)).toBe(true);
    expect(split.toJS()).toEqual(['kahvila', 'suomen kieli', 'keskustelu', 'iltakurssi']);
    const plain = List(['kahvila', 'kirjasto']);
    expect(withTextsSplit(keywords, plain)).toBe(plain);
  });

  it('finds lists of plain texts inside objects and lists of objects; other fields are left alone', () => {
    const field = {
      name: 'places',
      widget: 'list',
      fields: [
        { name: 'name', widget: 'string' },
        { name: 'tags', widget: 'list', field: { name: 'tags', widget: 'string' } },
      ],
    };
    const value = fromJS([{ name: 'Oodi, Töölö', tags: ['a, b'] }, { name: 'Sello' }]);
    expect(withTextsSplit(field, value).toJS()).toEqual([{ name: 'Oodi, Töölö', tags: ['a', 'b'] }, { name: 'Sello' }]);
    const name = { name: 'name', widget: 'string' };
    expect(withTextsSplit(name, 'Oodi, Töölö')).toBe('Oodi, Töölö');
  });
});
