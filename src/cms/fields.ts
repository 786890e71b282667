/**
 * Derives Decap CMS fields from a zod object schema, so the CMS forms cannot drift from the schemas: every field,
 * its widget, required or not, default, length limits and patterns (as one Decap `pattern` with a message in the
 * editor's language), select options (enums and taxonomy terms with their labels), lists, nested objects, labels
 * and hints in the editor's language, and `i18n` per field (`true` for fields wrapped in `translatable(...)`,
 * `duplicate` for the structured fields that must be identical in every locale).
 *
 * The schema is read through `z.toJSONSchema()` (zod's public API) and the metadata the schemas give their fields
 * (`src/schemas/cms-meta.ts`); see `./schema-reading.ts`.
 */
import { z } from 'astro/zod';
import { type Locale } from '../i18n/locales.ts';
import { useTranslations, type Translate } from '../i18n/strings.ts';
import { type TaxonomyName } from '../schemas/taxonomy.ts';
import type { FieldHint } from './collections.ts';
import { countForms, type CountForms } from './counted.ts';
import {
  ONE_LINE_MAX,
  enumOptions,
  isLocalizedShape,
  labelOf,
  numberOptions,
  numberRules,
  termOptions,
  textPattern,
  textRules,
  type DecapOption,
  type JsonField,
  type Term,
} from './schema-reading.ts';

export type { DecapOption, Term };

/** A Decap field, as written to config.yml. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: false;
  i18n?: true | 'duplicate';
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: DecapOption[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  step?: number;
  date_format?: string;
  time_format?: false;
  fields?: DecapField[];
  field?: DecapField;
  collapsed?: boolean;
  summary?: string;
  label_singular?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  choose_url?: boolean;
  /** Not Decap's own: the length the admin's character counter counts to (src/client/cms/widgets.js). */
  max_length?: number;
  /** Not Decap's own: a value the admin writes in one form on save (times: "17.30" -> "17:30"). */
  normalize?: 'time';
  /** Not Decap's own: an optional `{ en, fi }` text the admin refuses half filled (src/client/cms/locale-check.js). */
  all_or_none?: true;
  /** Not Decap's own: how the list's heading counts its items, by `Intl.PluralRules` form (src/client/cms/widgets.js). */
  count_forms?: CountForms;
  /**
   * Not Decap's own: the parts of a list's items that are the same in every language, which the other languages'
   * lists take over and show read-only (src/client/cms/mirror.js, widgets.js).
   */
  mirror_fields?: string[];
  /** Not Decap's own: the parts of a list's items copied to the other languages when an item is added, then their own. */
  prefill_fields?: string[];
}

export interface FieldContext {
  /** For messages: which collection is being converted. */
  collection: string;
  terms: Record<TaxonomyName, readonly Term[]>;
  hints: Record<string, FieldHint>;
  /** The collection has one file per locale: mark fields `i18n: true` or `duplicate`. */
  perLocale: boolean;
  /** The editor's language: labels, hints, options and messages are in it. */
  ui: Locale;
}

interface Walk extends FieldContext {
  t: Translate;
  used: Set<string>;
}

function relationField(base: Pick<DecapField, 'name' | 'label'>, relation: NonNullable<FieldHint['relation']>, multiple: boolean): DecapField {
  return {
    ...base,
    widget: 'relation',
    collection: relation.collection,
    value_field: '{{slug}}',
    search_fields: [relation.searchField],
    display_fields: [relation.searchField],
    ...(multiple ? { multiple: true } : {}),
  };
}

/** A list's count forms in the editor's language (src/cms/counted.ts; config.test.ts checks every list has them). */
function counted(name: string, walk: Walk): { count_forms?: CountForms } {
  const forms = countForms[name]?.[walk.ui];
  return forms ? { count_forms: forms } : {};
}

/**
 * A list item's summary (its collapsed title): the field's value; a date the way the editor writes it (15.4.2027 in
 * Finnish, with Decap's `date` filter), as the date boxes show it, not as the file stores it.
 */
function summaryOf(field: DecapField, ui: string): string {
  if (field.widget === 'site-date' && ui === 'fi') return `{{fields.${field.name} | date('D.M.YYYY')}}`;
  return `{{fields.${field.name}}}`;
}

/** Converts one field. `path` is dotted (`links.url`), for hints and messages. */
function toField(name: string, json: JsonField, path: string, required: boolean, walk: Walk, nested: boolean): DecapField {
  const where = `${walk.collection}.${path}`;
  const hint = walk.hints[path] ?? {};
  if (walk.hints[path]) walk.used.add(path);
  const { t, ui } = walk;
  const base: DecapField = { name, label: labelOf(name, json, ui, t, where), widget: 'string' };
  const decorate = (result: DecapField, constraintHint?: string): DecapField => {
    const text = [json.hint?.[ui], constraintHint].filter(Boolean).join(' ');
    return {
      ...result,
      ...(required ? {} : { required: false as const }),
      ...(json.default !== undefined ? { default: json.default } : {}),
      ...(text ? { hint: text } : {}),
    };
  };

  switch (json.type) {
    case 'string': {
      if (hint.relation) return decorate(relationField(base, hint.relation, false));
      if (json.termReference) return decorate({ ...base, widget: 'select', options: termOptions(json.termReference, walk.terms, ui, hint.extraLabels) });
      if (json.enum) return decorate({ ...base, widget: 'select', options: enumOptions(json, t) });
      if (json.cmsPattern) {
        const widget = hint.widget ?? 'string';
        return decorate({ ...base, widget, ...(widget === 'file' ? { choose_url: false } : {}), pattern: [json.cmsPattern, t(`cms.rule.${json.cmsRule!}`)] });
      }
      const rules = textRules(json, t, where);
      if (rules.date) return decorate({ ...base, widget: 'site-date' }, t('cms.rule.date'));
      const pattern = textPattern(rules, t);
      const oneLine = rules.oneLine || rules.patterns.length > 0;
      const widget = hint.widget ?? (nested || oneLine || (rules.max !== undefined && rules.max <= ONE_LINE_MAX) ? 'string' : 'text');
      return decorate({
        ...base,
        widget,
        ...(widget === 'file' ? { choose_url: false } : {}),
        ...(pattern ? { pattern } : {}),
        ...(rules.max !== undefined && widget !== 'file' ? { max_length: rules.max } : {}),
        ...(json.cmsRule === 'time' ? { normalize: 'time' as const } : {}),
      });
    }
    case 'number':
    case 'integer': {
      const rules = numberRules(json);
      return decorate({
        ...base,
        widget: 'number',
        value_type: rules.int ? 'int' : 'float',
        ...(rules.int ? { step: 1 } : {}),
        ...(rules.min !== undefined ? { min: rules.min } : {}),
        ...(rules.max !== undefined ? { max: rules.max } : {}),
      });
    }
    case 'boolean':
      return decorate({ ...base, widget: 'boolean' });
    case 'array': {
      const limits = { ...(json.minItems !== undefined ? { min: json.minItems } : {}), ...(json.maxItems !== undefined ? { max: json.maxItems } : {}) };
      const element = json.items ?? {};
      const listBase = { ...base, ...limits };
      if (hint.relation) return decorate({ ...relationField(base, hint.relation, true), ...limits });
      if (element.type === 'string') {
        if (element.termReference) {
          return decorate({ ...listBase, widget: 'select', multiple: true, options: termOptions(element.termReference, walk.terms, ui, hint.extraLabels) });
        }
        if (element.enum) return decorate({ ...listBase, widget: 'select', multiple: true, options: enumOptions(element, t) });
        // One box per text, with add and remove: Decap's comma-separated list box drops spaces and commas while
        // typing (decap-cms#4646). The file keeps a plain list of texts; blanks are dropped when it is written
        // (src/client/cms/formats.js).
        const singular = hint.labelSingular?.[ui];
        const item = toField(name, { ...element, label: hint.labelSingular ?? json.label ?? { en: name, fi: name } }, path, true, { ...walk, hints: {} }, true);
        return decorate({
          ...listBase,
          widget: 'list',
          ...(singular ? { label_singular: singular } : {}),
          ...counted(name, walk),
          collapsed: false,
          field: item,
        });
      }
      if (element.type === 'integer') {
        const options = numberOptions(element, json.optionKey ?? element.optionKey, ui);
        if (options) return decorate({ ...listBase, widget: 'select', multiple: true, options });
      }
      if (element.type === 'object') {
        const fields = toFields(element, path, walk);
        const title = fields.find((f) => f.name === 'label' || f.name === 'name' || f.name === 'date');
        // In one file per language, an item's parts that are not text are entered once (`acrossLanguages`).
        const parts = Object.entries(element.properties ?? {});
        const across = (part: JsonField) => part.acrossLanguages ?? (part.termReference || part.enum ? 'same' : undefined);
        const same = parts.filter(([, part]) => across(part) === 'same').map(([partName]) => partName);
        const start = parts.filter(([, part]) => across(part) === 'start').map(([partName]) => partName);
        const perLanguage = walk.perLocale && json.translatable;
        return decorate({
          ...listBase,
          widget: 'list',
          ...(perLanguage && same.length > 0 ? { mirror_fields: same } : {}),
          ...(perLanguage && start.length > 0 ? { prefill_fields: start } : {}),
          ...(json.labelSingular ? { label_singular: json.labelSingular[ui] } : {}),
          ...(title ? { summary: summaryOf(title, walk.ui) } : {}),
          ...counted(name, walk),
          collapsed: false,
          fields,
        });
      }
      throw new Error(`${where}: the CMS has no widget for a list of ${element.type ?? 'mixed values'}`);
    }
    case 'object': {
      if (isLocalizedShape(json)) {
        // The same text in every locale: each locale's box follows the rules of a top-level text (and this field's hints).
        const { widget } = hint;
        const inherited = widget ? { ...walk, hints: Object.fromEntries(Object.keys(json.properties!).map((code) => [`${path}.${code}`, { widget }])) } : walk;
        // The editor's language first, as in the columns.
        const codes = [ui, ...Object.keys(json.properties!).filter((code) => code !== ui)];
        const fields = codes.map((code) => toField(code, json.properties![code]!, `${path}.${code}`, (json.required ?? []).includes(code), inherited, nested));
        return decorate({
          ...base,
          widget: 'object',
          collapsed: false,
          ...(required ? { fields } : { fields: fields.map(optionalField), all_or_none: true as const }),
        });
      }
      const fields = toFields(json, path, walk);
      return decorate({ ...base, widget: 'object', collapsed: false, fields: required ? fields : fields.map(optionalField) });
    }
    default:
      throw new Error(`${where}: the CMS has no widget for this field (${json.type ?? (json.anyOf || json.oneOf ? 'a union' : 'no type')})`);
  }
}

/**
 * A field of an optional object: Decap checks an object's required fields even when the whole object is left empty,
 * so they are optional in the form; `content:check` and the build still refuse a half-filled object.
 */
function optionalField(field: DecapField): DecapField {
  return { ...field, required: false };
}

function toFields(json: JsonField, parent: string, walk: Walk): DecapField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, child]) =>
    toField(name, child, parent ? `${parent}.${name}` : name, required.has(name), walk, parent !== ''),
  );
}

/**
 * Marks a field and everything in it translatable or duplicated. Decap accepts only `true`/`false` on object and
 * list widgets, so a duplicated object carries the mark on its fields (Decap copies nested duplicated fields into the
 * other locales); a duplicated list cannot be expressed and is an error.
 */
function withI18n(field: DecapField, value: true | 'duplicate', where: string): DecapField {
  const inner = {
    ...(field.fields ? { fields: field.fields.map((child) => withI18n(child, value, `${where}.${child.name}`)) } : {}),
    ...(field.field ? { field: withI18n(field.field, value, where) } : {}),
  };
  if (value === 'duplicate' && field.widget === 'list') {
    throw new Error(`${where}: Decap cannot keep a list identical in every locale; make it translatable or a select`);
  }
  if (value === 'duplicate' && field.widget === 'object') return { ...field, ...inner };
  return { ...field, i18n: value, ...inner };
}

/** The schema as JSON Schema, as the form sees it: what an editor may type (`io: 'input'`, before transforms). */
export function formSchema(schema: z.ZodObject): JsonField {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonField;
}

/** Every field of an object schema as Decap fields, in schema order. Throws on a hint for a field that does not exist. */
export function fieldsFromSchema(schema: z.ZodObject, context: FieldContext): DecapField[] {
  const walk: Walk = { ...context, t: useTranslations(context.ui), used: new Set() };
  const json = formSchema(schema);
  const fields = toFields(json, '', walk).map((field) =>
    context.perLocale ? withI18n(field, json.properties![field.name]!.translatable ? true : 'duplicate', `${context.collection}.${field.name}`) : field,
  );
  const unused = Object.keys(context.hints).filter((path) => !walk.used.has(path));
  if (unused.length > 0) throw new Error(`${context.collection}: hints for fields the schema does not have: ${unused.join(', ')}`);
  return fields;
}
