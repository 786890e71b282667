import { describe, expect, it } from 'vitest';
import {
  expandAll,
  facetOfTaxonomy,
  facets,
  filterKeys,
  hasValue,
  knownValuesFrom,
  movedFacet,
  panelOrder,
  filterPanelOrder,
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
  support: ['childcare', 'interpreter'],
  ages: ['30-54'],
  audiences: ['spouses'],
  dayparts: ['morning', 'daytime', 'evening', 'weekend'],
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
    expect(filterKeys).toEqual(['municipality', 'category', 'situation', 'language', 'mode', 'access', 'support', 'age', 'audience', 'cost', 'when']);
    expect(taxonomyNames).toEqual([
      'municipalities',
      'categories',
      'situations',
      'languages',
      'modes',
      'accessibility',
      'support',
      'ages',
      'audiences',
      'dayparts',
    ]);
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
      support: [],
      age: [],
      audience: ['spouses'],
      cost: ['free'],
      when: [],
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

  it('filters by when a service runs: several day parts per service, none where its text does not say', () => {
    const services = [service, { ...service, dayparts: ['evening', 'weekend'] }, { ...service, dayparts: ['morning'] }];
    const pick = (query: string) =>
      filterItems(services, (s) => serviceFacetValues(s, known), parseSearchParams(query, known).state.filters, known).map((s) => services.indexOf(s));
    expect(pick('when=evening')).toEqual([1]);
    expect(pick('when=morning,weekend')).toEqual([1, 2]);
    expect(serializeSearchState(parseSearchParams('when=weekend,evening&cost=free', known).state, known)).toBe('cost=free&when=evening,weekend');
  });

  it('builds every search link with the canonical codec: fixed parameter order, values in taxonomy order', () => {
    expect(searchHref('fi', { filters: { language: ['en', 'fi'], municipality: ['espoo'] } }, known)).toBe('/fi/services/?municipality=espoo&language=fi,en');
    expect(searchHref('en', {}, known)).toBe('/en/services/');
  });

  it('adding a facet is one entry (plus its taxonomy file and strings): URL codec, index and counts follow', () => {
    const region: FacetDefinition = { param: 'region', field: 'regions', taxonomy: 'regions' };
    const registry = [...facets, region];
    const extendedKnown = knownValuesFrom({ ...ids, regions: ['uusimaa', 'pirkanmaa'] } as typeof ids, registry) as KnownValues & {
      region: readonly string[];
    };
    expect(extendedKnown.region).toEqual(['uusimaa', 'pirkanmaa']);

    const parsed = parseSearchParams('region=uusimaa&region=nope', extendedKnown);
    expect(parsed.state.filters).toEqual({ region: ['uusimaa'] });
    expect(parsed.ignored).toEqual([{ param: 'region', value: 'nope', reason: 'unknown-value' }]);
    expect(serializeSearchState(parsed.state, extendedKnown)).toBe('region=uusimaa');

    const withRegion = [{ ...service, regions: ['uusimaa'] }, { ...service, regions: ['pirkanmaa'] }, service];
    const index = readSearchIndex(
      buildSearchIndex(withRegion.map((s, i) => ({ slug: `s${i}`, updated: '2026-01-01', filters: serviceFacetValues(s, extendedKnown, registry) }))),
    );
    const result = facetSearch(index, parsed.state.filters, extendedKnown);
    expect(positions(result.matches)).toEqual([0]);
    expect((result.counts as Record<string, Record<string, number>>)['region']).toEqual({ uusimaa: 1, pirkanmaa: 1 });
  });

  it('reads a value that moved to another facet as that facet’s, so old links keep working', () => {
    expect(movedFacet('access', 'childcare')).toBe('support');
    expect(movedFacet('access', 'step-free')).toBeUndefined();
    const parsed = parseSearchParams('category=integration&access=childcare,step-free', known);
    expect(parsed.state.filters).toEqual({ category: ['integration'], access: ['step-free'], support: ['childcare'] });
    expect(parsed.ignored).toEqual([]);
    expect(serializeSearchState(parsed.state, known)).toBe('category=integration&access=step-free&support=childcare');
  });
});

describe('the filter panel order', () => {
  it('puts place, cost, language and when first, then the rest in registry order', () => {
    expect(filterPanelOrder.slice(0, 4)).toEqual(['municipality', 'cost', 'language', 'when']);
    expect(filterPanelOrder.slice(4)).toEqual(filterKeys.filter((key) => !['municipality', 'cost', 'language', 'when'].includes(key)));
    expect([...filterPanelOrder].sort()).toEqual([...filterKeys].sort());
  });
  it('follows the registry: a ranked facet added in a test moves up', () => {
    const registry: FacetDefinition[] = [
      { param: 'a', field: 'a' },
      { param: 'b', field: 'b', panelRank: 2 },
      { param: 'c', field: 'c', panelRank: 1 },
    ];
    expect(panelOrder(registry)).toEqual(['c', 'b', 'a']);
  });
});
