/**
 * The entry lists of the collections written per language (services, program pages, life situations) show and
 * search each entry's name in every language: "Kielikahvila / Language café" for a Finnish editor.
 *
 * Decap lists such a collection from the files of its default locale only (the editor's language here), and its
 * list summary reads only those files' data. So the admin wraps the backend's folder listings: from the listed
 * files of every language it works out each entry's names in the other languages, and the site's file format
 * (formats.js) adds them to the entry's data as `otherLanguageNames` (" / Language café"), which the summary shows
 * after the name (src/cms/config.ts) and Decap's search reads with it. The format never writes that field.
 */

/** The data key the list summary reads; not a field of any schema, and never written to a file. */
export const OTHER_NAMES_KEY = 'otherLanguageNames';

/**
 * @typedef {{ folder?: string, identifier_field?: string, i18n?: unknown }} ListedCollection
 * @typedef {{ data: string, file: { path: string } }} ListedFile
 */

/**
 * Each listed file's text → the names of its entry in the other languages, for the collections written per language
 * (`<folder>/<locale>/<slug>.<extension>`), editor's language first.
 * @param {readonly ListedFile[]} files
 * @param {readonly ListedCollection[]} collections
 * @param {readonly string[]} locales the editor's language first
 * @param {(text: string) => Record<string, unknown>} parse the format's `fromFile`
 * @returns {Map<string, string>}
 */
export function otherLanguageNames(files, collections, locales, parse) {
  /** @type {Map<string, Map<string, string>>} entry (collection folder and slug) → locale → name */
  const names = new Map();
  /** @type {[ListedFile, string, string][]} */
  const placed = [];
  for (const file of files) {
    const collection = collections.find((c) => c.i18n && c.folder && file.file.path.startsWith(`${c.folder}/`));
    if (!collection?.folder || typeof file.data !== 'string') continue;
    const [locale, name, ...deeper] = file.file.path.slice(collection.folder.length + 1).split('/');
    if (!locale || !name || deeper.length > 0 || !locales.includes(locale)) continue;
    const slug = name.replace(/\.[^.]+$/, '');
    const key = `${collection.folder}/${slug}`;
    let value;
    try {
      value = parse(file.data)[collection.identifier_field ?? 'title'];
    } catch {
      continue;
    }
    if (typeof value !== 'string' || !value.trim()) continue;
    if (!names.has(key)) names.set(key, new Map());
    names.get(key)?.set(locale, value.trim());
    placed.push([file, key, locale]);
  }
  /** @type {Map<string, string>} */
  const others = new Map();
  for (const [file, key, locale] of placed) {
    const byLocale = names.get(key);
    const rest = locales.filter((code) => code !== locale && byLocale?.has(code)).map((code) => byLocale?.get(code));
    if (rest.length > 0) others.set(file.data, ` / ${rest.join(' / ')}`);
  }
  return others;
}

/**
 * Wraps every registered backend so that its folder listings record the other languages' names (`remember`).
 * Decap picks the backend from the configuration (or the local proxy), so each one's `init` is wrapped.
 * @param {{ getBackend: (name: string) => { init: (...args: unknown[]) => object } | undefined }} cms
 * @param {readonly string[]} names backend names
 * @param {(files: readonly ListedFile[]) => void} remember
 */
export function listOtherNamesFromBackends(cms, names, remember) {
  for (const name of names) {
    const entry = cms.getBackend(name);
    if (!entry) continue;
    const init = entry.init;
    entry.init = (...args) => {
      const backend = /** @type {Record<string | symbol, unknown>} */ (init(...args));
      return new Proxy(backend, {
        get(target, property) {
          const value = Reflect.get(target, property, target);
          if (typeof value !== 'function') return value;
          if (property !== 'entriesByFolder' && property !== 'allEntriesByFolder') return value.bind(target);
          return async (/** @type {unknown[]} */ ...listArgs) => {
            const files = await value.apply(target, listArgs);
            if (Array.isArray(files)) remember(files);
            return files;
          };
        },
      });
    };
  }
}
