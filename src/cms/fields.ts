/**
 * Derives Decap CMS fields from a zod object schema, so the CMS forms cannot drift from the schemas:
 * every field, its widget, required or not, default, length limits and patterns (as one Decap `pattern`),
 * select options (enums and taxonomy terms with their labels), lists, nested objects, and `i18n` per field
 * (`true` for fields wrapped in `translatable(...)`, `duplicate` for the structured fields that must be identical
 * in every locale).
 *
 * Taxonomy references say so themselves: `termRef` gives each the metadata `{ termReference: { taxonomy, extras } }`.
 * Zod's own introspection (`schema._zod.def`, the documented way for library authors) gives everything else.
 * A check the CMS cannot mirror on a single value (a custom refinement on a string) is an error here, so a new
 * schema rule cannot silently go unenforced; cross-field rules on objects are left to `content:check`.
 */
import type { z } from 'astro/zod';
import { singleLineCharacters } from '../schemas/common.ts';
import { localeCodes, locales, type Locale } from '../i18n/locales.ts';
import { type TaxonomyName } from '../schemas/taxonomy.ts';
import type { FieldHint } from './collections.ts';
import {
  ONE_LINE_MAX,
  enumOptions,
  humanize,
  joinHints,
  cmsPatternOf,
  lengthLimits,
  numberRules,
  smallIntRange,
  taxonomyLabels,
  termOptions,
  termReference,
  textPattern,
  textRules,
  unwrap,
} from './schema-reading.ts';

export interface DecapOption {
  label: string;
  value: string | number;
}

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
}

export interface Term {
  id: string;
  label: Record<Locale, string>;
}

export interface FieldContext {
  /** For messages: which collection is being converted. */
  collection: string;
  terms: Record<TaxonomyName, readonly Term[]>;
  hints: Record<string, FieldHint>;
  /** The collection has one file per locale: mark fields `i18n: true` or `duplicate`. */
  perLocale: boolean;
}

function isLocalizedShape(shape: Record<string, z.ZodType>): boolean {
  const keys = Object.keys(shape);
  return keys.length === localeCodes.length && localeCodes.every((code) => keys.includes(code));
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

/** Converts one field. `path` is dotted (`links.url`), for hints and messages. */
function toField(name: string, schema: z.ZodType, path: string, context: FieldContext, nested: boolean, used: Set<string>): DecapField {
  const where = `${context.collection}.${path}`;
  const hint = context.hints[path] ?? {};
  if (context.hints[path]) used.add(path);
  const field = unwrap(schema);
  const base: DecapField = { name, label: hint.label ?? humanize(name), widget: 'string' };
  const decorate = (result: DecapField, constraintHint?: string): DecapField => {
    const text = joinHints(hint.hint, constraintHint);
    return {
      ...result,
      ...(field.optional ? { required: false as const } : {}),
      ...(field.hasDefault ? { default: field.defaultValue } : {}),
      ...(text ? { hint: text } : {}),
    };
  };
  const { def } = field;

  switch (def.type) {
    case 'string': {
      if (hint.relation) return decorate(relationField(base, hint.relation, false));
      const reference = termReference(field.schema);
      if (reference)
        return decorate({ ...base, label: hint.label ?? taxonomyLabels[reference.taxonomy], widget: 'select', options: termOptions(reference, context, hint) });
      const cmsPattern = cmsPatternOf(field.schema);
      if (cmsPattern) return decorate({ ...base, widget: 'string', pattern: cmsPattern });
      const rules = textRules(def, where);
      if (rules.date) return decorate({ ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false });
      const pattern = textPattern(rules);
      const oneLine = rules.patterns.some((p) => p.source === singleLineCharacters.source || !p.hygiene);
      const widget = hint.widget ?? (nested || oneLine || (rules.max !== undefined && rules.max <= ONE_LINE_MAX) ? 'string' : 'text');
      return decorate(
        { ...base, widget, ...(widget === 'file' ? { choose_url: false } : {}), ...(pattern ? { pattern } : {}) },
        rules.max !== undefined ? `At most ${rules.max} characters.` : undefined,
      );
    }
    case 'number': {
      const rules = numberRules(def, where);
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
    case 'enum':
      return decorate({ ...base, widget: 'select', options: enumOptions(def) });
    case 'array': {
      const limits = lengthLimits(def);
      const element = unwrap(def['element']);
      const listBase = { ...base, ...limits };
      if (hint.relation) return decorate({ ...relationField(base, hint.relation, true), ...limits });
      if (element.def.type === 'string') {
        const reference = termReference(element.schema);
        if (reference) {
          return decorate({
            ...listBase,
            label: hint.label ?? taxonomyLabels[reference.taxonomy],
            widget: 'select',
            multiple: true,
            options: termOptions(reference, context, hint),
          });
        }
        const rules = textRules(element.def, where);
        // Plain texts are typed comma-separated; blanks are dropped when the file is written (src/client/cms/formats.js).
        // Each value's character and length checks cannot be shown in that box; `content:check` and the build apply them.
        if (!rules.date && rules.patterns.every((p) => p.hygiene) && (rules.min ?? 0) <= 1) return decorate({ ...listBase, widget: 'list' });
        return decorate({ ...listBase, widget: 'list', field: toField(singular(name), element.schema, path, { ...context, hints: {} }, true, used) });
      }
      if (element.def.type === 'enum') return decorate({ ...listBase, widget: 'select', multiple: true, options: enumOptions(element.def) });
      if (element.def.type === 'number') {
        const range = smallIntRange(element.def);
        if (range) return decorate({ ...listBase, widget: 'select', multiple: true, options: range.map((n) => ({ label: String(n), value: n })) });
      }
      if (element.def.type === 'object') {
        const fields = toFields(element.def['shape'], path, context, used);
        const title = fields.find((f) => f.name === 'label' || f.name === 'name');
        return decorate({
          ...listBase,
          widget: 'list',
          label_singular: humanize(singular(name)),
          ...(title ? { summary: `{{fields.${title.name}}}` } : {}),
          collapsed: false,
          fields,
        });
      }
      throw new Error(`${where}: the CMS has no widget for a list of ${element.def.type}`);
    }
    case 'object': {
      const shape = def['shape'] as Record<string, z.ZodType>;
      if (isLocalizedShape(shape)) {
        // The same text in every locale: each locale's box follows the rules of a top-level text (and this field's hints).
        const fields = localeCodes.map((code) => {
          const inherited = hint.widget ? { ...context, hints: { ...context.hints, [`${path}.${code}`]: { widget: hint.widget } } } : context;
          return { ...toField(code, shape[code]!, `${path}.${code}`, inherited, nested, used), label: locales[code].label };
        });
        return decorate({ ...base, widget: 'object', collapsed: false, fields });
      }
      return decorate({ ...base, widget: 'object', collapsed: false, fields: toFields(shape, path, context, used) });
    }
    default:
      throw new Error(`${where}: the CMS has no widget for a ${def.type} field`);
  }
}

function singular(name: string): string {
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, '');
}

function toFields(shape: Record<string, z.ZodType>, parent: string, context: FieldContext, used: Set<string>): DecapField[] {
  return Object.entries(shape).map(([name, schema]) => toField(name, schema, parent ? `${parent}.${name}` : name, context, parent !== '', used));
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

/** Every field of an object schema as Decap fields, in schema order. Throws on a hint for a field that does not exist. */
export function fieldsFromSchema(schema: z.ZodObject, context: FieldContext): DecapField[] {
  const used = new Set<string>();
  const shape = schema.shape as Record<string, z.ZodType>;
  const fields = toFields(shape, '', context, used).map((field) =>
    context.perLocale ? withI18n(field, unwrap(shape[field.name]!).translatable ? true : 'duplicate', `${context.collection}.${field.name}`) : field,
  );
  const unused = Object.keys(context.hints).filter((path) => !used.has(path));
  if (unused.length > 0) throw new Error(`${context.collection}: hints for fields the schema does not have: ${unused.join(', ')}`);
  return fields;
}
