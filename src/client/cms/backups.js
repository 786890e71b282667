/**
 * Decap keeps unsaved work in the browser (a "local backup" per entry) and offers it back when the entry is opened
 * again. A backup holds the text of Decap's default locale as `raw` and the other languages under `i18n`, and the
 * default locale here is the editor's interface language (src/cms/config.ts): work left in Finnish and opened in
 * English would come back with each language in the other's column, and be saved into the other's file. So the
 * admin records the language each backup was written in, and hands Decap each backup in the editor's language as
 * Decap reads it.
 *
 * Decap bundles localForage without configuring it, so the backups are in localForage's default IndexedDB
 * database and store, under `backup.<collection>.<slug>` (`backup.<collection>` for a new entry).
 */

/** localForage's default database and store (decap-cms 3.x, `localForage` in decap-cms-lib-util). */
const DECAP_STORE = { database: 'localforage', store: 'keyvaluepairs' };

/**
 * Not Decap's: the language a backup's `raw` is in, added as Decap writes it (Decap reads only the fields it
 * wrote). The path cannot tell: Decap stores the entry's path without its locale folder.
 */
const WRITTEN_IN = 'siteUiLocale';

/**
 * @typedef {{ raw: string, path?: string, mediaFiles?: unknown[], i18n?: Record<string, { raw: string }>, siteUiLocale?: string }} Backup
 */

/**
 * The collection of a stored entry backup, from its key; undefined for other keys (Decap's own `backup`, which
 * its error page keeps, and whatever else shares the store).
 * @param {unknown} key
 */
export function backupCollection(key) {
  return typeof key === 'string' ? /^backup\.([^.]+)/.exec(key)?.[1] : undefined;
}

/** @param {unknown} value @returns {value is Backup} */
const isBackup = (value) => typeof value === 'object' && value !== null && typeof (/** @type {Backup} */ (value).raw) === 'string';

/**
 * The locale a backup's `raw` is in: as recorded, else the locale folder of its path (should Decap store one),
 * else the one locale missing from its `i18n` (Decap leaves a language out there only when the entry has nothing in
 * it, which a new entry never does); undefined when nothing tells.
 * @param {Backup} backup @param {readonly string[]} locales
 * @returns {string | undefined}
 */
export function backupLocale(backup, locales) {
  const recorded = backup[WRITTEN_IN];
  if (recorded && locales.includes(recorded)) return recorded;
  const folder = (backup.path ?? '').split('/').at(-2);
  if (folder && locales.includes(folder)) return folder;
  const unlisted = locales.filter((code) => !Object.hasOwn(backup.i18n ?? {}, code));
  return unlisted.length === 1 ? unlisted[0] : undefined;
}

/**
 * The backup with `ui`'s text as `raw` and the others under `i18n`; the backup itself when it already is, or when
 * its language is unknown. `blank` is the collection's file text of an empty entry, for a language the entry had
 * nothing in (an empty `raw` would make Decap ignore the backup).
 * @param {unknown} backup @param {string} ui @param {readonly string[]} locales @param {string} blank
 * @returns {unknown}
 */
export function backupInLocale(backup, ui, locales, blank) {
  if (!isBackup(backup) || !locales.includes(ui)) return backup;
  const from = backupLocale(backup, locales);
  if (!from || from === ui) return backup;
  const { [ui]: wanted, ...others } = backup.i18n ?? {};
  const folders = (backup.path ?? '').split('/');
  if (folders.at(-2) === from) folders.splice(-2, 1, ui);
  return {
    ...backup,
    raw: typeof wanted?.raw === 'string' && wanted.raw.trim() ? wanted.raw : blank,
    ...(backup.path === undefined ? {} : { path: folders.join('/') }),
    i18n: { ...others, [from]: { raw: backup.raw } },
    [WRITTEN_IN]: ui,
  };
}

/**
 * The rewrite of every stored backup for an editor whose Decap default locale is `config.i18n.default_locale`.
 * Collections without Decap i18n keep every language in one form (`{ en, fi }` fields), so their backups fit any
 * editor and stay as they are.
 * @param {{ i18n: { locales: string[], default_locale: string }, collections: { name: string, i18n?: unknown, format?: string }[] }} config
 * @param {(format: string) => string} blank the file text of an empty entry in a format
 * @returns {(key: unknown, value: unknown) => unknown}
 */
export function backupsForEditor(config, blank) {
  const { locales, default_locale: ui } = config.i18n;
  return (key, value) => {
    const collection = config.collections.find((c) => c.name === backupCollection(key));
    if (!collection?.i18n) return value;
    return backupInLocale(value, ui, locales, blank(collection.format ?? ''));
  };
}

/** @param {IDBObjectStore} store */
const isDecapStore = (store) => store.name === DECAP_STORE.store && store.transaction.db.name === DECAP_STORE.database;

/**
 * Records `ui` in every entry backup Decap writes from now on. Decap gives no hook for its backups, and writes each
 * one whole, through localForage's `put`.
 * @param {string} ui @param {Pick<IDBObjectStore, 'put'>} [target] the prototype to wrap
 */
export function recordBackupLocale(ui, target = IDBObjectStore.prototype) {
  const put = target.put;
  /** @this {IDBObjectStore} @param {unknown} value @param {IDBValidKey} [key] */
  target.put = function (value, key) {
    const recorded = backupCollection(key) && isBackup(value) && isDecapStore(this) ? { ...value, [WRITTEN_IN]: ui } : value;
    return key === undefined ? put.call(this, recorded) : put.call(this, recorded, key);
  };
}

/**
 * Wraps Decap's reads of its backups (`get` on localForage's store, `backup.*` keys):
 * - A backup comes back through `rewrite`, in the editor's language whatever language it was written in, also one
 *   that another tab, open in the other language, wrote a moment ago.
 * - Decap reads an entry's backup while the entry itself loads, and offers it as soon as it is read; when the entry
 *   arrives after that, it replaces the restored work (decap-cms#5470): accepted, the work was lost. A new entry
 *   is no different: Decap builds its empty draft asynchronously, and an empty draft that came after the restored
 *   backup emptied the form. So a read of an entry's backup (a new entry's too) is answered once the entry's form
 *   shows, which Decap draws after the entry has loaded or the empty draft is made (or after `maxWaitMs`, so the
 *   offer cannot go missing); and never if the editor has left for another entry meanwhile, where Decap would offer it.
 * @param {{ rewrite: (key: unknown, value: unknown) => unknown, formShown: () => boolean, currentEntry?: () => string, maxWaitMs?: number }} options
 * @param {{ target: Pick<IDBObjectStore, 'get'>, request: { set?: (this: IDBRequest, handler: unknown) => void } }} [hooks]
 */
export function wrapBackupReads({ rewrite, formShown, currentEntry = () => location.hash, maxWaitMs = 10_000 }, hooks = defaultReadHooks()) {
  const get = hooks.target.get;
  const setOnsuccess = hooks.request.set;
  if (!setOnsuccess) return;
  /** @this {IDBObjectStore} @param {IDBValidKey | IDBKeyRange} key */
  hooks.target.get = function (key) {
    const request = get.call(this, key);
    if (!backupCollection(key) || !isDecapStore(this)) return request;
    const asked = Date.now();
    const entryAsked = currentEntry();
    // localForage answers through `onsuccess`, reading `result`: the handler it sets runs when the answer is due.
    Object.defineProperty(request, 'onsuccess', {
      configurable: true,
      set(/** @type {(this: IDBRequest, event: Event) => unknown} */ handler) {
        /** @param {Event} event */
        const answer = (event) => {
          if (currentEntry() !== entryAsked) return;
          if (!formShown() && Date.now() - asked <= maxWaitMs) return void setTimeout(answer, 50, event);
          const value = rewrite(key, request.result);
          if (value !== request.result) Object.defineProperty(request, 'result', { configurable: true, value });
          handler.call(request, event);
        };
        setOnsuccess.call(request, answer);
      },
    });
    return request;
  };
}

function defaultReadHooks() {
  return { target: IDBObjectStore.prototype, request: Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess') ?? {} };
}
