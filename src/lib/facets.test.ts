import { describe, expect, it } from 'vitest';
import {
  expandAll,
  facetOfTaxonomy,
  facets,
  filterKeys,
  hasValue,
  knownValuesFrom,
  serviceFacetValues,
  taxonomyNames,
  type FacetDefinition,
  type KnownValues,
} from './facets.ts';
import { parseSearchParams, serializeSearchState, searchHref } from './search-state.ts';
import { buildSearchIndex, facetSearch, filterItems, positions, readSearchIndex } from './facet-index.ts';

const ids = {
  municipalities: ['helsinki', 'espoo', 'hanko'],
  categories: ['integration', 'job-search-support'],
  situations: ['home-parent', 'young-adult'],
  languages: ['fi', 'en', 'sv'],
  modes: ['online', 'in-person'],
  accessibility: ['step-free'],
  ages: ['30-54'],
  audiences: ['spouses'],
};
const known = knownValuesFrom(ids);
const service = {
  municipalities: ['all'],
  categories: ['integration'],
  situations: ['home-parent'],
  languages: ['fi', 'en'],
  modes: ['online'],
  ages: [],
  audiences: ['spouses'],
  cost: 'free',
};

describe('the facet registry', () => {
  it('declares each facet once; the taxonomies, URL parameters and known values all come from it', () => {
    expect(filterKeys).toEqual(['municipality', 'category', 'situation', 'language', 'mode', 'access', 'age', 'audience', 'cost']);
    expect(taxonomyNames).toEqual(['municipalities', 'categories', 'situations', 'languages', 'modes', 'accessibility', 'ages', 'audiences']);
    expect(Object.keys(known)).toEqual(filterKeys);
    expect(known.cost).toEqual(['free', 'paid', 'other']);
    expect(facetOfTaxonomy('accessibility').param).toBe('access');
  });

  it('reads a service\'s values per facet: "all" expanded in taxonomy order, a missing field as none, cost as one value', () => {
    expect(serviceFacetValues(service, known)).toEqual({
      municipality: ['helsinki', 'espoo', 'hanko'],
      category: ['integration'],
      situation: ['home-parent'],
      language: ['fi', 'en'],
      mode: ['online'],
      access: [],
      age: [],
      audience: ['spouses'],
      cost: ['free'],
    });
    expect(expandAll(['espoo', 'helsinki'], ids.municipalities)).toEqual(['helsinki', 'espoo']);
    expect(hasValue(service, facetOfTaxonomy('municipalities'), 'hanko')).toBe(true);
    expect(hasValue({ ...service, municipalities: ['espoo'] }, facetOfTaxonomy('municipalities'), 'hanko')).toBe(false);
  });

  it('has one filter engine: a filter set selects the same services on a life-situation page as in the search', () => {
    const services = [
      service,
      { ...service, municipalities: ['espoo'], cost: 'paid', modes: ['in-person'] },
      { ...service, situations: ['young-adult'], languages: ['sv'] },
    ];
    const pick = (query: string) =>
      filterItems(services, (s) => serviceFacetValues(s, known), parseSearchParams(query, known).state.filters, known).map((s) => services.indexOf(s));
    expect(pick('situation=home-parent,young-adult')).toEqual([0, 1, 2]);
    expect(pick('situation=home-parent&mode=in-person')).toEqual([1]);
    expect(pick('municipality=hanko')).toEqual([0, 2]);
    expect(pick('cost=paid&municipality=helsinki')).toEqual([]);
  });

  it('builds every search link with the canonical codec: fixed parameter order, values in taxonomy order', () => {
    expect(searchHref('fi', { filters: { language: ['en', 'fi'], municipality: ['espoo'] } }, known)).toBe('/fi/services/?municipality=espoo&language=fi,en');
    expect(searchHref('en', {}, known)).toBe('/en/services/');
  });

  it('adding a facet is one entry (plus its taxonomy file and strings): URL codec, index and counts follow', () => {
    const support: FacetDefinition = { param: 'support', field: 'support', taxonomy: 'support' };
    const registry = [...facets, support];
    const extendedKnown = knownValuesFrom({ ...ids, support: ['childcare', 'interpreter'] } as typeof ids, registry) as KnownValues & {
      support: readonly string[];
    };
    expect(extendedKnown.support).toEqual(['childcare', 'interpreter']);

    const parsed = parseSearchParams('support=childcare&support=nope', extendedKnown);
    expect(parsed.state.filters).toEqual({ support: ['childcare'] });
    expect(parsed.ignored).toEqual([{ param: 'support', value: 'nope', reason: 'unknown-value' }]);
    expect(serializeSearchState(parsed.state, extendedKnown)).toBe('support=childcare');

    const withSupport = [{ ...service, support: ['childcare'] }, { ...service, support: ['interpreter'] }, service];
    const index = readSearchIndex(
      buildSearchIndex(withSupport.map((s, i) => ({ slug: `s${i}`, updated: '2026-01-01', filters: serviceFacetValues(s, extendedKnown, registry) }))),
    );
    const result = facetSearch(index, parsed.state.filters, extendedKnown);
    expect(positions(result.matches)).toEqual([0]);
    expect((result.counts as Record<string, Record<string, number>>)['support']).toEqual({ childcare: 1, interpreter: 1 });
  });
});
