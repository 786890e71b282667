import { describe, expect, it } from 'vitest';
import { availableIn, byName, expandMunicipalities, groupByTerms, initialOf, isBuilt, isInOpenData, matchesFilters, serviceFilterValues } from './catalogue.ts';
import type { ServiceData } from '../schemas/service.ts';

describe('catalogue rules', () => {
  it('builds published and outdated services only', () => {
    expect(['draft', 'published', 'outdated', 'archived'].filter((s) => isBuilt(s as never))).toEqual(['published', 'outdated']);
    expect(['draft', 'published', 'outdated', 'archived'].filter((s) => isInOpenData(s as never))).toEqual(['published']);
  });
  it('expands "all" municipalities in taxonomy order', () => {
    expect(expandMunicipalities(['all'], ['helsinki', 'espoo'])).toEqual(['helsinki', 'espoo']);
    expect(expandMunicipalities(['espoo', 'helsinki'], ['helsinki', 'espoo', 'vantaa'])).toEqual(['helsinki', 'espoo']);
    expect(availableIn({ municipalities: ['all'] }, 'hanko')).toBe(true);
    expect(availableIn({ municipalities: ['espoo'] }, 'hanko')).toBe(false);
  });
  it('sorts Finnish names with Ä and Ö after Z', () => {
    const names = [{ name: 'Öljy' }, { name: 'Ääni' }, { name: 'Zeta' }, { name: 'auto' }];
    expect(names.sort(byName('fi')).map((n) => n.name)).toEqual(['auto', 'Zeta', 'Ääni', 'Öljy']);
  });
  it('groups items under each of their terms, in term order, without empty groups', () => {
    const items = [{ n: 1, t: ['b'] }, { n: 2, t: ['a', 'b'] }];
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

describe('filter sets', () => {
  const field = (param: string) => ({ situation: 'situations', mode: 'modes' })[param] ?? param;
  const service = { municipalities: ['espoo'], cost: 'free' as const, situations: ['home-parent'], modes: ['online'] };
  it('ORs values within a filter and ANDs filters', () => {
    expect(matchesFilters(service, { situation: ['home-parent', 'young-adult'] }, field)).toBe(true);
    expect(matchesFilters(service, { situation: ['home-parent'], mode: ['in-person'] }, field)).toBe(false);
    expect(matchesFilters(service, { municipality: ['helsinki', 'espoo'], cost: ['free'] }, field)).toBe(true);
    expect(matchesFilters(service, { cost: ['paid'] }, field)).toBe(false);
  });
  it('matches every municipality for "all"', () => {
    expect(matchesFilters({ ...service, municipalities: ['all'] }, { municipality: ['hanko'] }, field)).toBe(true);
  });
});

describe('search filter values', () => {
  const data = {
    municipalities: ['all'],
    categories: ['integration'],
    situations: ['home-parent'],
    languages: ['fi', 'en'],
    modes: ['online'],
    ages: [],
    audiences: ['spouses'],
    cost: 'free',
  } as unknown as ServiceData;
  it('gives every filter by URL name, "all" municipalities expanded, cost as a one-value filter', () => {
    expect(serviceFilterValues(data, ['helsinki', 'espoo'])).toEqual({
      municipality: ['helsinki', 'espoo'],
      category: ['integration'],
      situation: ['home-parent'],
      language: ['fi', 'en'],
      mode: ['online'],
      access: [],
      age: [],
      audience: ['spouses'],
      cost: ['free'],
    });
  });
  it('matches exactly where matchesFilters does, so the search and life-situation lists agree', () => {
    const values = serviceFilterValues(data, ['helsinki', 'espoo']);
    const field = (param: string) => ({ municipality: 'municipalities', category: 'categories', situation: 'situations', language: 'languages', mode: 'modes', access: 'accessibility', age: 'ages', audience: 'audiences' })[param] ?? param;
    for (const filters of [{ municipality: ['espoo'] }, { category: ['job-search-support'] }, { mode: ['online'], cost: ['paid'] }, { language: ['en', 'sv'] }] as Record<string, string[]>[]) {
      const bySearch = Object.entries(filters).every(([param, wanted]) => wanted.some((id) => values[param as keyof typeof values].includes(id)));
      expect(bySearch).toBe(matchesFilters(data, filters, field));
    }
  });
});
