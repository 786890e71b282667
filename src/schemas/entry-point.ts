import { z } from 'astro/zod';
import { CONTENT_LIMITS, STATUS_HINT, publicationStatus, singleLineText, translatable } from './common.ts';
import { labelled as l } from './cms-meta.ts';
import { DESCRIPTION } from './page.ts';
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
        'taxonomy' in facet
          ? termRef(terms[facet.taxonomy], facet.taxonomy)
          : z.enum(facet.values, { error: `expected one of: ${facet.values.join(', ')}` }).meta({ optionKey: facet.field });
      return [
        facet.param,
        z
          .array(value as z.ZodType<string>)
          .min(1)
          .max(CONTENT_LIMITS.listItems, { error: `at most ${CONTENT_LIMITS.listItems} values` })
          .optional(),
      ];
    }),
  ) as Record<FilterKey, z.ZodOptional<z.ZodArray<z.ZodType<string>>>>;
  return z.strictObject({
    title: l(translatable(singleLineText.max(90, { error: 'must be at most 90 characters' })), { en: 'Title', fi: 'Otsikko' }),
    description: l(translatable(singleLineText.max(160, { error: 'must be at most 160 characters' })), DESCRIPTION.label, DESCRIPTION.hint),
    /** Position on the home page and the entry-point list. */
    order: l(z.number({ error: 'expected a whole number' }).int().min(0), { en: 'Position in the list', fi: 'Järjestys listassa' }),
    filters: l(
      z.strictObject(filterShape).refine((filters) => Object.values(filters).some((values) => values && values.length > 0), {
        error: 'give at least one filter, e.g. situation: [home-parent]',
      }),
      { en: 'Which services are listed', fi: 'Mitkä palvelut listataan' },
      {
        en: 'Services that match every filter given here (any of the values within one filter).',
        fi: 'Palvelut, jotka sopivat jokaiseen tässä annettuun suodattimeen (yhden suodattimen arvoista mihin tahansa).',
      },
    ),
    status: l(publicationStatus.default('published'), { en: 'Visibility on the site', fi: 'Näkyvyys sivustolla' }, STATUS_HINT),
  });
}
