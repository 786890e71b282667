/**
 * Fixed vocabularies shared by the schemas and the browser code. No zod here: the search page imports this,
 * and shipping zod to the browser would add weight and an eval check that the site's CSP forbids.
 */
export const taxonomyNames = ['municipalities', 'categories', 'situations', 'languages', 'modes', 'accessibility', 'ages', 'audiences'] as const;
export type TaxonomyName = (typeof taxonomyNames)[number];

export const costTypes = ['free', 'paid', 'other'] as const;
export type CostType = (typeof costTypes)[number];
