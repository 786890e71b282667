/**
 * The checks Decap leaves out. Decap validates only the left column (the editor's language, which the generated
 * config makes Decap's default locale) and saves the other languages as they are: a service saved with only its
 * English side written had a Finnish file with no name, which broke the build. This checks the translated fields of
 * every other language the way Decap checks the left column (required, pattern, list length), plus what Decap's file
 * widget never checks (it tests a file field's pattern on the file's name only): the folder.
 *
 * Plain data in, plain messages out, so it is unit-tested in Node (locale-check.test.ts).
 */
import { withoutEmpty } from './formats.js';

/** @typedef {{ name: string, label?: string, widget: string, required?: boolean, i18n?: boolean | string, pattern?: [string, string], min?: number, max?: number, fields?: Field[], field?: Field, mirror_fields?: string[] }} Field */
/** @typedef {{ locale: string, path: string[], label: string, message: string }} Problem */

/**
 * Empty as the saved file will have it: the site's formats leave out blank texts and lists or objects left empty.
 * @param {unknown} value
 */
const isEmpty = (value) => withoutEmpty(value) === undefined;

/**
 * What Decap tests a pattern against: the name of a file, a list joined with commas, the value itself.
 * @param {Field} field @param {unknown} value
 */
function patternSubject(field, value) {
  if (field.widget === 'file' || field.widget === 'image') return String(value).split('/').pop() ?? '';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/**
 * Problems of one file field anywhere in the form (every language, the left column too): a value outside the media
 * folder. Decap never checks this, and a typed `/etc/x.pdf` or `https://…` would otherwise be saved.
 * @param {Field} field @param {unknown} value @param {string} folder e.g. `/attachments/`
 */
export function outsideFolder(field, value, folder) {
  return field.widget === 'file' && typeof value === 'string' && value !== '' && !value.startsWith(folder);
}

/**
 * @param {readonly Field[]} fields the translated fields' definitions (config.<locale>.yml)
 * @param {Record<string, unknown> | undefined} data one language's data
 * @param {{ locale: string, required: string, folder: string, folderMessage: string, count: string }} texts
 * @param {string[]} path field names down to here
 * @param {string} prefix labels down to here ("Contacts 2 › ")
 * @returns {Problem[]}
 */
export function localeProblems(fields, data, texts, path = [], prefix = '') {
  /** @type {Problem[]} */
  const problems = [];
  const problem = (/** @type {Field} */ field, /** @type {string} */ message) =>
    problems.push({ locale: texts.locale, path: [...path, field.name], label: `${prefix}${field.label ?? field.name}`, message });
  for (const field of fields) {
    // Fields shared by every language are copies of the left column's, which Decap validates.
    if (field.i18n !== true) continue;
    const value = data?.[field.name];
    if (isEmpty(value)) {
      if (field.required !== false) problem(field, texts.required);
      continue;
    }
    if (field.pattern && !new RegExp(field.pattern[0]).test(patternSubject(field, value))) problem(field, field.pattern[1]);
    if (Array.isArray(value) && ((field.min !== undefined && value.length < field.min) || (field.max !== undefined && value.length > field.max))) {
      problem(field, texts.count.replace('{min}', String(field.min ?? 0)).replace('{max}', String(field.max ?? '')));
    }
    if (outsideFolder(field, value, texts.folder)) problem(field, texts.folderMessage);
    if (field.widget === 'list' && Array.isArray(value)) {
      const items = field.fields ?? (field.field ? [field.field] : undefined);
      value.forEach((item, index) => {
        if (!items) return;
        const itemData = field.fields ? /** @type {Record<string, unknown>} */ (item) : { [items[0]?.name ?? '']: item };
        // An item's parts that are the same in every language are the editor's column's (./mirror.js), checked there.
        const marked = items.filter((child) => !field.mirror_fields?.includes(child.name)).map((child) => ({ ...child, i18n: true }));
        problems.push(
          ...localeProblems(marked, itemData, texts, [...path, field.name, String(index)], `${prefix}${field.label ?? field.name} ${index + 1} › `),
        );
      });
    } else if (field.widget === 'object' && field.fields && typeof value === 'object') {
      const marked = field.fields.map((child) => ({ ...child, i18n: true }));
      problems.push(
        ...localeProblems(marked, /** @type {Record<string, unknown>} */ (value), texts, [...path, field.name], `${prefix}${field.label ?? field.name} › `),
      );
    }
  }
  return problems;
}

/**
 * Problems of every language but the editor's (Decap's default locale) in an entry of an i18n collection.
 * @param {{ i18n?: unknown, fields: Field[] }} collection
 * @param {{ i18n?: Record<string, { data?: Record<string, unknown> }> }} entry the entry as plain data
 * @param {{ locales: string[], default_locale: string }} i18n
 * @param {{ requiredIn: Record<string, string>, folder: string, folderMessage: string, count: string }} texts
 * @returns {Problem[]}
 */
export function otherLocaleProblems(collection, entry, i18n, texts) {
  if (!collection.i18n) return [];
  return i18n.locales
    .filter((locale) => locale !== i18n.default_locale)
    .flatMap((locale) =>
      localeProblems(collection.fields, entry.i18n?.[locale]?.data, {
        locale,
        required: texts.requiredIn[locale] ?? '',
        folder: texts.folder,
        folderMessage: texts.folderMessage,
        count: texts.count,
      }),
    );
}

/**
 * Times written the Finnish way ("17.30", "9.00") in the one form the site stores ("17:30", "09:00"), in the fields
 * the config marks `normalize: time`, at any depth: each change as a path into the data and the new value.
 * @param {readonly (Field & { normalize?: string })[]} fields
 * @param {Record<string, unknown>} data
 * @param {(string | number)[]} path
 * @returns {{ path: (string | number)[], value: string }[]}
 */
export function timeChanges(fields, data, path = []) {
  return fields.flatMap((field) => {
    const value = data?.[field.name];
    const here = [...path, field.name];
    if (field.normalize === 'time' && typeof value === 'string' && /^\d{1,2}[.:]\d{2}$/.test(value.trim())) {
      const time = value.trim().replace('.', ':').padStart(5, '0');
      return time === value ? [] : [{ path: here, value: time }];
    }
    if (field.fields && Array.isArray(value)) {
      return value.flatMap((item, index) => (item && typeof item === 'object' ? timeChanges(field.fields ?? [], item, [...here, index]) : []));
    }
    if (field.fields && value && typeof value === 'object') return timeChanges(field.fields, /** @type {Record<string, unknown>} */ (value), here);
    return [];
  });
}

/**
 * Ids of a taxonomy that content uses but a taxonomy form no longer has (renamed or removed). Decap cannot lock a
 * list item's id, so the save is refused instead; `content:check` refuses the same in a pull request.
 * @param {Record<string, unknown>} used the ids in use (keys)
 * @param {{ terms?: { id?: string }[] }} data the taxonomy file as the form would save it
 */
export function idsInUseRemoved(used, data) {
  const kept = new Set((data.terms ?? []).map((term) => term.id));
  return Object.keys(used).filter((id) => !kept.has(id));
}

/**
 * Optional texts given in every language at once (`{ en, fi }`, e.g. an event's place) that are filled in only some.
 * The form lets each language's box be empty (else the whole optional text would be required), so this is checked
 * on save; the schema refuses a half-filled one too.
 * @param {readonly (Field & { all_or_none?: boolean })[]} fields
 * @param {Record<string, unknown>} data
 * @param {string} message
 * @param {string} prefix
 * @returns {{ label: string, message: string }[]}
 */
export function halfFilledObjects(fields, data, message, prefix = '') {
  return fields.flatMap((field) => {
    const value = data?.[field.name];
    const label = `${prefix}${field.label ?? field.name}`;
    if (field.all_or_none && value && typeof value === 'object' && !Array.isArray(value)) {
      const filled = (field.fields ?? []).map((child) => !isEmpty(/** @type {Record<string, unknown>} */ (value)[child.name]));
      return filled.some(Boolean) && !filled.every(Boolean) ? [{ label, message }] : [];
    }
    if (field.fields && Array.isArray(value)) {
      return value.flatMap((item, index) => halfFilledObjects(field.fields ?? [], item, message, `${label} ${index + 1} › `));
    }
    return [];
  });
}
