/** Pure catalogue logic shared by pages, open-data exports and tests. */
import { ALL_MUNICIPALITIES, type ServiceData } from '../schemas/service.ts';
import type { PublicationStatus } from '../schemas/common.ts';
import { taxonomyNames } from '../schemas/vocabulary.ts';
import { filterParams, type FilterParam } from './search-url.ts';

/** Statuses that get a page. Drafts never do; archived services are not built at all. */
export function isBuilt(status: PublicationStatus): boolean {
  return status === 'published' || status === 'outdated';
}

/** Statuses listed in open data (outdated information is not republished). */
export function isInOpenData(status: PublicationStatus): boolean {
  return status === 'published';
}

/** The municipality ids a service is available in, with "all" expanded to every municipality. */
export function expandMunicipalities(listed: readonly string[], all: readonly string[]): string[] {
  return listed.includes(ALL_MUNICIPALITIES) ? [...all] : all.filter((id) => listed.includes(id));
}

/**
 * A service's values for every search filter, by URL parameter name: taxonomy ids ("all" municipalities expanded)
 * and its cost type. What the search index (src/lib/facet-index.ts) is built from.
 */
export function serviceFilterValues(service: ServiceData, allMunicipalities: readonly string[]): Record<FilterParam, string[]> {
  const values = Object.fromEntries(
    taxonomyNames.map((name) => [filterParams[name], name === 'municipalities' ? expandMunicipalities(service.municipalities, allMunicipalities) : [...(service[name] ?? [])]]),
  );
  return { ...values, cost: [service.cost] } as Record<FilterParam, string[]>;
}

export function availableIn(service: Pick<ServiceData, 'municipalities'>, municipality: string): boolean {
  return service.municipalities.includes(ALL_MUNICIPALITIES) || service.municipalities.includes(municipality);
}

/** Locale-aware alphabetical order by name (Finnish puts Å, Ä, Ö last). */
export function byName<T extends { name: string }>(locale: string) {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a: T, b: T) => collator.compare(a.name, b.name);
}

/**
 * Groups items under the terms they carry, in taxonomy order, leaving out empty groups.
 * An item with several terms appears in each of their groups.
 */
export function groupByTerms<T>(
  items: readonly T[],
  termIds: readonly string[],
  termsOf: (item: T) => readonly string[],
): { id: string; items: T[] }[] {
  return termIds
    .map((id) => ({ id, items: items.filter((item) => termsOf(item).includes(id)) }))
    .filter((group) => group.items.length > 0);
}

/** First letter for the A-Z list; digits and symbols go under "#". */
export function initialOf(name: string, locale: string): string {
  const first = name.trim().charAt(0).toLocaleUpperCase(locale);
  return /\p{L}/u.test(first) ? first : '#';
}

/**
 * Whether a service matches a filter set in the search URL's terms: values OR within a filter, filters AND across,
 * "all" municipalities matching every municipality. The same rule Pagefind applies to the indexed filter values.
 */
export function matchesFilters(
  service: Pick<ServiceData, 'municipalities' | 'cost'> & Partial<Record<string, unknown>>,
  filters: Partial<Record<string, readonly string[] | undefined>>,
  fieldOf: (param: string) => string,
): boolean {
  return Object.entries(filters).every(([param, wanted]) => {
    if (!wanted || wanted.length === 0) return true;
    if (param === 'cost') return wanted.includes(service.cost);
    if (param === 'municipality') return wanted.some((id) => availableIn(service, id));
    const values = (service[fieldOf(param)] as readonly string[] | undefined) ?? [];
    return wanted.some((id) => values.includes(id));
  });
}
