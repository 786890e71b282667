import { describe, expect, it } from 'vitest';
import { byName, groupByTerms, initialOf, isBuilt, isInOpenData } from './catalogue.ts';

describe('catalogue rules', () => {
  it('builds published and outdated services only', () => {
    expect(['draft', 'published', 'outdated', 'archived'].filter((s) => isBuilt(s as never))).toEqual(['published', 'outdated']);
    expect(['draft', 'published', 'outdated', 'archived'].filter((s) => isInOpenData(s as never))).toEqual(['published']);
  });
  it('sorts Finnish names with Ä and Ö after Z', () => {
    const names = [{ name: 'Öljy' }, { name: 'Ääni' }, { name: 'Zeta' }, { name: 'auto' }];
    expect(names.sort(byName('fi')).map((n) => n.name)).toEqual(['auto', 'Zeta', 'Ääni', 'Öljy']);
  });
  it('groups items under each of their terms, in term order, without empty groups', () => {
    const items = [
      { n: 1, t: ['b'] },
      { n: 2, t: ['a', 'b'] },
    ];
    expect(groupByTerms(items, ['a', 'b', 'c'], (i) => i.t)).toEqual([
      { id: 'a', items: [items[1]] },
      { id: 'b', items: [items[0], items[1]] },
    ]);
  });
  it('files names under their first letter, symbols under #', () => {
    expect(initialOf('ääni', 'fi')).toBe('Ä');
    expect(initialOf('3D printing', 'en')).toBe('#');
  });
});
