/** Reading what the CMS form needs out of zod schemas: unwrapping optional and default wrappers, the checks on a text (lengths, patterns), numbers, enums, and references to taxonomy terms (from the metadata termRef gives them). */
import type { z } from 'astro/zod';
import { isTranslatable, textHygienePatterns, type CmsPatternMeta } from '../schemas/common.ts';
import { localeCodes } from '../i18n/locales.ts';
import { type TaxonomyName, type TermReferenceMeta } from '../schemas/taxonomy.ts';
import type { FieldHint } from './collections.ts';
import { type DecapOption, type FieldContext, type Term } from './fields.ts';

/** The pattern a schema asks the CMS to check with (links: see `CmsPatternMeta` in src/schemas/common.ts). */
export function cmsPatternOf(schema: z.ZodType): [string, string] | undefined {
  return (schema.meta() as Partial<CmsPatternMeta> | undefined)?.cmsPattern;
}

/** The largest text length edited on one line; longer (or unlimited) top-level texts get a multi-line box. */
export const ONE_LINE_MAX = 120;

// zod's internal definition objects are untyped here (replacing this walk with .meta() and toJSONSchema is open).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Def = { type: string } & Record<string, any>;

export function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

export interface Unwrapped {
  schema: z.ZodType;
  def: Def;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  translatable: boolean;
}

/** Strips optional/default/nullable/readonly/preprocess wrappers, remembering what they said. */
export function unwrap(schema: z.ZodType): Unwrapped {
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
export function checkMessage(check: Def): string | undefined {
  try {
    const message = typeof check['error'] === 'function' ? check['error']({ input: undefined }) : undefined;
    return typeof message === 'string' ? message : (message as { message?: string } | undefined)?.message;
  } catch {
    return undefined;
  }
}

export function checksOf(def: Def): Def[] {
  return ((def['checks'] ?? []) as unknown[]).map((check) => defOf(check));
}

/** Whether a string schema is a reference to one taxonomy, and which extra values (e.g. `all`) it accepts. */
export function termReference(schema: z.ZodType): { taxonomy: TaxonomyName; extras: string[] } | undefined {
  const meta = schema.meta()?.['termReference'] as TermReferenceMeta | undefined;
  return meta ? { taxonomy: meta.taxonomy, extras: [...meta.extras] } : undefined;
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
  accessibility: 'Accessibility',
  support: 'Support for taking part',
  ages: 'Age groups',
  audiences: 'Audiences',
};

/** "Raseborg / Raasepori": every locale's label, once each. */
export function termLabel(term: Term): string {
  return [...new Set(localeCodes.map((code) => term.label[code]))].join(' / ');
}

export interface TextRules {
  min?: number;
  max?: number;
  nonBlank: boolean;
  minMessage?: string | undefined;
  maxMessage?: string | undefined;
  /** `hygiene`: one of the schemas' character checks, which say nothing about a text's shape (one line or many). */
  patterns: { source: string; message: string; hygiene: boolean }[];
  date: boolean;
}

export function textRules(def: Def, where: string): TextRules {
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
export function textPattern(rules: TextRules): [string, string] | undefined {
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

export function joinHints(...hints: (string | undefined)[]): string | undefined {
  const text = hints.filter(Boolean).join(' ');
  return text || undefined;
}

export function termOptions(reference: { taxonomy: TaxonomyName; extras: string[] }, context: FieldContext, hint: FieldHint): DecapOption[] {
  return [
    ...reference.extras.map((value) => ({ label: hint.extraLabels?.[value] ?? value, value })),
    ...context.terms[reference.taxonomy].map((term) => ({ label: termLabel(term), value: term.id })),
  ];
}

export function enumOptions(def: Def): DecapOption[] {
  return Object.values(def['entries'] as Record<string, string | number>).map((value) => ({ label: humanize(String(value)), value }));
}

/** Whole numbers in a small closed range (e.g. months 1-12) are offered as choices. */
export function smallIntRange(def: Def): number[] | undefined {
  const rules = numberRules(def);
  if (!rules.int || rules.min === undefined || rules.max === undefined || rules.max - rules.min > 31) return undefined;
  return Array.from({ length: rules.max - rules.min + 1 }, (_, i) => rules.min! + i);
}

export function numberRules(def: Def, where = 'number'): { int: boolean; min?: number; max?: number } {
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

export function lengthLimits(def: Def): { min?: number; max?: number } {
  const limits: { min?: number; max?: number } = {};
  for (const check of checksOf(def)) {
    if (check['check'] === 'min_length') limits.min = check['minimum'];
    if (check['check'] === 'max_length') limits.max = check['maximum'];
    if (check['check'] === 'length_equals') limits.min = limits.max = check['length'];
  }
  return limits;
}
