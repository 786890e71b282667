/**
 * The admin page's script (served as /admin/admin.js, a module; the page's CSP allows no inline script).
 * Loads Decap CMS from the site itself, registers the content formats and the site's own styles for the preview
 * pane, keeps uploads to the allowed attachment types, then starts the CMS in the editor's language with /admin/config.<locale>.yml.
 */
import * as YAML from './vendor/yaml/index.js';
import { createFormats, FORMAT_NAMES } from './formats.js';
import { listOtherNamesFromBackends, otherLanguageNames } from './list-names.js';
import { guardUploads } from './uploads.js';
import { fi } from './locale-fi.js';
import { installWidgets, refuseSave } from './widgets.js';
import { idsInUseRemoved } from './locale-check.js';
import { createSaveChecks, today } from './save-checks.js';
import { withDayDefaults } from './dates.js';
import { installPreviews } from './previews.js';
import { checkViewLive, countListItems, installHelp, labelLanguageColumns, nameFieldsInEditorLanguage } from './site-ui.js';
import { backupsForEditor, recordBackupLocale, wrapBackupReads } from './backups.js';
import { installPublishButton } from './publish.js';
import { installNote, installRefusalNotice } from './notice.js';
import { bringListsInStep, findStore, stampUpdated } from './store.js';
import { splitTextLists } from './text-lists.js';
import { deriveTermIds, guardTermRemoval } from './terms.js';
import { explainApiErrors } from './api-error.js';

/** @type {any} */
const w = window;
w.CMS_MANUAL_INIT = true;

/** @param {string} src */
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/**
 * The stylesheets of the site's home page (built CSS files, or the dev server's inline styles).
 * @returns {Promise<({ href: string } | { raw: string })[]>}
 */
async function siteStyles() {
  const response = await fetch(document.documentElement.dataset['siteHome'] ?? '/');
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  return [
    // DOMParser runs no script, so it parses <noscript> as markup: leave out the no-JavaScript stylesheet there.
    ...[...page.querySelectorAll('link[rel="stylesheet"][href]')]
      .filter((link) => !link.closest('noscript'))
      .map((link) => ({ href: new URL(link.getAttribute('href') ?? '', response.url).href })),
    ...[...page.querySelectorAll('style')].map((style) => ({ raw: style.textContent ?? '' })),
  ];
}

const root = document.documentElement.dataset;
const uiLocales = (root['uiLocales'] ?? 'en').split(' ');

/**
 * The editor's language: `?lang=fi` if given (and remembered), else the first of the browser's languages the site
 * has, else the site's default.
 * @returns {string}
 */
function uiLocale() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked && uiLocales.includes(asked)) localStorage.setItem('cms-ui-locale', asked);
  const wanted = [localStorage.getItem('cms-ui-locale') ?? '', ...navigator.languages.map((tag) => tag.split('-')[0] ?? '')];
  return wanted.find((code) => uiLocales.includes(code)) ?? root['defaultLocale'] ?? 'en';
}

const ui = uiLocale();
document.documentElement.lang = ui;

/** On the editor's own machine the admin talks to decap-server, and "view on the site" goes to the local site. */
const local = ['localhost', '127.0.0.1'].includes(location.hostname);

// A draft reads each language's file from its branch; for a file the draft did not change Decap sends an empty file
// id, which decap-server refuses (it reads by path, and needs no id), so the other language's column opened empty.
if (local) {
  const send = window.fetch.bind(window);
  window.fetch = (input, init) => {
    if (typeof init?.body === 'string' && init.body.includes('"unpublishedEntryDataFile"')) {
      const body = JSON.parse(init.body);
      if (body.action === 'unpublishedEntryDataFile' && body.params?.id === '') {
        return send(input, { ...init, body: JSON.stringify({ ...body, params: { ...body.params, id: 'unchanged' } }) });
      }
    }
    return send(input, init);
  };
}

/**
 * decap-server's mode: `local_git` has the editorial workflow as online; `local_fs` (a developer's option) only
 * writes files, so there "Publish" is called "Save". Undefined online or when no server answers.
 * @param {string} url @returns {Promise<string | undefined>}
 */
async function proxyType(url) {
  if (!local) return undefined;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
    return response.ok ? (await response.json()).type : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The configuration in the editor's language, read here rather than by Decap so its media type does not matter.
 * `site_strings` (the `cms.*` UI strings) and `site_term_usage` (the taxonomy ids content uses) are the admin's, not
 * Decap's, and are taken out before Decap sees them.
 * `site_limits` (content:check's caps) and `site_formats` (each language's dates and times, for the preview) too.
 * @returns {Promise<{ config: any, strings: Record<string, string>, usage: Record<string, Record<string, string[]>>, limits: any, formats: any }>}
 */
async function config() {
  const file = `config.${ui}.yml`;
  const response = await fetch(file, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const { site_strings: strings, site_term_usage: usage, site_limits: limits, site_formats: formats, ...loaded } = YAML.parse(await response.text());
  return {
    strings,
    usage,
    limits,
    formats,
    config: { ...withDayDefaults(loaded, today()), ...(local ? { site_url: location.origin, display_url: location.origin } : {}), load_config_file: false },
  };
}

/**
 * Decap's phrases with the site's words: status names that do not clash with a page's visibility, a message that
 * fits every refused save, and, with decap-server in file mode (where saving writes files), "Save" for "Publish".
 * @param {any} base @param {Record<string, string>} s @param {boolean} filesOnly
 */
function phrases(base, s, filesOnly) {
  const saveWords = filesOnly
    ? {
        publish: s['cms.toolbar.publish'],
        published: s['cms.toolbar.published'],
        publishing: s['cms.toolbar.publishing'],
        publishNow: s['cms.toolbar.publishNow'],
        publishAndCreateNew: s['cms.toolbar.publishAndCreateNew'],
        publishAndDuplicate: s['cms.toolbar.publishAndDuplicate'],
      }
    : {};
  const toolbar = {
    ...base.editor.editorToolbar,
    draft: s['cms.toolbar.draft'],
    inReview: s['cms.toolbar.inReview'],
    ready: s['cms.toolbar.ready'],
    deployButtonLabel: s['cms.toolbar.viewLive'],
    ...saveWords,
  };
  const toast = {
    ...base.ui.toast,
    missingRequiredField: s['cms.toolbar.missingRequiredField'],
    onFailToPersist: s['cms.toolbar.onFailToPersist'],
    entryPublished: s[filesOnly ? 'cms.toolbar.entrySavedLocally' : local ? 'cms.toolbar.entryPublishedLocal' : 'cms.toolbar.entryPublished'],
  };
  // The site's pattern messages are whole sentences in the editor's language ("Summary: At most 150 characters.").
  const widget = { ...base.editor.editorControlPane.widget, regexPattern: '%{fieldLabel}: %{pattern}' };
  const editorControlPane = { ...base.editor.editorControlPane, widget };
  const workflowList = {
    ...base.workflow.workflowList,
    draftHeader: s['cms.toolbar.draft'],
    inReviewHeader: s['cms.toolbar.inReview'],
    readyHeader: s['cms.toolbar.ready'],
  };
  return {
    ...base,
    editor: { ...base.editor, editorToolbar: toolbar, editorControlPane },
    ui: { ...base.ui, toast },
    workflow: { ...base.workflow, workflowList },
  };
}

/** A refused save: the toast shows `String(error)`, which is then the message alone. */
class SaveRefused extends Error {
  toString() {
    return this.message;
  }
}

guardUploads(document, (root['attachmentTypes'] ?? '').split(' ').filter(Boolean));

const [styles, { config: loaded, strings: s, usage, limits, formats: dateFormats }] = await Promise.all([
  siteStyles().catch(() => []),
  config(),
  loadScript('decap-cms.js'),
]);
const filesOnly = (await proxyType(loaded.local_backend?.url ?? '')) === 'local_fs';

/**
 * A `cms.*` UI string with its `{name}` placeholders filled in (the site's `translate`, for this page's plain script).
 * @param {string} key @param {Record<string, string | number>} [values]
 */
const t = (key, values = {}) => (s[key] ?? '').replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
const CMS = w.CMS;
const h = w.h;
// Decap ships no Finnish interface (src/client/cms/locale-fi.js); English is Decap's own.
CMS.registerLocale('fi', phrases(fi, s, filesOnly));
CMS.registerLocale('en', phrases(CMS.getLocale('en'), s, filesOnly));
// The entry lists show every language's name (src/client/cms/list-names.js): listed files' texts → other names.
/** @type {Map<string, string>} */
const otherNames = new Map();
const formats = createFormats(YAML, { otherNamesOf: (content) => otherNames.get(content) });
for (const [name, extension, formatter] of formats) CMS.registerCustomFormat(name, extension, formatter);
const readFrontmatter = createFormats(YAML).find(([name]) => name === FORMAT_NAMES.frontmatter)?.[2].fromFile ?? (() => ({}));
listOtherNamesFromBackends(CMS, ['proxy', 'github', 'gitlab', 'gitea', 'git-gateway', 'bitbucket', 'azure'], (files) => {
  for (const [text, names] of otherLanguageNames(files, loaded.collections, loaded.i18n.locales, readFrontmatter)) otherNames.set(text, names);
});
for (const style of styles) {
  if ('raw' in style) CMS.registerPreviewStyle(style.raw, { raw: true });
  else CMS.registerPreviewStyle(style.href);
}
const folder = `${String(loaded.public_folder).replace(/\/$/, '')}/`;
installWidgets(CMS, h, {
  counter: (count, max) => t('cms.counter', { count, max }),
  over: (over) => t('cms.counter.over', { over }),
  folder,
  folderMessage: t('cms.rule.attachment'),
  defaultLocale: loaded.i18n.default_locale,
  dates: { ui, messages: { format: t('cms.rule.dateFormat'), impossible: t('cms.rule.dateImpossible') } },
  shared: t('cms.shared'),
});
const languageNames = new Intl.DisplayNames([ui], { type: 'language' });
installPreviews(CMS, h, loaded, (code) => t('cms.preview.language', { language: languageNames.of(code) ?? code }), dateFormats ?? {});

const checks = createSaveChecks({ loaded: { ...loaded, site_limits: limits }, t, folder, site: local ? location.origin : loaded.site_url, ui });

/** The admin's problems with the entry at the last save attempt, for the refusal notice (with Decap's own). */
let problems = /** @type {import('./save-checks.js').SaveProblem[]} */ ([]);

CMS.registerEventListener({
  name: 'preSave',
  /** @param {{ entry: any }} event */
  handler: async ({ entry }) => {
    const collection = loaded.collections.find((/** @type {any} */ c) => c.name === entry.get('collection'));
    if (collection?.files) {
      const used = usage[entry.get('slug')] ?? {};
      const removed = idsInUseRemoved(used, entry.get('data').toJS());
      if (removed.length > 0) throw new SaveRefused(removed.map((id) => t('cms.idInUse', { id, files: (used[id] ?? []).join(', ') })).join(' '));
      return undefined;
    }
    if (!collection?.fields) return undefined;
    // Every problem at once, also those of the other language (whose column may be hidden): the notice lists them.
    problems = await checks.problems(entry);
    if (problems.length > 0) {
      refuseSave();
      throw new SaveRefused(t('cms.saveRefused', { fields: problems.map((p) => p.text).join(' ') }));
    }
    // Returned data replaces the entry's (Decap's preSave contract).
    return checks.prepare(entry);
  },
});

// Unsaved work kept in another interface language comes back in this one's columns, and stays once accepted
// (src/client/cms/backups.js). Every field's input has an id `<name>-field-<n>`: the form is drawn, so the entry has loaded.
recordBackupLocale(loaded.i18n.default_locale);
const formatters = new Map(formats.map(([name, , formatter]) => [name, formatter]));
wrapBackupReads({
  rewrite: backupsForEditor(loaded, (format) => formatters.get(format)?.toFile({}) ?? ''),
  formShown: () => document.querySelector('[id*="-field-"]') !== null,
});

CMS.init({ config: loaded });
installHelp(document, s, local);
checkViewLive(document, t('cms.toolbar.viewLive'), t('cms.viewLive.missing'));
const decapWords = ui === 'fi' ? fi : CMS.getLocale('en');
if (!filesOnly) {
  const statusOptions = loaded.collections.flatMap((/** @type {any} */ c) => c.fields ?? []).find((/** @type {any} */ f) => f.name === 'status')?.options ?? [];
  const toolbarWords = decapWords.editor.editorToolbar;
  installPublishButton(document, window, {
    publish: toolbarWords.publish,
    save: toolbarWords.save,
    saving: toolbarWords.saving,
    statusPrefix: String(toolbarWords.status).replace('%{status}', ''),
    ready: t('cms.toolbar.ready'),
    publishNow: toolbarWords.publishNow,
    busy: t('cms.publish.busy'),
    nothing: t('cms.publish.nothing'),
    takeDown: statusOptions.filter((/** @type {any} */ o) => o.value === 'draft' || o.value === 'archived').map((/** @type {any} */ o) => o.label),
    takeDownConfirm: t('cms.publish.takeDown'),
    remove: [toolbarWords.deletePublishedEntry, toolbarWords.deleteEntry, toolbarWords.deleteUnpublishedEntry].filter(Boolean),
  });
}
installRefusalNotice(
  document,
  {
    title: t('cms.notice.title'),
    close: t('cms.notice.close'),
    save: decapWords.editor.editorToolbar.save,
    publish: decapWords.editor.editorToolbar.publish,
    columnsToggle: decapWords.editor.editorInterface.toggleI18n,
    language: (code) => languageNames.of(code) ?? code,
  },
  () => problems,
  ui,
  loaded.i18n.locales.find((/** @type {string} */ code) => code !== ui) ?? ui,
  loaded.i18n.locales,
  () => {
    // The entry being edited, from the address: `#/collections/<name>/entries/<slug>` or `#/collections/<name>/new`.
    const [, name, slug] = /^#\/collections\/([^/?]+)(?:\/entries\/([^/?]+))?/.exec(location.hash) ?? [];
    const collection = loaded.collections.find((/** @type {any} */ c) => c.name === name);
    const fields = collection?.fields ?? collection?.files?.find((/** @type {any} */ file) => file.name === slug)?.fields ?? [];
    return { perLanguage: Boolean(collection?.i18n), fields };
  },
);
// Decap's store (./store.js), once Decap has drawn its interface.
const store = await new Promise((resolve) => {
  const look = () => {
    const found = findStore(document);
    if (found) resolve(found);
    else setTimeout(look, 100);
  };
  look();
});
const note = installNote(document, t('cms.notice.close'));
// Before Decap's own click handler: the other languages' lists of places, contacts, links and attachments are
// brought in step with the editor's, whatever columns are on screen, and the editor is told which.
document.addEventListener(
  'click',
  (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const text = button?.textContent?.trim();
    if (text !== decapWords.editor.editorToolbar.save && text !== decapWords.editor.editorToolbar.publish) return;
    // Keywords typed or pasted as a comma list become one keyword each, before Decap checks them (./text-lists.js).
    splitTextLists(store, loaded.i18n);
    // "Päivitetty" is the day of the save, in every language's file.
    stampUpdated(store, loaded.i18n, today());
    const lists = bringListsInStep(store, loaded.i18n);
    if (lists.length > 0) note(t('cms.listsInStep', { lists: lists.join(', ') }));
    // Decap's own checks stop a save before the admin's (preSave): these are found now, so the notice lists both.
    void recheck(true);
  },
  true,
);

/**
 * The admin's problems with the entry being edited, found again (after a save attempt, and while any are listed,
 * after each change, so a fixed one leaves the notice). `attempt`: the other column's fields are marked too.
 * @param {boolean} attempt
 */
async function recheck(attempt) {
  const entry = store.getState().entryDraft?.get('entry');
  const collection = entry && loaded.collections.find((/** @type {any} */ c) => c.name === entry.get('collection'));
  problems = collection?.fields ? await checks.problems(entry) : [];
  if (attempt && problems.length > 0) refuseSave();
}
let recheckTimer = 0;
let lastEntry = /** @type {unknown} */ (undefined);
store.subscribe(() => {
  const entry = store.getState().entryDraft?.get('entry');
  if (entry === lastEntry) return;
  lastEntry = entry;
  if (problems.length === 0) return;
  clearTimeout(recheckTimer);
  recheckTimer = window.setTimeout(() => void recheck(false), 300);
});
guardTermRemoval(
  document,
  window,
  usage,
  {
    confirm: (term) => t('cms.term.removeConfirm', { term }),
    inUse: (term, entries) => t('cms.term.inUse', { term, entries: entries.join(', ') }),
    remove: (summary) => t('cms.term.remove', { term: summary }),
    toggle: (summary) => t('cms.term.toggle', { term: summary }),
  },
  note,
  async () => (await config()).usage,
);
deriveTermIds(store);
// Decap names a failure of the backend (git, GitHub) by its class, "API_ERROR: …": the editor is told in words what
// happened and what to try; the technical detail stays in the toast's title for whoever helps.
explainApiErrors(document, t('cms.apiError'));
const writingIn = /** @type {string} */ (decapWords.editor.editorControlPane.i18n.writingInLocale);
labelLanguageColumns(document, writingIn, ui, loaded.i18n.locales, (language) => t('cms.column', { language }));
/** Every list field's count forms, by name (the same name counts alike in every collection). */
const countForms = {};
/** @param {any[]} fields */
const collectCountForms = (fields = []) => {
  for (const field of fields) {
    if (field.count_forms) Object.assign(countForms, { [field.name]: field.count_forms });
    collectCountForms(field.fields);
  }
};
for (const collection of loaded.collections) collectCountForms(collection.fields ?? collection.files.flatMap((/** @type {any} */ file) => file.fields));
countListItems(document, ui, countForms);
nameFieldsInEditorLanguage(document, decapWords.editor.editorControl.field.widgetLabel, decapWords.editor.editorWidgets.datetime.setToNow);
