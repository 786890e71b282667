/**
 * Lists of plain texts (keywords, and every list whose items are one text box): a box may hold one text or a comma
 * list ("suomen kieli, keskustelu, iltakurssi"), typed or pasted. Nothing is split while the editor types (Decap
 * redraws the list when its value changes, and a box redrawn under the cursor loses what is typed next); on save
 * each comma list becomes separate texts, trimmed, with empty texts and repeats (in any letter case) dropped, in every
 * language, before Decap's own checks run.
 */

/**
 * The list's texts, one per comma-separated part of each box, trimmed, without empties or repeats.
 * @param {readonly unknown[]} items @returns {unknown[]}
 */
export function splitTexts(items) {
  const seen = new Set();
  /** @type {unknown[]} */
  const out = [];
  for (const item of items) {
    const parts = typeof item === 'string' ? item.split(',').map((part) => part.trim()) : [item];
    for (const part of parts) {
      if (part === '' || part === null || part === undefined) continue;
      const key = typeof part === 'string' ? part.toLocaleLowerCase() : part;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(part);
    }
  }
  return out;
}

/** @typedef {{ name: string, widget: string, fields?: Field[], field?: Field }} Field */

/** @param {Field} field */
const isTextList = (field) => field.widget === 'list' && field.field?.widget === 'string';

// Decap's values are Immutable.js Lists and Maps, worked on through their own methods (no copy of Immutable needed);
// plain arrays and objects are taken too.
/** @param {any} list @returns {unknown[]} */
const itemsOf = (list) => (Array.isArray(list) ? list : list.toArray());
/** @param {any} list @param {unknown[]} items */
const withItems = (list, items) => (Array.isArray(list) ? items : list.clear().push(...items));
/** @param {any} value */
const isList = (value) => Array.isArray(value) || (typeof value?.toArray === 'function' && typeof value?.push === 'function');
/** @param {any} value */
const isRecord = (value) => value !== null && typeof value === 'object' && !isList(value);
/** @param {any} record @param {string} key */
const read = (record, key) => (typeof record.get === 'function' ? record.get(key) : record[key]);
/** @param {any} record @param {string} key @param {unknown} value */
const write = (record, key, value) => (typeof record.set === 'function' ? record.set(key, value) : { ...record, [key]: value });

/**
 * A field's value with every list of plain texts in it split (./splitTexts), also inside objects and lists of
 * objects; the same value (===) where nothing changes.
 * @param {Field} field @param {any} value @returns {any}
 */
export function withTextsSplit(field, value) {
  if (isTextList(field) && isList(value)) {
    const items = itemsOf(value);
    const next = splitTexts(items);
    return next.length === items.length && next.every((item, index) => item === items[index]) ? value : withItems(value, next);
  }
  if (!field.fields) return value;
  if (isList(value)) {
    const items = itemsOf(value);
    const next = items.map((item) => withTextsSplit({ name: field.name, widget: 'object', fields: field.fields }, item));
    return next.some((item, index) => item !== items[index]) ? withItems(value, next) : value;
  }
  if (!isRecord(value)) return value;
  let next = value;
  for (const child of field.fields) {
    const current = read(next, child.name);
    if (current === undefined || current === null) continue;
    const split = withTextsSplit(child, current);
    if (split !== current) next = write(next, child.name, split);
  }
  return next;
}

/**
 * Before a save: every list of plain texts of the entry being edited, in every language, split at its commas, with
 * Decap's own action (as an edit of the field would), so the form, the backup and every language's file agree.
 * @param {{ getState: () => any, dispatch: (action: any) => any }} store Decap's store (./store.js)
 * @param {{ locales: string[], default_locale: string }} i18n
 */
export function splitTextLists(store, i18n) {
  const state = store.getState();
  const entry = state.entryDraft?.get('entry');
  // A draft loaded only in part (Decap's `partial`) does not hold every field: nothing to go by.
  if (!entry || entry.get('partial')) return;
  const collection = state.collections.get(entry.get('collection'));
  const fields = collection?.get('fields');
  if (!fields) return;
  const perLocale = Boolean(collection.get('i18n'));
  for (const field of fields) {
    const js = /** @type {Field} */ (field.toJS());
    if (!isTextList(js) && !js.fields) continue;
    for (const locale of perLocale ? i18n.locales : [i18n.default_locale]) {
      const path = locale === i18n.default_locale ? ['entry', 'data', js.name] : ['entry', 'i18n', locale, 'data', js.name];
      const value = store.getState().entryDraft.getIn(path);
      if (value === undefined || value === null) continue;
      const split = withTextsSplit(js, value);
      if (split === value) continue;
      store.dispatch({
        type: 'DRAFT_CHANGE_FIELD',
        payload: {
          field,
          value: split,
          metadata: {},
          entries: [],
          ...(perLocale ? { i18n: { currentLocale: locale, defaultLocale: i18n.default_locale, locales: i18n.locales } } : {}),
        },
      });
    }
  }
}
