/** Reads the content collections for pages. Thin: the rules live in pure modules (catalogue.ts). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';
import { taxonomyNames, type TaxonomyName, type TaxonomyTerm } from '../schemas/taxonomy.ts';
import { knownValuesFrom, type KnownValues } from '../lib/facets.ts';
import { recordFromKeys } from '../lib/records.ts';
import { isBuilt, byName, nameCollator } from '../lib/catalogue.ts';
import { onDevServer } from '../lib/dev-server.ts';
import { buildToday, effectiveStatus } from '../lib/review.ts';
import type { PublicationStatus } from '../schemas/common.ts';
import { parseEntryId } from '../lib/urls.ts';
import path from 'node:path';
import { readYamlFile, resolveContentDir } from '../build/content-files.ts';
import { readTaxonomyIds } from '../build/taxonomy-ids.ts';

export type Taxonomies = Record<TaxonomyName, TaxonomyTerm[]>;

const taxonomiesCache = new Map<string, Promise<Taxonomies>>();

/** Every taxonomy's terms in the order of their files; once per build (every page asks), on each call in dev. */
export function getTaxonomies(): Promise<Taxonomies> {
  // The collections come back sorted by id; editors order terms in the YAML file, so keep that order.
  return oncePerBuild(taxonomiesCache, 'all', async () => {
    const fileOrder = readTaxonomyIds(resolveContentDir());
    const pairs = await Promise.all(
      taxonomyNames.map(async (name) => {
        const terms = ((await getCollection(name)) as { data: TaxonomyTerm }[]).map((entry) => entry.data);
        const position = (term: TaxonomyTerm) => fileOrder[name].indexOf(term.id);
        return [name, terms.sort((a, b) => position(a) - position(b))] as const;
      }),
    );
    return Object.fromEntries(pairs) as Taxonomies;
  });
}

/** The known values of every facet (taxonomy ids in file order, and fixed vocabularies): for search links and filtering. */
export async function getKnownValues(): Promise<KnownValues> {
  const taxonomies = await getTaxonomies();
  return knownValuesFrom(recordFromKeys(taxonomyNames, (name) => taxonomies[name].map((term) => term.id)));
}

/** Label of a term in a locale; unknown ids cannot reach here (the build validates them). */
export function labelOf(taxonomies: Taxonomies, taxonomy: TaxonomyName, id: string, locale: Locale): string {
  return taxonomies[taxonomy].find((term) => term.id === id)?.label[locale] ?? id;
}

export interface ServiceEntry {
  entry: CollectionEntry<'services'>;
  locale: Locale;
  slug: string;
  data: CollectionEntry<'services'>['data'];
  /** The status after the review rules (src/lib/review.ts) for the build's date. */
  status: PublicationStatus;
}

/**
 * A value computed once per key in a build (the content cannot change during a build), and on every call under
 * `astro dev`, so edits show up.
 */
export function oncePerBuild<T>(cache: Map<string, Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> {
  if (onDevServer) return compute();
  let cached = cache.get(key);
  if (!cached) {
    cached = compute();
    cache.set(key, cached);
  }
  return cached;
}

const servicesCache = new Map<string, Promise<readonly ServiceEntry[]>>();

/**
 * Services that get pages (published and outdated, after the review rules), in a locale, by name.
 * Many pages ask for the whole list; a build computes it once per locale (the content cannot change during a
 * build), while `astro dev` recomputes it on every call so edits show up. Callers must not modify the list.
 */
export function getServices(locale: Locale): Promise<readonly ServiceEntry[]> {
  const today = buildToday();
  const compute = async () => {
    const entries = await getCollection('services');
    const compare = byName<{ name: string }>(locale);
    return entries
      .map((entry) => ({ entry, ...parseEntryId(entry.id), data: entry.data, status: effectiveStatus(entry.data.status, entry.data.reviewed, today) }))
      .filter((service) => service.locale === locale && isBuilt(service.status))
      .sort((a, b) => compare(a.data, b.data));
  };
  return oncePerBuild(servicesCache, `${locale}:${today}`, compute);
}

export interface PageEntry {
  entry: CollectionEntry<'pages'>;
  locale: Locale;
  slug: string;
}

export async function getPages(): Promise<PageEntry[]> {
  const entries = await getCollection('pages', (entry) => entry.data.status !== 'draft' && entry.data.status !== 'archived');
  return entries.map((entry) => ({ entry, ...parseEntryId(entry.id) }));
}

/** Popular searches in the order editors wrote them (the file is optional). */
export async function getPopularSearches(): Promise<CollectionEntry<'popularSearches'>['data'][]> {
  const order = readYamlFile(path.join(resolveContentDir(), 'popular-searches.yaml'), 'popular-searches.yaml');
  const ids = Array.isArray(order.data) ? order.data.map((item: { id?: string }) => item.id) : [];
  const entries = (await getCollection('popularSearches')).map((entry) => entry.data);
  return entries.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

export interface CalendarItem {
  id: string;
  /** The entry's file (`content/calendar/...`), named when a page built from it fails. */
  file: string | undefined;
  data: CollectionEntry<'calendar'>['data'];
}

/**
 * The calendar entries. An entry's `service` is kept only when that service has a page (status is the same in every
 * locale): one left out by the review rule is linked from nowhere, not the page, the .ics files nor the JSON-LD.
 */
export async function getCalendar(): Promise<CalendarItem[]> {
  const built = new Set((await getServices(defaultLocale)).map((service) => service.slug));
  return (await getCollection('calendar')).map((entry) => {
    const { service, ...data } = entry.data;
    return { id: entry.id, file: entry.filePath, data: service === undefined || built.has(service) ? entry.data : data };
  });
}

/** Partners in the alphabetical order of their names in `locale`. */
export async function getPartners(locale: Locale): Promise<CollectionEntry<'partners'>['data'][]> {
  const collator = nameCollator(locales[locale].dateLocale);
  return (await getCollection('partners')).map((entry) => entry.data).sort((a, b) => collator.compare(a.name[locale], b.name[locale]));
}

export interface EntryPointEntry {
  entry: CollectionEntry<'entryPoints'>;
  locale: Locale;
  slug: string;
  data: CollectionEntry<'entryPoints'>['data'];
}

/** Published entry points of a locale, in editor-set order. */
export async function getEntryPoints(locale: Locale): Promise<EntryPointEntry[]> {
  const entries = await getCollection('entryPoints', (entry) => entry.data.status === 'published');
  return entries
    .map((entry) => ({ entry, ...parseEntryId(entry.id), data: entry.data }))
    .filter((e) => e.locale === locale)
    .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
}
