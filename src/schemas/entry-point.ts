import { z } from 'astro/zod';
import { publicationStatus, singleLineText, translatable } from './common.ts';
import { termRef } from './taxonomy.ts';
import { facets, type FilterKey } from '../lib/facets.ts';
import type { TaxonomyIds } from './taxonomy.ts';

/**
 * A life-situation entry point `content/entry-points/<locale>/<slug>.mdx`: an introduction plus a stored filter set
 * in the search URL's terms (parameter names, taxonomy ids), e.g. `filters: { situation: [home-parent] }`.
 * The page lists the services that match, exactly as the catalogue search does for the same filters.
 */
export function entryPointSchema(terms: TaxonomyIds) {
  // One optional list per facet (src/lib/facets.ts): term ids, or the facet's fixed values (cost).
  const filterShape = Object.fromEntries(
    facets.map((facet) => {
      const value =
        'taxonomy' in facet ? termRef(terms[facet.taxonomy], facet.taxonomy) : z.enum(facet.values, { error: `expected one of: ${facet.values.join(', ')}` });
      return [
        facet.param,
        z
          .array(value as z.ZodType<string>)
          .min(1)
          .optional(),
      ];
    }),
  ) as Record<FilterKey, z.ZodOptional<z.ZodArray<z.ZodType<string>>>>;
  return z.strictObject({
    title: translatable(singleLineText.max(90, { error: 'must be at most 90 characters' })),
    description: translatable(singleLineText.max(160, { error: 'must be at most 160 characters' })),
    /** Position on the home page and the entry-point list. */
    order: z.number({ error: 'expected a whole number' }).int().min(0),
    filters: z.strictObject(filterShape).refine((filters) => Object.values(filters).some((values) => values && values.length > 0), {
      error: 'give at least one filter, e.g. situation: [home-parent]',
    }),
    status: publicationStatus.default('published'),
  });
}
