import { describe, expect, it } from 'vitest';
import {
  buildSearchFiles,
  buildSearchIndex,
  count,
  facetSearch,
  fullSet,
  orderResults,
  positions,
  readSearchDates,
  readSearchIndex,
  setOf,
  type IndexedService,
} from './facet-index.ts';
import type { FilterKey, KnownValues, SearchState } from './search-state.ts';

const known: KnownValues = {
  municipality: ['helsinki', 'espoo', 'vantaa'],
  category: ['job-search-support', 'integration', 'work-trial'],
  situation: ['home-parent'],
  language: ['fi', 'en'],
  age: ['30-54'],
  mode: ['online', 'in-person'],
  access: ['step-free'],
  support: ['childcare'],
  audience: ['spouses'],
  cost: ['free', 'paid', 'other'],
  when: ['morning', 'daytime', 'evening', 'weekend'],
};
const keys = Object.keys(known) as FilterKey[];

const services: IndexedService[] = [
  { slug: 'a-coaching', updated: '2026-03-01', filters: { municipality: ['helsinki', 'espoo'], category: ['job-search-support'], cost: ['free'] } },
  { slug: 'b-course', updated: '2026-09-15', filters: { municipality: ['helsinki'], category: ['integration'], language: ['fi'], cost: ['paid'] } },
  { slug: 'c-trial', updated: '2026-09-15', filters: { municipality: ['vantaa'], category: ['work-trial', 'job-search-support'], cost: ['free'] } },
  { slug: 'd-cafe', updated: '2025-12-31', filters: { municipality: ['espoo'], category: ['integration'], mode: ['in-person'], cost: ['free'] } },
];
const index = readSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(services))));
const slugsOf = (set: Uint32Array) => positions(set).map((p) => index.slugs[p]);

/** What a search should give, computed the slow, obvious way from the service list. */
function naive(list: IndexedService[], filters: SearchState['filters'], base: Set<number>) {
  const matchesExcept = (service: IndexedService, position: number, without?: FilterKey) =>
    base.has(position) && keys.every((key) => key === without || !filters[key]?.length || filters[key].some((v) => service.filters[key]?.includes(v)));
  const matches = list.flatMap((s, i) => (matchesExcept(s, i) ? [s.slug] : []));
  const counts = Object.fromEntries(
    keys.map((key) => [
      key,
      Object.fromEntries(
        known[key].map((value) => [
          value,
          list.filter((s, i) => matchesExcept(s, i, filters[key]?.length ? key : undefined) && s.filters[key]?.includes(value)).length,
        ]),
      ),
    ]),
  );
  return { matches, counts };
}

describe('facet index', () => {
  it('answers filters with OR within a filter and AND across filters', () => {
    expect(slugsOf(facetSearch(index, { municipality: ['helsinki', 'vantaa'] }, known).matches)).toEqual(['a-coaching', 'b-course', 'c-trial']);
    expect(slugsOf(facetSearch(index, { municipality: ['helsinki', 'vantaa'], cost: ['free'] }, known).matches)).toEqual(['a-coaching', 'c-trial']);
    expect(slugsOf(facetSearch(index, {}, known).matches)).toEqual(['a-coaching', 'b-course', 'c-trial', 'd-cafe']);
    expect(slugsOf(facetSearch(index, { mode: ['online'] }, known).matches)).toEqual([]);
  });

  it('counts a selected filter without its own selection and the others within the matches', () => {
    const { counts } = facetSearch(index, { municipality: ['helsinki'], cost: ['free'] }, known);
    // municipality is selected: counted among the free services whatever their municipality.
    expect(counts.municipality).toEqual({ helsinki: 1, espoo: 2, vantaa: 1 });
    // cost is selected: counted among the Helsinki services.
    expect(counts.cost).toEqual({ free: 1, paid: 1, other: 0 });
    // category is not: counted within Helsinki ∧ free = a-coaching.
    expect(counts.category).toEqual({ 'job-search-support': 1, integration: 0, 'work-trial': 0 });
  });

  it('agrees with a naive count on random catalogues, filters and text matches', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (values: readonly string[], chance: number) => values.filter(() => random() < chance);
    for (let round = 0; round < 40; round++) {
      const size = 1 + Math.floor(random() * 140); // across word boundaries (32, 64, ...)
      const list: IndexedService[] = Array.from({ length: size }, (_, i) => ({
        slug: `s${i}`,
        updated: `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
        filters: Object.fromEntries(keys.map((key) => [key, pick(known[key], 0.4)])),
      }));
      const built = readSearchIndex(buildSearchIndex(list));
      const filters = Object.fromEntries(keys.map((key) => [key, pick(known[key], 0.25)]).filter(([, v]) => v!.length)) as SearchState['filters'];
      const base = new Set(list.flatMap((_, i) => (random() < 0.7 ? [i] : [])));
      const result = facetSearch(built, filters, known, setOf(size, base));
      const expected = naive(list, filters, base);
      expect(positions(result.matches).map((p) => built.slugs[p])).toEqual(expected.matches);
      expect(result.counts).toEqual(expected.counts);
      expect(count(result.matches)).toBe(expected.matches.length);
    }
  });

  it('orders by name, by most recently updated (ties by name) and by relevance within the matches', () => {
    const all = fullSet(index.size);
    const updated = readSearchDates(JSON.parse(JSON.stringify(buildSearchFiles(services).dates)), index);
    expect(orderResults(all, 'name').map((p) => index.slugs[p])).toEqual(['a-coaching', 'b-course', 'c-trial', 'd-cafe']);
    expect(orderResults(all, 'updated', { updated }).map((p) => index.slugs[p])).toEqual(['b-course', 'c-trial', 'a-coaching', 'd-cafe']);
    expect(() => orderResults(all, 'updated')).toThrow(/dates file/);
    const free = facetSearch(index, { cost: ['free'] }, known).matches;
    expect(orderResults(free, 'relevance', { relevance: [3, 1, 0] }).map((p) => index.slugs[p])).toEqual(['d-cafe', 'a-coaching']);
  });

  it('keeps bits past the last service clear and reads positions at word edges', () => {
    expect(count(fullSet(33))).toBe(33);
    expect(count(fullSet(64))).toBe(64);
    expect(positions(setOf(70, [0, 31, 32, 63, 69, 70, -1]))).toEqual([0, 31, 32, 63, 69]);
  });

  it('leaves out values no service has and stores dates as day numbers', () => {
    const { index: file, dates } = buildSearchFiles(services);
    expect(Object.keys(file.facets.mode ?? {})).toEqual(['in-person']);
    expect(file.facets.access).toBeUndefined();
    // The dates are a file of their own, which only the "recently updated" order loads.
    expect(file).not.toHaveProperty('updated');
    expect(dates.updated[0]).toBe(Date.UTC(2026, 2, 1) / 86_400_000);
    expect(dates.generation).toBe(file.generation);
    expect(() => readSearchIndex({ ...file, version: 2 as 1 })).toThrow(/search index/);
    expect(() => readSearchDates({ ...dates, updated: [] }, index)).toThrow(/dates file/);
    expect(() => readSearchDates({ ...dates, generation: '00000000' }, index)).toThrow(/dates file/);
  });

  it('names a generation that changes with the index', () => {
    const file = buildSearchIndex(services);
    expect(file.generation).toMatch(/^[0-9a-f]{8}$/);
    expect(buildSearchIndex(services).generation).toBe(file.generation);
    expect(buildSearchIndex(services.slice(1)).generation).not.toBe(file.generation);
    expect(buildSearchIndex([{ ...services[0]!, updated: '2026-03-02' }, ...services.slice(1)]).generation).not.toBe(file.generation);
  });
});
