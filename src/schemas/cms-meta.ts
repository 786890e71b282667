/**
 * What a schema tells the CMS form about a field, as zod metadata (`.meta()`). The form generator (src/cms/) reads
 * it back through `z.toJSONSchema()`, where each key appears next to the field's JSON Schema: labels and hints in
 * every locale, which message explains a pattern, and the few rules JSON Schema cannot express (a refinement's
 * looser pattern, a reference to a taxonomy).
 */
import type { z } from 'astro/zod';
import type { Locale } from '../i18n/locales.ts';

export type LocalizedText = Record<Locale, string>;

/**
 * Rules whose plain-language explanation is the UI string `cms.rule.<rule>` (in the editor's language). Every
 * pattern in a schema names one, so no editor sees a regular expression or an English-only message.
 */
export const cmsRules = ['id', 'link', 'webAddress', 'email', 'phone', 'date', 'time', 'attachment'] as const;
export type CmsRule = (typeof cmsRules)[number];

export interface CmsMeta {
  label?: LocalizedText;
  /** One item of a list ("Attachment" of "Attachments"): Decap says "Add attachment", "1 attachment". */
  labelSingular?: LocalizedText;
  hint?: LocalizedText;
  /** The rule a pattern enforces (see `cmsRules`). */
  cmsRule?: CmsRule;
  /**
   * The pattern the form checks, where the schema uses a refinement or a format that JSON Schema does not carry as
   * one (links). It may be looser than the schema; `content:check` and the build apply the schema.
   */
  cmsPattern?: string;
  /** Options of an enum are labelled with the UI strings `<optionKey>.<value>` (e.g. `cost.free`). */
  optionKey?: string;
  /** The field may differ between locale files (see `translatable`). */
  translatable?: true;
  /**
   * A part of an item of a list that is written per language (a place, a contact) but is not text:
   * `same`, the same in every language (a street address, an e-mail, a file), entered in the editor's column only,
   * copied to the other languages and read-only there; `start`, copied when the item is added and then each
   * language's own (a web page, which often has a version per language). A term or an option is always `same`.
   */
  acrossLanguages?: 'same' | 'start';
}

/** A field's label and help text in every locale, for the CMS form. */
export function labelled<T extends z.ZodType>(schema: T, label: LocalizedText, hint?: LocalizedText): T {
  return schema.meta({ label, ...(hint ? { hint } : {}) } satisfies CmsMeta);
}

/** A list's label, its one item's label and help text in every locale, for the CMS form. */
export function labelledList<T extends z.ZodType>(schema: T, label: LocalizedText, labelSingular: LocalizedText, hint?: LocalizedText): T {
  return schema.meta({ label, labelSingular, ...(hint ? { hint } : {}) } satisfies CmsMeta);
}

/** A list item's part that is the same in every language (see `CmsMeta.acrossLanguages`). */
export function sameInEveryLanguage<T extends z.ZodType>(schema: T): T {
  return schema.meta({ acrossLanguages: 'same' } satisfies CmsMeta);
}

/** A list item's part that each language starts from the editor's value (see `CmsMeta.acrossLanguages`). */
export function copiedOnAdd<T extends z.ZodType>(schema: T): T {
  return schema.meta({ acrossLanguages: 'start' } satisfies CmsMeta);
}

/** Marks the rule a pattern enforces, so the form explains it in the editor's language. */
export function withRule<T extends z.ZodType>(schema: T, cmsRule: CmsRule, cmsPattern?: string): T {
  return schema.meta({ cmsRule, ...(cmsPattern ? { cmsPattern } : {}) } satisfies CmsMeta);
}
