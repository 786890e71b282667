/**
 * Reading what the CMS form needs out of a schema's JSON Schema (`z.toJSONSchema`, zod's public API): types,
 * lengths, patterns, enums, numbers, and the metadata the schemas add (`src/schemas/cms-meta.ts`: labels, hints,
 * rules; `termReference` on taxonomy references). Messages are the UI strings of the editor's language.
 *
 * JSON Schema does not carry refinements (a term id's "known ids" check, a contact's "email, phone or url"), so the
 * form cannot apply them; `content:check` and the build do, and name the file and field.
 */
import { textHygienePatterns, singleLineCharacters } from '../schemas/common.ts';
import type { CmsMeta, LocalizedText } from '../schemas/cms-meta.ts';
import { facets } from '../lib/facets.ts';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/strings.ts';
import type { UiStringKey } from '../schemas/ui-strings.ts';
import type { TermReferenceMeta, TaxonomyName } from '../schemas/taxonomy.ts';
import { formatMonthName } from '../lib/format-date.ts';

/** The parts of JSON Schema (draft 2020-12) that zod writes for our schemas, plus the CMS metadata beside them. */
export interface JsonField extends CmsMeta {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  properties?: Record<string, JsonField>;
  required?: string[];
  items?: JsonField;
  enum?: (string | number)[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  allOf?: JsonField[];
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  termReference?: TermReferenceMeta;
  anyOf?: JsonField[];
  oneOf?: JsonField[];
}

export interface DecapOption {
  label: string;
  value: string | number;
}

export interface Term {
  id: string;
  label: Record<Locale, string>;
}

/** The largest text length edited on one line; longer (or unlimited) top-level texts get a multi-line box. */
export const ONE_LINE_MAX = 120;

/** Whether an object's keys are exactly the locales (`{ en, fi }`): the same text in every language. */
export function isLocalizedShape(json: JsonField): boolean {
  const keys = Object.keys(json.properties ?? {});
  return keys.length === localeCodes.length && localeCodes.every((code) => keys.includes(code));
}

/** The facet a field or filter belongs to (`municipalities`, `filters.municipality`), for its label. */
function facetLabelKey(name: string, json: JsonField): UiStringKey | undefined {
  const taxonomy = json.termReference?.taxonomy ?? json.items?.termReference?.taxonomy;
  const facet = facets.find((f) => ('taxonomy' in f && f.taxonomy === taxonomy) || f.field === name || f.param === name);
  return facet ? (`search.filter.${facet.param}` as UiStringKey) : undefined;
}

/**
 * A field's label in the editor's language: the schema's own, else its facet's, else (for one locale's text in a
 * `{ en, fi }` object) the language's name. A field with none is an error, so no form shows an English-only label.
 */
export function labelOf(name: string, json: JsonField, ui: Locale, t: Translate, where: string): string {
  if (json.label) return json.label[ui];
  const facetKey = facetLabelKey(name, json);
  if (facetKey) return t(facetKey);
  if ((localeCodes as string[]).includes(name)) return languageName(name as Locale, t);
  throw new Error(`${where}: no label; give the schema labelled(schema, { en, fi }) (src/schemas/cms-meta.ts)`);
}

export function languageName(code: Locale, t: Translate): string {
  return t(`cms.language.${code}` as UiStringKey);
}

/** "Raasepori / Raseborg" in Finnish, "Raseborg / Raasepori" in English: the editor's language first, once each. */
export function termLabel(term: Term, ui: Locale): string {
  return [...new Set([term.label[ui], ...localeCodes.map((code) => term.label[code])])].join(' / ');
}

export interface TextRules {
  min?: number;
  max?: number;
  /** Patterns that are not character hygiene, each with its plain-language message. */
  patterns: { source: string; message: string }[];
  /** Character hygiene (control characters, one line), with the message for it. */
  hygiene: { source: string; message: string }[];
  oneLine: boolean;
  date: boolean;
}

/** The rules of a text field, with messages in the editor's language. A pattern without a named rule is an error. */
export function textRules(json: JsonField, t: Translate, where: string): TextRules {
  const sources = [json.pattern, ...(json.allOf ?? []).map((part) => part.pattern)].filter((source): source is string => Boolean(source));
  const rules: TextRules = { patterns: [], hygiene: [], oneLine: false, date: json.format === 'date' };
  if (json.minLength !== undefined) rules.min = json.minLength;
  if (json.maxLength !== undefined) rules.max = json.maxLength;
  for (const source of sources) {
    if (textHygienePatterns.some((known) => known.source === source)) {
      const oneLine = source === singleLineCharacters.source;
      rules.oneLine ||= oneLine;
      rules.hygiene.push({ source, message: t(oneLine ? 'cms.rule.singleLine' : 'cms.rule.multiLine') });
    } else if (json.cmsRule) {
      rules.patterns.push({ source, message: t(`cms.rule.${json.cmsRule}`) });
    } else {
      throw new Error(`${where}: the pattern /${source}/ has no plain-language message; wrap the schema in withRule(schema, rule) (src/schemas/cms-meta.ts)`);
    }
  }
  return rules;
}

/** One Decap pattern for all of a text's rules (lengths and regexes as lookaheads), with one message. */
export function textPattern(rules: TextRules, t: Translate): [string, string] | undefined {
  const parts: string[] = [];
  // What the text must be ("Write an e-mail address…") before how long it may be: the form is what an editor gets wrong.
  const messages: string[] = rules.patterns.map((p) => p.message);
  if (rules.min !== undefined && rules.min > 1) {
    parts.push(`(?=[\\s\\S]{${rules.min},}$)`);
    messages.push(t('cms.rule.minLength', { min: rules.min }));
  }
  if (rules.max !== undefined) {
    parts.push(`(?=[\\s\\S]{0,${rules.max}}$)`);
    messages.push(t('cms.rule.maxLength', { max: rules.max }));
  }
  for (const pattern of [...rules.patterns, ...rules.hygiene]) {
    parts.push(pattern.source.startsWith('^') ? `(?=${pattern.source})` : `(?=[\\s\\S]*?(?:${pattern.source}))`);
  }
  // The character checks are named only when nothing else is: they are rarely what an editor got wrong.
  if (messages.length === 0) messages.push(...new Set(rules.hygiene.map((p) => p.message)));
  if (parts.length === 0) return undefined;
  return [`^${parts.join('')}`, messages.join(' ')];
}

export function termOptions(
  reference: TermReferenceMeta,
  terms: Record<TaxonomyName, readonly Term[]>,
  ui: Locale,
  extraLabels: Record<string, LocalizedText> = {},
): DecapOption[] {
  return [
    ...reference.extras.map((value) => ({ label: extraLabels[value] ? termLabel({ id: value, label: extraLabels[value] }, ui) : value, value })),
    ...terms[reference.taxonomy].map((term) => ({ label: termLabel(term, ui), value: term.id })),
  ];
}

/** Options of an enum, labelled by the UI strings `<optionKey>.<value>` (or the value itself). */
export function enumOptions(json: JsonField, t: Translate): DecapOption[] {
  return (json.enum ?? []).map((value) => ({ label: json.optionKey ? t(`${json.optionKey}.${value}` as UiStringKey) : String(value), value }));
}

/** Whole numbers of a small closed range as choices; months by name in the editor's language. */
export function numberOptions(json: JsonField, optionKey: string | undefined, ui: Locale): DecapOption[] | undefined {
  const rules = numberRules(json);
  if (!rules.int || rules.min === undefined || rules.max === undefined || rules.max - rules.min > 31) return undefined;
  const values = Array.from({ length: rules.max - rules.min + 1 }, (_, i) => rules.min! + i);
  return values.map((value) => ({ label: optionKey === 'month' ? formatMonthName(ui, value) : String(value), value }));
}

export function numberRules(json: JsonField): { int: boolean; min?: number; max?: number } {
  const int = json.type === 'integer';
  const rules: { int: boolean; min?: number; max?: number } = { int };
  if (json.minimum !== undefined) rules.min = json.minimum;
  if (json.maximum !== undefined) rules.max = json.maximum;
  if (json.exclusiveMinimum !== undefined) rules.min = json.exclusiveMinimum + (int ? 1 : 0);
  if (json.exclusiveMaximum !== undefined) rules.max = json.exclusiveMaximum - (int ? 1 : 0);
  return rules;
}
