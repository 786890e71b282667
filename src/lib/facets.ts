/**
 * The catalogue's facets, each declared once: its URL parameter (the contract staff paste), where its values come
 * from (a taxonomy file or a fixed list), the service field that holds them, and the value that means "every term".
 * Everything about a facet derives from this list: the taxonomy names, the service schema's term fields, the entry
 * points' filter sets, the search URL codec and its canonical order, the filter index and its counts, the search
 * form's options and labels (`search.filter.<param>` in the strings files), the browse pages' links, open data and
 * CSV columns, and the CMS's select fields.
 *
 * Adding a facet: one entry here, its taxonomy file `content/taxonomies/<taxonomy>.yaml`, and the string
 * `search.filter.<param>` in every strings file.
 *
 * Pure and browser-safe: the search page imports it (no zod, no file system, no locale strings).
 */

export const costTypes = ['free', 'paid', 'other'] as const;
export type CostType = (typeof costTypes)[number];

/** The value a service lists to mean every term of a facet (`municipalities: [all]`). */
export const ALL_TERMS = 'all';

export interface FacetDefinition {
  /** The URL parameter: `?municipality=helsinki,espoo`. Never translated. */
  param: string;
  /** The service field holding the ids (a list, or one value for a fixed vocabulary such as cost). */
  field: string;
  /** The taxonomy whose ids the facet uses (`content/taxonomies/<taxonomy>.yaml`); the field has the same name. */
  taxonomy?: string;
  /** A fixed vocabulary instead of a taxonomy. */
  values?: readonly string[];
  /** A service may leave the field out (it then matches no value of the facet). */
  optional?: boolean;
  /** A service may list `all` instead of every term; the CMS shows this label for it. */
  allLabel?: string;
  /** Values that were once another facet's, so old links keep working: `{ access: ['childcare'] }` reads `?access=childcare` as this facet's. */
  formerly?: Readonly<Record<string, readonly string[]>>;
  /**
   * Where the filter panel lists the facet among the ones a hurried person reaches for first (where, what it costs,
   * in which language, when); facets without it follow in the registry's order.
   */
  panelRank?: number;
}

/** In the URL's canonical order. */
export const facets = [
  { param: 'municipality', field: 'municipalities', taxonomy: 'municipalities', allLabel: 'All municipalities / Kaikki kunnat', panelRank: 1 },
  { param: 'category', field: 'categories', taxonomy: 'categories' },
  { param: 'situation', field: 'situations', taxonomy: 'situations' },
  { param: 'language', field: 'languages', taxonomy: 'languages', panelRank: 3 },
  { param: 'mode', field: 'modes', taxonomy: 'modes' },
  { param: 'access', field: 'accessibility', taxonomy: 'accessibility', optional: true },
  // Childcare, an interpreter and plain language help a person take part; they are not accessibility (until 2026-11 they were).
  { param: 'support', field: 'support', taxonomy: 'support', optional: true, formerly: { access: ['childcare', 'interpreter', 'plain-language'] } },
  { param: 'age', field: 'ages', taxonomy: 'ages' },
  { param: 'audience', field: 'audiences', taxonomy: 'audiences' },
  { param: 'cost', field: 'cost', values: costTypes, panelRank: 2 },
  // Last, so the canonical order of every link made before it stays the same.
  { param: 'when', field: 'dayparts', taxonomy: 'dayparts', optional: true, panelRank: 4 },
] as const satisfies readonly FacetDefinition[];

export type Facet = (typeof facets)[number];
export type FilterKey = Facet['param'];
export type TaxonomyFacet = Extract<Facet, { taxonomy: string }>;
export type TaxonomyName = TaxonomyFacet['taxonomy'];

export const filterKeys: readonly FilterKey[] = facets.map((facet) => facet.param);

/** The filter panel's order of groups (phones and desktop alike): the ranked facets first, then the others as registered. */
export function panelOrder(registry: readonly FacetDefinition[] = facets): string[] {
  const rank = (facet: FacetDefinition) => facet.panelRank ?? Number.POSITIVE_INFINITY;
  return registry
    .map((facet, index) => ({ facet, index }))
    .sort((a, b) => rank(a.facet) - rank(b.facet) || a.index - b.index)
    .map(({ facet }) => facet.param);
}
export const filterPanelOrder = panelOrder() as FilterKey[];
export const taxonomyFacets: readonly TaxonomyFacet[] = facets.filter((facet): facet is TaxonomyFacet => 'taxonomy' in facet);
/** Every taxonomy file the content has; each belongs to a facet. */
export const taxonomyNames = taxonomyFacets.map((facet) => facet.taxonomy) as readonly TaxonomyName[];

const byTaxonomy = new Map<string, TaxonomyFacet>(taxonomyFacets.map((facet) => [facet.taxonomy, facet]));

export function facetOfTaxonomy(taxonomy: TaxonomyName): TaxonomyFacet {
  return byTaxonomy.get(taxonomy)!;
}

/** The facet a value of `param` has moved to (`access`, `childcare` → `support`), if it has. */
export function movedFacet(param: string, value: string, registry: readonly FacetDefinition[] = facets): FilterKey | undefined {
  return registry.find((facet) => facet.formerly?.[param]?.includes(value))?.param as FilterKey | undefined;
}

/** The known values of each facet, in display order (taxonomy file order). */
export type KnownValues = Record<FilterKey, readonly string[]>;

/**
 * The known values of every facet. `registry` is the facet list (tests pass an extended one to show that a new
 * facet needs nothing else); everything downstream (URL codec, index, counts) works from the keys of the result.
 */
export function knownValuesFrom(taxonomyIds: Record<TaxonomyName, readonly string[]>, registry: readonly FacetDefinition[] = facets): KnownValues {
  return Object.fromEntries(
    registry.map((facet) => [facet.param, facet.taxonomy ? ((taxonomyIds as Record<string, readonly string[]>)[facet.taxonomy] ?? []) : (facet.values ?? [])]),
  ) as KnownValues;
}

/** The ids a service lists in a facet's field, as given (a missing field is none; one value is a list of one). */
function listed(service: object, facet: FacetDefinition): readonly string[] {
  const value = (service as Record<string, unknown>)[facet.field];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as string[]) : [typeof value === 'string' ? value : JSON.stringify(value)];
}

/**
 * A service's values in a facet: `all` expanded to every known value (in taxonomy order), otherwise as listed.
 * This is what the filter index is built from and what open data publishes.
 */
export function facetValues(service: object, facet: FacetDefinition, known: KnownValues): string[] {
  const values = listed(service, facet);
  return facet.allLabel ? expandAll(values, known[facet.param as FilterKey]) : [...values];
}

/** Listed ids with `all` expanded to every known id, in the known order: the one place the convention is applied. */
export function expandAll(listed: readonly string[], all: readonly string[]): string[] {
  return listed.includes(ALL_TERMS) ? [...all] : all.filter((id) => listed.includes(id));
}

/** A service's values for every facet, by URL parameter. */
export function serviceFacetValues(service: object, known: KnownValues, registry: readonly FacetDefinition[] = facets): Record<FilterKey, string[]> {
  return Object.fromEntries(registry.map((facet) => [facet.param, facetValues(service, facet, known)])) as Record<FilterKey, string[]>;
}

/** Whether a service has a value in a facet (`all` counts for every value). */
export function hasValue(service: object, facet: FacetDefinition, value: string): boolean {
  const values = listed(service, facet);
  return values.includes(value) || (Boolean(facet.allLabel) && values.includes(ALL_TERMS));
}
