/**
 * The admin's own checks of an entry, all at once, and what a save adds to it.
 * - `problems` lists everything the admin refuses in an entry, in every language: optional texts filled in only some
 *   languages, the other languages' required fields and patterns (Decap checks only the left column), links in
 *   bodies, and the caps `content:check` applies (CONTENT_LIMITS in src/schemas/common.ts: a word of at most
 *   `wordCharacters` characters in any text, a body of at most `bodyCharacters`). The refusal notice lists them with
 *   Decap's own field errors (./notice.js), so one attempt shows every problem.
 * - `prepare` is what a save writes besides the editor's changes: times in the stored form, and for a new entry the
 *   English name as the source of its file name (its URL). `today` is the date "updated" gets on save.
 */
import { halfFilledObjects, otherLocaleProblems, timeChanges } from './locale-check.js';
import { bodyLinks, linkProblem } from './body-links.js';
import { SLUG_KEY } from './formats.js';

/** @typedef {{ locale: string, path: string[], text: string }} SaveProblem */
/** @typedef {{ name: string, label?: string, widget: string, fields?: Field[], field?: Field }} Field */

/**
 * The first word (a run without white space) longer than `max`; the same rule as content:check's `overlongWord`.
 * @param {string} text @param {number} max @returns {string | undefined}
 */
export function overlongWord(text, max) {
  return text.split(/\s+/).find((word) => word.length > max);
}

/**
 * Texts over content:check's caps in one language's data: an overlong word anywhere, a body too long.
 * @param {readonly Field[]} fields @param {unknown} data
 * @param {{ wordCharacters: number, bodyCharacters: number }} limits
 * @param {{ word: (word: string, max: number) => string, body: (length: number, max: number) => string }} texts
 * @param {string[]} path @param {string} prefix
 * @returns {{ path: string[], label: string, message: string }[]}
 */
export function capProblems(fields, data, limits, texts, path = [], prefix = '') {
  if (!data || typeof data !== 'object') return [];
  const record = /** @type {Record<string, unknown>} */ (data);
  return fields.flatMap((field) => {
    const value = record[field.name];
    const here = [...path, field.name];
    const label = `${prefix}${field.label ?? field.name}`;
    if (typeof value === 'string') {
      /** @type {{ path: string[], label: string, message: string }[]} */
      const found = [];
      if (field.widget === 'markdown' && value.length > limits.bodyCharacters)
        found.push({ path: here, label, message: texts.body(value.length, limits.bodyCharacters) });
      const word = overlongWord(value, limits.wordCharacters);
      if (word) found.push({ path: here, label, message: texts.word(word, limits.wordCharacters) });
      return found;
    }
    // A list's item: `[list, index, field]`, the path the refusal notice goes to; a list of plain texts' boxes carry
    // the list's own name.
    if (field.fields && Array.isArray(value)) {
      return value.flatMap((item, index) => capProblems(field.fields ?? [], item, limits, texts, [...here, String(index)], `${label} ${index + 1} › `));
    }
    if (field.field && Array.isArray(value)) {
      const item = { ...field.field, name: field.name };
      return value.flatMap((text, index) => capProblems([item], { [field.name]: text }, limits, texts, [...here, String(index)], `${label} ${index + 1} › `));
    }
    if (field.fields && value && typeof value === 'object') return capProblems(field.fields, value, limits, texts, here, `${label} › `);
    return [];
  });
}

/** Today in the editor's time zone, as the files write dates (`YYYY-MM-DD`). @param {Date} [now] */
export function today(now = new Date()) {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * What the build refuses in a calendar entry across fields (src/schemas/calendar.ts), as string keys: caught at save,
 * or the entry would say "Julkaistu" and be missing from the site.
 * @param {any} data the entry's data @returns {string[]}
 */
export function calendarProblems(data) {
  const problems = [];
  if ((data.startTime || data.endTime) && !data.start) problems.push('cms.calendar.timesNeedStart');
  if (data.endTime && !data.startTime) problems.push('cms.calendar.endNeedsStart');
  if (data.start && data.occurrences?.length) problems.push('cms.calendar.startOrSeries');
  return problems;
}

/** @typedef {Field & { i18n?: unknown, mirror_fields?: string[] }} FormField */

/**
 * The fields of a per-language form that each language writes itself (Decap's `i18n: true`), without the parts of
 * list items that are the same in every language.
 * @param {readonly FormField[]} fields @returns {FormField[]}
 */
export function writtenPerLanguage(fields) {
  return fields
    .filter((field) => field.i18n === true)
    .map((field) =>
      field.mirror_fields && field.fields ? { ...field, fields: field.fields.filter((part) => !field.mirror_fields?.includes(part.name)) } : field,
    );
}

/**
 * Whether the field at `path` (`[field]`, or `[list, index, part]`) is written per language.
 * @param {readonly FormField[]} fields @param {readonly string[]} path
 */
export function isWrittenPerLanguage(fields, path) {
  const field = fields.find((f) => f.name === path[0]);
  return field?.i18n === true && !(path[2] !== undefined && field.mirror_fields?.includes(path[2]));
}

/**
 * @param {{ loaded: any, t: (key: string, values?: Record<string, string | number>) => string, folder: string, site: string, ui: string }} options
 */
export function createSaveChecks({ loaded, t, folder, site, ui }) {
  const names = new Intl.DisplayNames([ui], { type: 'language' });
  /** @param {string} code */
  const language = (code) => names.of(code) ?? code;
  const locales = /** @type {string[]} */ (loaded.i18n.locales);
  const defaultLocale = /** @type {string} */ (loaded.i18n.default_locale);
  const limits = loaded.site_limits ?? { wordCharacters: 200, bodyCharacters: 20_000 };
  /** @param {any} entry */
  const collectionOf = (entry) => loaded.collections.find((/** @type {any} */ c) => c.name === entry.get('collection'));

  /** @param {any} entry @returns {Promise<SaveProblem[]>} */
  async function bodyLinkProblems(entry) {
    const bodies = [entry.getIn(['data', 'body']), ...locales.map((code) => entry.getIn(['i18n', code, 'data', 'body']))];
    const targets = [...new Set(bodies.filter((body) => typeof body === 'string').flatMap((body) => bodyLinks(body)))];
    const found = await Promise.all(
      targets.map(async (url) => {
        const problem = linkProblem(url);
        if (problem === 'path') {
          const answer = await fetch(new URL(url, site), { method: 'HEAD', cache: 'no-cache' }).catch(() => undefined);
          return answer && (answer.status === 404 || answer.status === 410) ? t('cms.bodyLink.missing', { url }) : '';
        }
        return problem ? t(`cms.bodyLink.${problem}`, { url }) : '';
      }),
    );
    return found.filter(Boolean).map((text) => ({ locale: defaultLocale, path: ['body'], text }));
  }

  /**
   * Everything the admin refuses in the entry, every language's (the editor's first).
   * @param {any} entry Decap's entry (Immutable) @returns {Promise<SaveProblem[]>}
   */
  async function problems(entry) {
    const collection = collectionOf(entry);
    if (!collection?.fields) return [];
    const data = entry.get('data')?.toJS() ?? {};
    /** @type {SaveProblem[]} */
    const found = halfFilledObjects(collection.fields, data, t('cms.requiredBoth')).map((p) => ({
      locale: defaultLocale,
      path: [],
      text: `${p.label}: ${p.message}`,
    }));
    const requiredIn = Object.fromEntries(locales.map((code) => [code, t(`cms.requiredIn.${code}`)]));
    const other = otherLocaleProblems(collection, entry.toJS(), loaded.i18n, {
      requiredIn,
      folder,
      folderMessage: t('cms.rule.attachment'),
      count: t('cms.rule.count'),
    });
    found.push(...other.map((p) => ({ locale: p.locale, path: p.path, text: `${p.label} (${language(p.locale)}): ${p.message}` })));
    const capTexts = {
      word: (/** @type {string} */ word, /** @type {number} */ max) => t('cms.rule.longWord', { word: word.slice(0, 20), length: word.length, max }),
      body: (/** @type {number} */ length, /** @type {number} */ max) => t('cms.rule.bodyLength', { length, max }),
    };
    const perLocale = Boolean(collection.i18n);
    for (const code of perLocale ? [defaultLocale, ...locales.filter((c) => c !== defaultLocale)] : [defaultLocale]) {
      const localeData = code === defaultLocale ? data : entry.getIn(['i18n', code, 'data'])?.toJS();
      // The other languages' copies of the fields that are the same in every language are the editor's, checked once.
      const fields = code === defaultLocale ? collection.fields : writtenPerLanguage(collection.fields);
      for (const p of capProblems(fields, localeData, limits, capTexts)) {
        const named = perLocale && isWrittenPerLanguage(collection.fields, p.path) ? `${p.label} (${language(code)})` : p.label;
        found.push({ locale: code, path: p.path, text: `${named}: ${p.message}` });
      }
    }
    if (collection.name === 'calendar') found.push(...calendarProblems(data).map((key) => ({ locale: defaultLocale, path: [], text: t(key) })));
    found.push(...(await bodyLinkProblems(entry)));
    return found;
  }

  /**
   * The entry's data as it is to be written: times in the stored form, and for a new entry of per-language files its
   * English name under SLUG_KEY, which its file name is made from ("updated" is set before, ./store.js).
   * Decap's preSave takes data only (the other languages stay as they are).
   * @param {any} entry @returns {any}
   */
  function prepare(entry) {
    const collection = collectionOf(entry);
    let data = entry.get('data');
    if (!collection?.fields) return data;
    for (const change of timeChanges(collection.fields, data.toJS())) data = data.setIn(change.path, change.value);
    if (collection.i18n && entry.get('newRecord')) {
      const field = collection.identifier_field;
      const english = entry.getIn(defaultLocale === 'en' ? ['data', field] : ['i18n', 'en', 'data', field]);
      data = data.set(SLUG_KEY, typeof english === 'string' && english.trim() ? english : entry.getIn(['data', field]));
    }
    return data;
  }

  return { problems, prepare };
}
