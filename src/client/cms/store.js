/**
 * Decap's Redux store, for what its interface cannot do: Decap exposes no store, so it is found through React's
 * internal fiber of a rendered element (the store is the `store` prop of react-redux's Provider at the root).
 * What the admin does with it: bring the other languages' lists in step before a save.
 */
import { inStep } from './mirror.js';

/**
 * @param {Document} doc
 * @returns {{ getState: () => any, dispatch: (action: any) => any, subscribe: (listener: () => void) => () => void } | undefined}
 */
export function findStore(doc) {
  const root = doc.getElementById('nc-root') ?? doc.body;
  const element = root.querySelector('*');
  if (!element) return undefined;
  const key = Object.keys(element).find((name) => name.startsWith('__reactFiber$'));
  /** @type {any} */
  let fiber = key ? /** @type {any} */ (element)[key] : undefined;
  while (fiber) {
    const store = fiber.memoizedProps?.store;
    if (store && typeof store.dispatch === 'function' && typeof store.getState === 'function') return store;
    fiber = fiber.return;
  }
  return undefined;
}

/**
 * Before a save: every list whose items have parts that are not text (`mirror_fields`, `prefill_fields`) is brought
 * in step in the other languages from the editor's, whether or not their columns are on screen (./mirror.js
 * `inStep`). Returns the labels of the lists that changed.
 * @param {NonNullable<ReturnType<typeof findStore>>} store
 * @param {{ locales: string[], default_locale: string }} i18n
 * @returns {string[]}
 */
export function bringListsInStep(store, i18n) {
  const state = store.getState();
  const entry = state.entryDraft?.get('entry');
  // A draft loaded only in part (Decap's `partial`) does not hold every field: nothing to go by.
  if (!entry || entry.get('partial')) return [];
  const fields = state.collections.getIn([entry.get('collection'), 'fields']);
  if (!fields) return [];
  /** @type {string[]} */
  const changed = [];
  for (const field of fields) {
    const same = field.get('mirror_fields')?.toJS?.() ?? [];
    const start = field.get('prefill_fields')?.toJS?.() ?? [];
    if (same.length + start.length === 0) continue;
    const name = field.get('name');
    const mine = entry.getIn(['data', name]);
    if (mine === undefined) continue;
    for (const locale of i18n.locales) {
      if (locale === i18n.default_locale || !entry.getIn(['i18n', locale, 'data'])) continue;
      const other = store.getState().entryDraft.getIn(['entry', 'i18n', locale, 'data', name]);
      const next = inStep(mine, other, { same, start });
      if (next === other) continue;
      store.dispatch({
        type: 'DRAFT_CHANGE_FIELD',
        payload: { field, value: next, metadata: {}, entries: [], i18n: { currentLocale: locale, defaultLocale: i18n.default_locale, locales: i18n.locales } },
      });
      if (!changed.includes(field.get('label'))) changed.push(field.get('label'));
    }
  }
  return changed;
}

/**
 * Before a save: "updated" (Päivitetty) becomes `date` in every language, as an edit of the field would make it
 * (Decap's own action, so the form, the backup and every language's file agree). No-op where the entry has none.
 * @param {NonNullable<ReturnType<typeof findStore>>} store
 * @param {{ locales: string[], default_locale: string }} i18n
 * @param {string} date `YYYY-MM-DD`
 */
export function stampUpdated(store, i18n, date) {
  const state = store.getState();
  const entry = state.entryDraft?.get('entry');
  if (!entry || entry.get('partial')) return;
  const field = state.collections
    .getIn([entry.get('collection'), 'fields'])
    ?.find((/** @type {any} */ f) => f.get('name') === 'updated' && f.get('widget') === 'site-date');
  if (!field) return;
  const perLocale = Boolean(state.collections.getIn([entry.get('collection'), 'i18n']));
  for (const locale of perLocale ? i18n.locales : [i18n.default_locale]) {
    const path = locale === i18n.default_locale ? ['entry', 'data', 'updated'] : ['entry', 'i18n', locale, 'data', 'updated'];
    if (locale !== i18n.default_locale && !store.getState().entryDraft.getIn(['entry', 'i18n', locale, 'data'])) continue;
    if (store.getState().entryDraft.getIn(path) === date) continue;
    store.dispatch({
      type: 'DRAFT_CHANGE_FIELD',
      payload: {
        field,
        value: date,
        metadata: {},
        entries: [],
        ...(perLocale ? { i18n: { currentLocale: locale, defaultLocale: i18n.default_locale, locales: i18n.locales } } : {}),
      },
    });
  }
}
