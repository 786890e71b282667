/** Pure catalogue logic shared by pages, open-data exports and tests. */
import type { PublicationStatus } from '../schemas/common.ts';

/** Statuses that get a page. Drafts never do; archived services are not built at all. */
export function isBuilt(status: PublicationStatus): boolean {
  return status === 'published' || status === 'outdated';
}

/** Statuses listed in open data (outdated information is not republished). */
export function isInOpenData(status: PublicationStatus): boolean {
  return status === 'published';
}

/** Locale-aware alphabetical order by name (Finnish puts Å, Ä, Ö last). */
export function byName<T extends { name: string }>(locale: string) {
  const collator = nameCollator(locale);
  return (a: T, b: T) => collator.compare(a.name, b.name);
}

/** The one order of names on the site: the locale's alphabet, case and accents aside, numbers by value. */
export function nameCollator(locale: string): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}

/**
 * Groups items under the terms they carry, in taxonomy order, leaving out empty groups.
 * An item with several terms appears in each of their groups.
 */
export function groupByTerms<T>(items: readonly T[], termIds: readonly string[], termsOf: (item: T) => readonly string[]): { id: string; items: T[] }[] {
  return termIds.map((id) => ({ id, items: items.filter((item) => termsOf(item).includes(id)) })).filter((group) => group.items.length > 0);
}

/** First letter for the A-Z list; digits and symbols go under "#". */
export function initialOf(name: string, locale: string): string {
  const first = name.trim().charAt(0).toLocaleUpperCase(locale);
  return /\p{L}/u.test(first) ? first : '#';
}

/** The audience of services meant for guidance staff (trainings, networks), not for the people they guide. */
export const PROFESSIONALS_AUDIENCE = 'professionals';

/**
 * The filter set an entry point lists and links to the search with. Entry points are for residents and the staff
 * who guide them through a life situation, so, unless one is for professionals, services meant only for
 * professionals are left out: by asking for every other audience, which the search link can say too.
 */
export function entryPointFilters<F extends Partial<Record<string, readonly string[]>>>(filters: F, audiences: readonly string[]): F {
  if (filters['audience']) return filters;
  return { ...filters, audience: audiences.filter((id) => id !== PROFESSIONALS_AUDIENCE) };
}
