/**
 * Decap CMS's own checks on entry data, re-implemented for tests (decap-cms-core's Widget.validatePresence and
 * validatePattern, the select, list and number widgets' isValid): what Decap would refuse to save under a config.
 */
import type { DecapField } from '../../src/cms/fields.ts';
import { parseTypedDate } from '../../src/client/cms/dates.js';

/** Decap's isEmpty: null, undefined, empty text or list, empty object. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string' || Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

function countErrors(field: DecapField, items: unknown[], where: string): string[] {
  if (field.min !== undefined && items.length < field.min) return [`${where}: at least ${field.min}`];
  if (field.max !== undefined && items.length > field.max) return [`${where}: at most ${field.max}`];
  return [];
}

export interface DecapContext {
  /** Entry slugs per collection, for relation widgets. */
  slugs: Record<string, ReadonlySet<string>>;
}

export function fieldErrors(field: DecapField, value: unknown, context: DecapContext, where: string): string[] {
  if (isEmpty(value)) return field.required === false ? [] : [`${where}: required`];
  const errors: string[] = [];
  if (field.pattern && !new RegExp(field.pattern[0]).test(String(value))) errors.push(`${where}: ${field.pattern[1]} (${JSON.stringify(value)})`);
  const values = field.options?.map((option) => option.value) ?? [];
  switch (field.widget) {
    case 'string':
    case 'text':
    case 'markdown':
    case 'file':
      if (typeof value !== 'string') errors.push(`${where}: expected text`);
      break;
    case 'site-date':
      // The admin's date widget (src/client/cms/dates.js) accepts only what parses as a date.
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !('iso' in (parseTypedDate(value) ?? {})))
        errors.push(`${where}: expected a YYYY-MM-DD date`);
      break;
    case 'number':
      if (typeof value !== 'number' || (field.value_type === 'int' && !Number.isInteger(value))) errors.push(`${where}: expected a number`);
      else if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) errors.push(`${where}: out of range`);
      break;
    case 'boolean':
      if (typeof value !== 'boolean') errors.push(`${where}: expected true or false`);
      break;
    case 'select':
      if (field.multiple) {
        if (!Array.isArray(value)) errors.push(`${where}: expected a list`);
        else
          errors.push(
            ...value.filter((v) => !values.includes(v)).map((v) => `${where}: ${JSON.stringify(v)} is not an option`),
            ...countErrors(field, value, where),
          );
      } else if (!values.includes(value as string)) errors.push(`${where}: ${JSON.stringify(value)} is not an option`);
      break;
    case 'relation': {
      const known = context.slugs[field.collection!] ?? new Set();
      const chosen = field.multiple ? (Array.isArray(value) ? value : [value]) : [value];
      errors.push(...chosen.filter((v) => !known.has(v as string)).map((v) => `${where}: no ${field.collection} entry ${JSON.stringify(v)}`));
      break;
    }
    case 'list':
      if (!Array.isArray(value)) {
        errors.push(`${where}: expected a list`);
        break;
      }
      errors.push(...countErrors(field, value, where));
      value.forEach((item, index) => {
        if (field.fields) errors.push(...entryErrors(field.fields, item as Record<string, unknown>, context, `${where}[${index}].`));
        else if (field.field) errors.push(...fieldErrors(field.field, item, context, `${where}[${index}]`));
        else if (typeof item !== 'string') errors.push(`${where}[${index}]: expected text`);
      });
      break;
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) errors.push(`${where}: expected an object`);
      else errors.push(...entryErrors(field.fields ?? [], value as Record<string, unknown>, context, `${where}.`));
      break;
    default:
      errors.push(`${where}: unknown widget ${field.widget}`);
  }
  return errors;
}

/** Problems Decap would report for an entry's data; keys the form has no field for are problems too. */
export function entryErrors(fields: readonly DecapField[], data: Record<string, unknown>, context: DecapContext, prefix = ''): string[] {
  const names = new Set(fields.map((field) => field.name));
  return [
    ...Object.keys(data)
      .filter((key) => !names.has(key))
      .map((key) => `${prefix}${key}: the form has no such field`),
    ...fields.flatMap((field) => fieldErrors(field, data[field.name], context, `${prefix}${field.name}`)),
  ];
}
