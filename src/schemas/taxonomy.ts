import { z } from 'astro/zod';
import { id, localized, nonEmptyText, singleLineText } from './common.ts';

/**
 * The taxonomies services are classified by. Each is one YAML file in `content/taxonomies/<name>.yaml`
 * holding a list of terms; services refer to terms by `id`.
 */
export { taxonomyNames, type TaxonomyName } from './vocabulary.ts';
import type { TaxonomyName } from './vocabulary.ts';

export const taxonomyTerm = z.strictObject({
  id,
  label: localized(singleLineText.max(80, { error: 'must be at most 80 characters' })),
  description: localized(nonEmptyText).optional(),
});
export type TaxonomyTerm = z.infer<typeof taxonomyTerm>;

export const taxonomyFile = z
  .array(taxonomyTerm, { error: 'expected a list of terms, each with an id and a label per locale' })
  .min(1, { error: 'a taxonomy needs at least one term' })
  .superRefine((terms, ctx) => {
    const seen = new Set<string>();
    terms.forEach((term, index) => {
      if (seen.has(term.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${term.id}"` });
      seen.add(term.id);
    });
  });

/** Known term ids per taxonomy; schemas that reference terms are built from this. */
export type TaxonomyIds = Record<TaxonomyName, readonly string[]>;

/** A reference to a term of one taxonomy, failing with the list of known ids. */
export function termRef(ids: readonly string[], taxonomy: TaxonomyName) {
  return z.string({ error: `expected a ${taxonomy} id` }).refine((value) => ids.includes(value), {
    error: (issue) => `unknown ${taxonomy} id "${String(issue.input)}"; known ids: ${ids.join(', ')}`,
  });
}

export function termList(ids: readonly string[], taxonomy: TaxonomyName, extra: readonly string[] = []) {
  return z
    .array(termRef([...extra, ...ids], taxonomy), { error: `expected a list of ${taxonomy} ids` })
    .min(1, { error: `choose at least one of the ${taxonomy}` });
}
