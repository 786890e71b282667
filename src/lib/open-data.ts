/** Open-data exports of the published catalogue: JSON with structured fields, CSV for spreadsheets. */
import type { Locale } from '../i18n/locales.ts';
import type { ServiceData } from '../schemas/service.ts';
import { taxonomyNames, type TaxonomyName, type TaxonomyTerm } from '../schemas/taxonomy.ts';
import { facetValues, knownValuesFrom, taxonomyFacets } from './facets.ts';
import { recordFromKeys } from './records.ts';
import { serviceUrl } from './urls.ts';
import { stringify } from 'csv-stringify/sync';

export const OPEN_DATA_LICENCE = 'CC-BY-4.0';

/** A service as open data: its text fields, and the term ids of every taxonomy facet ("all" expanded). */
export type OpenDataService = OpenDataFields & Record<TaxonomyName, string[]>;

interface OpenDataFields {
  slug: string;
  url: string;
  name: string;
  summary: string;
  provider: string;
  keywords: string[];
  cost: ServiceData['cost'];
  costNote: string | null;
  schedule: string | null;
  howToJoin: string;
  contacts: NonNullable<ServiceData['contacts']>;
  links: NonNullable<ServiceData['links']>;
  updated: string;
  reviewed: string;
}

type Terms = Record<TaxonomyName, readonly TaxonomyTerm[]>;

export function toOpenDataService(slug: string, data: ServiceData, locale: Locale, site: URL, terms: Terms): OpenDataService {
  const known = knownValuesFrom(recordFromKeys(taxonomyNames, (name) => terms[name].map((t) => t.id)));
  return {
    slug,
    url: new URL(serviceUrl(locale, slug), site).href,
    name: data.name,
    summary: data.summary,
    provider: data.provider,
    keywords: data.keywords,
    // Every taxonomy facet, "all" expanded so that consumers need not know the convention.
    ...(Object.fromEntries(taxonomyFacets.map((facet) => [facet.taxonomy, facetValues(data, facet, known)])) as Record<TaxonomyName, string[]>),
    cost: data.cost,
    costNote: data.costNote ?? null,
    schedule: data.schedule ?? null,
    howToJoin: data.howToJoin,
    contacts: data.contacts ?? [],
    links: data.links ?? [],
    updated: data.updated,
    reviewed: data.reviewed,
  };
}

/** The JSON document: services plus the labels of every taxonomy id in this locale. */
export function openDataDocument(locale: Locale, services: OpenDataService[], terms: Terms) {
  return {
    locale,
    licence: OPEN_DATA_LICENCE,
    count: services.length,
    taxonomies: recordFromKeys(taxonomyNames, (name) => Object.fromEntries(terms[name].map((t) => [t.id, t.label[locale]]))),
    services,
  };
}

/**
 * A byte-order mark so that Excel reads UTF-8 (ä, ö); CRLF line ends; cells with ";" quoted too (the list separator,
 * and the column separator of spreadsheets in Finnish); cells that start like a formula (=, +, -, @) defused.
 */
const csvOptions = { bom: true, record_delimiter: 'windows', quoted_match: ';', escape_formulas: true } as const;

/** One CSV cell as `toCsv` writes it. */
export function csvCell(value: string): string {
  return stringify([[value]], { ...csvOptions, bom: false, record_delimiter: '' });
}

/** One column per taxonomy facet, in the facets' order. */
const csvTaxonomyColumns = taxonomyNames;

/** CSV with labels in the file's language (lists joined with "; "), one row per service, CRLF line ends. */
export function toCsv(services: OpenDataService[], locale: Locale, terms: Terms, costLabels: Record<ServiceData['cost'], string>): string {
  const label = (taxonomy: TaxonomyName, id: string) => terms[taxonomy].find((t) => t.id === id)?.label[locale] ?? id;
  const header = ['slug', 'url', 'name', 'summary', 'provider', ...csvTaxonomyColumns, 'cost', 'costNote', 'updated', 'reviewed'];
  const rows = services.map((s) => [
    s.slug,
    s.url,
    s.name,
    s.summary,
    s.provider,
    ...csvTaxonomyColumns.map((column) => s[column].map((id) => label(column, id)).join('; ')),
    costLabels[s.cost],
    s.costNote ?? '',
    s.updated,
    s.reviewed,
  ]);
  return stringify([header, ...rows], csvOptions);
}
