/**
 * Derives Decap CMS fields from a zod object schema, so the CMS forms cannot drift from the schemas:
 * every field, its widget, required or not, default, length limits and patterns (as one Decap `pattern`),
 * select options (enums and taxonomy terms with their labels), lists, nested objects, and `i18n` per field
 * (`true` for fields wrapped in `translatable(...)`, `duplicate` for the structured fields that must be identical
 * in every locale).
 *
 * Taxonomy references are recognised by behaviour, not by name: the schema is built with one probe id per taxonomy
 * (`probeTerms`), and a string that accepts exactly one taxonomy's probe id refers to that taxonomy.
 * Zod's own introspection (`schema._zod.def`, the documented way for library authors) gives everything else.
 * A check the CMS cannot mirror on a single value (a custom refinement on a string) is an error here, so a new
 * schema rule cannot silently go unenforced; cross-field rules on objects are left to `content:check`.
 */
import type { z } from 'astro/zod';
import { isTranslatable, safeUrl, singleLineCharacters, textHygienePatterns, webUrl } from '../schemas/common.ts';
import { localeCodes, locales, type Locale } from '../i18n/locales.ts';
import { taxonomyNames, type TaxonomyIds, type TaxonomyName } from '../schemas/taxonomy.ts';
import { recordFromKeys } from '../lib/records.ts';
import type { FieldHint } from './collections.ts';

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

const PROBE_PREFIX = 'zz-cms-probe-';
const UNKNOWN_PROBE = `${PROBE_PREFIX}unknown`;

/** Taxonomy ids to build a schema with for conversion: one recognisable id per taxonomy. */
export function probeTerms(): TaxonomyIds {
  return recordFromKeys(taxonomyNames, (name) => [`${PROBE_PREFIX}${name}`]);
}

/** Link checks the CMS mirrors with a pattern (they are refinements, which cannot be read back from zod). */
const knownText = [
  { schema: safeUrl, pattern: '^(?:https?://\\S+|mailto:\\S+|tel:\\S+)$', invalid: 'javascript:alert(1)' },
  {
    schema: webUrl,
    pattern: '^https?://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}(?::[0-9]{1,5})?(?:[/?#]\\S*)?$',
    invalid: 'mailto:someone@example.org',
  },
].map((known) => ({ ...known, def: defOf(known.schema), message: known.schema.safeParse(known.invalid).error?.issues[0]?.message ?? 'invalid link' }));

/** The largest text length edited on one line; longer (or unlimited) top-level texts get a multi-line box. */
const ONE_LINE_MAX = 120;

// zod's internal definition objects are untyped here (replacing this walk with .meta() and toJSONSchema is open).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Def = { type: string } & Record<string, any>;

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

interface Unwrapped {
  schema: z.ZodType;
  def: Def;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  translatable: boolean;
}

/** Strips optional/default/nullable/readonly/preprocess wrappers, remembering what they said. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  let translatable = false;
  for (;;) {
    translatable ||= isTranslatable(current);
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      current = def['innerType'];
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      hasDefault = true;
      defaultValue = def['defaultValue'];
      current = def['innerType'];
    } else if (def.type === 'readonly' || def.type === 'catch') {
      current = def['innerType'];
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema; x.transform(fn) a pipe into a transform.
      current = defOf(def['in']).type === 'transform' ? def['out'] : def['in'];
    } else {
      return { schema: current, def, optional, hasDefault, defaultValue, translatable };
    }
  }
}

/** The message a zod check was given (`{ error: '...' }`), if any. */
function checkMessage(check: Def): string | undefined {
  try {
    const message = typeof check['error'] === 'function' ? check['error']({ input: undefined }) : undefined;
    return typeof message === 'string' ? message : (message as { message?: string } | undefined)?.message;
  } catch {
    return undefined;
  }
}

function checksOf(def: Def): Def[] {
  return ((def['checks'] ?? []) as unknown[]).map((check) => defOf(check));
}

/** Whether a string schema is a reference to one taxonomy, and which extra values (e.g. `all`) it accepts. */
export function termReference(schema: z.ZodType): { taxonomy: TaxonomyName; extras: string[] } | undefined {
  const unknown = schema.safeParse(UNKNOWN_PROBE);
  if (unknown.success) return undefined;
  const accepted = taxonomyNames.filter((name) => schema.safeParse(`${PROBE_PREFIX}${name}`).success);
  if (accepted.length !== 1) return undefined;
  const taxonomy = accepted[0]!;
  // termRef's message lists the ids it knows; those besides the probe are the extra values.
  const listed = /known ids: (.*)$/.exec(unknown.error.issues[0]?.message ?? '')?.[1]?.split(', ') ?? [];
  const extras = listed.filter((value) => !value.startsWith(PROBE_PREFIX) && schema.safeParse(value).success);
  return { taxonomy, extras };
}

export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase()
    .replace(/\burl\b/g, 'URL');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Default labels of fields that refer to a taxonomy, whatever the field is called (`situations`, `situation`). */
export const taxonomyLabels: Record<TaxonomyName, string> = {
  municipalities: 'Municipalities',
  categories: 'Service categories',
  situations: 'Life situations',
  languages: 'Service languages',
  modes: 'Delivery modes',
  accessibility: 'Accessibility and support',
  ages: 'Age groups',
  audiences: 'Audiences',
};

/** "Raseborg / Raasepori": every locale's label, once each. */
export function termLabel(term: Term): string {
  return [...new Set(localeCodes.map((code) => term.label[code]))].join(' / ');
}

interface TextRules {
  min?: number;
  max?: number;
  nonBlank: boolean;
  minMessage?: string | undefined;
  maxMessage?: string | undefined;
  /** `hygiene`: one of the schemas' character checks, which say nothing about a text's shape (one line or many). */
  patterns: { source: string; message: string; hygiene: boolean }[];
  date: boolean;
}

function textRules(def: Def, where: string): TextRules {
  const rules: TextRules = { nonBlank: false, patterns: [], date: false };
  let trims = false;
  const checks = def['check'] === 'string_format' ? [def, ...checksOf(def)] : checksOf(def);
  for (const check of checks) {
    switch (check['check']) {
      case 'overwrite':
        trims = true;
        break;
      case 'min_length':
        rules.min = check['minimum'];
        rules.minMessage = checkMessage(check);
        break;
      case 'max_length':
        rules.max = check['maximum'];
        rules.maxMessage = checkMessage(check);
        break;
      case 'length_equals':
        rules.min = rules.max = check['length'];
        break;
      case 'string_format': {
        if (check['format'] === 'date') rules.date = true;
        const pattern = check['pattern'] as RegExp | undefined;
        if (!pattern) throw new Error(`${where}: the CMS cannot mirror the "${check['format']}" format; add it to the known checks in src/cms/fields.ts`);
        if (pattern.flags.replace('g', '')) throw new Error(`${where}: pattern /${pattern.source}/${pattern.flags} has flags a Decap pattern cannot carry`);
        rules.patterns.push({
          source: pattern.source,
          message: checkMessage(check) ?? `expected ${check['format']}`,
          hygiene: textHygienePatterns.some((known) => known.source === pattern.source),
        });
        break;
      }
      default:
        throw new Error(`${where}: the CMS cannot mirror the "${check['check']}" check on this text; add it to the known checks in src/cms/fields.ts`);
    }
  }
  rules.nonBlank = trims && (rules.min ?? 0) >= 1;
  return rules;
}

/** One Decap pattern for all of a text's rules: length limits and regexes as lookaheads. */
function textPattern(rules: TextRules): [string, string] | undefined {
  const parts: string[] = [];
  const messages: string[] = [];
  if (rules.nonBlank) {
    parts.push('(?=[\\s\\S]*\\S)');
    messages.push(rules.minMessage ?? 'must not be empty');
  }
  if (rules.min !== undefined && rules.min > 1) {
    parts.push(`(?=[\\s\\S]{${rules.min},}$)`);
    messages.push(rules.minMessage ?? `at least ${rules.min} characters`);
  }
  if (rules.max !== undefined) {
    parts.push(`(?=[\\s\\S]{0,${rules.max}}$)`);
    messages.push(rules.maxMessage ?? `at most ${rules.max} characters`);
  }
  const hygiene: string[] = [];
  for (const pattern of rules.patterns) {
    parts.push(pattern.source.startsWith('^') ? `(?=${pattern.source})` : `(?=[\\s\\S]*?(?:${pattern.source}))`);
    (pattern.hygiene ? hygiene : messages).push(pattern.message);
  }
  // The character checks are named only when nothing else is: they are rarely what an editor got wrong.
  if (messages.length === 0 || (rules.nonBlank && messages.length === 1)) messages.push(...hygiene);
  if (parts.length === 0) return undefined;
  if (parts.length === 1 && rules.patterns.length === 1) return [rules.patterns[0]!.source, messages[0]!];
  // "Not blank" goes without saying next to other rules (Decap reports a missing value itself).
  const shown = rules.nonBlank && messages.length > 1 ? messages.slice(1) : messages;
  return [`^${parts.join('')}`, shown.join('; ')];
}

function joinHints(...hints: (string | undefined)[]): string | undefined {
  const text = hints.filter(Boolean).join(' ');
  return text || undefined;
}

function termOptions(reference: { taxonomy: TaxonomyName; extras: string[] }, context: FieldContext, hint: FieldHint): DecapOption[] {
  return [
    ...reference.extras.map((value) => ({ label: hint.extraLabels?.[value] ?? value, value })),
    ...context.terms[reference.taxonomy].map((term) => ({ label: termLabel(term), value: term.id })),
  ];
}

function enumOptions(def: Def): DecapOption[] {
  return Object.values(def['entries'] as Record<string, string | number>).map((value) => ({ label: humanize(String(value)), value }));
}

/** Whole numbers in a small closed range (e.g. months 1-12) are offered as choices. */
function smallIntRange(def: Def): number[] | undefined {
  const rules = numberRules(def);
  if (!rules.int || rules.min === undefined || rules.max === undefined || rules.max - rules.min > 31) return undefined;
  return Array.from({ length: rules.max - rules.min + 1 }, (_, i) => rules.min! + i);
}

function numberRules(def: Def, where = 'number'): { int: boolean; min?: number; max?: number } {
  const checks = checksOf(def);
  const rules: { int: boolean; min?: number; max?: number } = { int: checks.some((c) => c['check'] === 'number_format' && /int/.test(c['format'])) };
  for (const check of checks) {
    if (check['check'] !== 'greater_than' && check['check'] !== 'less_than') continue;
    if (!check['inclusive'] && !rules.int) throw new Error(`${where}: an exclusive bound on a decimal number cannot be mirrored in the CMS`);
    const step = check['inclusive'] ? 0 : 1;
    if (check['check'] === 'greater_than') rules.min = check['value'] + step;
    else rules.max = check['value'] - step;
  }
  return rules;
}

function lengthLimits(def: Def): { min?: number; max?: number } {
  const limits: { min?: number; max?: number } = {};
  for (const check of checksOf(def)) {
    if (check['check'] === 'min_length') limits.min = check['minimum'];
    if (check['check'] === 'max_length') limits.max = check['maximum'];
    if (check['check'] === 'length_equals') limits.min = limits.max = check['length'];
  }
  return limits;
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
      const known = knownText.find((k) => k.def === def);
      if (known) return decorate({ ...base, widget: 'string', pattern: [known.pattern, known.message] });
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
