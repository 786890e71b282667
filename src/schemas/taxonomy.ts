import { z } from 'astro/zod';
import { CONTENT_LIMITS, id, idsOnce, localized, nonEmptyText, singleLineText } from './common.ts';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { labelled as l, labelledList as list } from './cms-meta.ts';

/**
 * The taxonomies services are classified by. Each is one YAML file in `content/taxonomies/<name>.yaml`
 * holding its list of terms under `terms:`; services refer to terms by `id`.
 */
export { taxonomyNames, type TaxonomyName } from '../lib/facets.ts';
import { ALL_TERMS, taxonomyFacets, type TaxonomyName } from '../lib/facets.ts';

/**
 * Grammatical forms of a label that UI strings ask for with `{name:<form>}`, per locale where the language needs
 * them: Finnish says "Vantaan asukkaille" (genitive), not "Vantaa: asukkaille". Without a form, the label is used.
 */
export const termFormNames = ['genitive'] as const;
export type TermFormName = (typeof termFormNames)[number];
const formLabels: Record<TermFormName, Record<Locale, string>> = { genitive: { en: 'Genitive', fi: 'Genetiivi' } };
const formsOfOneLocale = z.strictObject(
  Object.fromEntries(termFormNames.map((form) => [form, l(singleLineText.optional(), formLabels[form])])) as Record<
    TermFormName,
    z.ZodOptional<typeof singleLineText>
  >,
);
const termForms = z.strictObject(
  Object.fromEntries(localeCodes.map((code) => [code, formsOfOneLocale.optional()])) as Record<Locale, z.ZodOptional<typeof formsOfOneLocale>>,
);

// Labels and hints are for the CMS form (src/cms/taxonomy-collection.ts).
export const taxonomyTerm = z.strictObject({
  id: l(
    id,
    { en: 'ID', fi: 'Tunniste' },
    {
      en: 'Made from the name as you type it when you add a term; you may change it. Used in links and in the content: once content uses it, it cannot change; the names can.',
      fi: 'Tehdään nimestä, kun lisäät termin ja kirjoitat nimen; voit muuttaa sitä. Käytetään linkeissä ja sisällössä: kun sisältö käyttää sitä, sitä ei voi muuttaa; nimiä voi.',
    },
  ),
  label: l(localized(singleLineText.max(80, { error: 'must be at most 80 characters' })), { en: 'Name', fi: 'Nimi' }),
  forms: l(
    termForms.optional(),
    { en: 'Grammatical forms', fi: 'Taivutusmuodot' },
    {
      en: 'Only where a text needs one, e.g. the Finnish genitive "Vantaan" for "Vantaan asukkaille".',
      fi: 'Vain kun teksti tarvitsee sitä, esim. genetiivi "Vantaan" tekstiin "Vantaan asukkaille".',
    },
  ),
  description: l(localized(nonEmptyText).optional(), { en: 'Description', fi: 'Kuvaus' }),
});
export type TaxonomyTerm = z.infer<typeof taxonomyTerm>;

/** The terms of one taxonomy: at least one, each id once (in any case: ids are parts of URLs). */
const taxonomyTerms = z
  .array(taxonomyTerm, { error: 'expected a list of terms, each with an id and a label per locale' })
  .min(1, { error: 'a taxonomy needs at least one term' })
  .max(CONTENT_LIMITS.taxonomyTerms, { error: `at most ${CONTENT_LIMITS.taxonomyTerms} terms` })
  .superRefine(idsOnce);

/**
 * A taxonomy file: the list under `terms:`, not at the top of the file, because Decap CMS edits a file only as a
 * mapping of fields (src/cms/taxonomy-collection.ts). A file still in the old shape gets a message saying so.
 */
export const taxonomyFile = z.strictObject(
  { terms: list(taxonomyTerms, { en: 'Terms', fi: 'Termit' }, { en: 'Term', fi: 'Termi' }) },
  {
    error: (issue) => {
      if (issue.code !== 'invalid_type') return undefined;
      const expected = 'expected a mapping with `terms:` holding the list of terms';
      return Array.isArray(issue.input) ? `${expected}; a list at the top of the file is the old shape: indent it under \`terms:\`` : expected;
    },
  },
);

/** `{ 'name:genitive': … }` for a term in a locale: the values a UI string's `{name:<form>}` placeholders read. */
export function termFormValues(term: TaxonomyTerm, locale: Locale, placeholder = 'name'): Record<string, string> {
  const forms = term.forms?.[locale] ?? {};
  return Object.fromEntries(termFormNames.flatMap((form) => (forms[form] ? [[`${placeholder}:${form}`, forms[form]]] : [])));
}

/** Known term ids per taxonomy; schemas that reference terms are built from this. */
export type TaxonomyIds = Record<TaxonomyName, readonly string[]>;

/** A reference to a term of one taxonomy, failing with the list of known ids. */
/** What a term reference says about itself (zod metadata), read by the CMS form builder (src/cms/schema-reading.ts). */
export interface TermReferenceMeta {
  taxonomy: TaxonomyName;
  /** Values accepted besides the taxonomy's ids (e.g. `all`). */
  extras: readonly string[];
}

export function termRef(ids: readonly string[], taxonomy: TaxonomyName, extras: readonly string[] = []) {
  // `ids` is read at each check, not copied: on the dev server it is refreshed in place (src/build/taxonomy-ids.ts).
  return z
    .string({ error: `expected a ${taxonomy} id` })
    .refine((value) => extras.includes(value) || ids.includes(value), {
      error: (issue) => `unknown ${taxonomy} id "${String(issue.input)}"; known ids: ${[...extras, ...ids].join(', ')}`,
    })
    .meta({ termReference: { taxonomy, extras } satisfies TermReferenceMeta });
}

export function termList(ids: readonly string[], taxonomy: TaxonomyName, extra: readonly string[] = []) {
  return z
    .array(termRef(ids, taxonomy, extra), { error: `expected a list of ${taxonomy} ids` })
    .min(1, { error: `choose at least one of the ${taxonomy}` })
    .max(CONTENT_LIMITS.listItems, { error: `at most ${CONTENT_LIMITS.listItems} items` });
}

/**
 * The service fields of the taxonomy facets (src/lib/facets.ts): a list of term ids each, `all` where the facet
 * allows it, optional where the facet is.
 */
export function termFields(terms: TaxonomyIds) {
  return Object.fromEntries(
    taxonomyFacets.map((facet) => {
      const list = termList(terms[facet.taxonomy], facet.taxonomy, 'allLabel' in facet ? [ALL_TERMS] : []);
      return [facet.field, 'optional' in facet ? list.optional() : list];
    }),
  ) as TermFields;
}

type TermList = ReturnType<typeof termList>;
type TermFields = { [F in (typeof taxonomyFacets)[number] as F['field']]: F extends { optional: true } ? z.ZodOptional<TermList> : TermList };
