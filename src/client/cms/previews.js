/**
 * The preview pane of every collection, drawn with the site's own styles (registered in admin.js): the page's
 * heading, its lead text, its facts with the labels editors and readers see (never ids such as "in-person"), the
 * text sections and the Markdown body. Built from the collection's generated fields, so a new field shows without
 * code here. React's createElement comes from Decap's bundle (`window.h`); values are text nodes, never HTML.
 */

/** @typedef {{ name: string, label?: string, widget: string, options?: { label: string, value: string | number }[], fields?: Field[], field?: Field, multiple?: boolean }} Field */

/** @param {unknown} value */
const plain = (value) => /** @type {any} */ (value)?.toJS?.() ?? value;

/** An option's label in the editor's language ("Raasepori / Raseborg" → "Raasepori"). @param {string} label */
const ownLabel = (label) => label.split(' / ')[0] ?? label;

/**
 * A value as readers see it: option labels for choices, a language's text of `{ en, fi }`, items joined.
 * @param {Field} field @param {unknown} value @param {string} locale
 * @returns {string}
 */
export function displayValue(field, value, locale) {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value))
    return value
      .map((item) => displayValue({ ...field, multiple: false }, item, locale))
      .filter(Boolean)
      .join(', ');
  if (field.options) {
    const option = field.options.find((o) => o.value === value);
    return option ? ownLabel(option.label) : String(value);
  }
  if (typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    if (locale in record && field.widget === 'object') return String(record[locale] ?? '');
    const parts = (field.fields ?? []).map((child) => displayValue(child, record[child.name], locale)).filter(Boolean);
    return parts.join(', ');
  }
  if (typeof value === 'boolean') return value ? '✓' : '–';
  return String(value);
}

const LEAD_FIELDS = ['summary', 'description'];
const TITLE_FIELDS = ['name', 'title'];

/**
 * @param {any} h React's createElement
 * @param {Field[]} fields the collection's fields (config.<locale>.yml)
 */
export function previewTemplate(h, fields) {
  /** @param {{ entry: any, widgetFor: (name: string) => unknown, locale?: string }} props */
  return function Preview({ entry, widgetFor, locale = document.documentElement.lang }) {
    const data = /** @type {Record<string, unknown>} */ (plain(entry.get('data')) ?? {});
    const text = (/** @type {Field | undefined} */ field) => (field ? displayValue(field, data[field.name], locale) : '');
    const title = fields.find((f) => TITLE_FIELDS.includes(f.name));
    const lead = fields.find((f) => LEAD_FIELDS.includes(f.name));
    // Related entries are stored as ids (slugs), which the preview does not show.
    const facts = fields.filter((f) => !TITLE_FIELDS.includes(f.name) && !LEAD_FIELDS.includes(f.name) && !['markdown', 'text', 'relation'].includes(f.widget));
    const sections = fields.filter((f) => f.widget === 'text' && text(f));
    const rows = facts.map((f) => [f, text(f)]).filter(([, value]) => value);
    return h(
      'article',
      { lang: locale, className: 'cms-preview', style: { padding: '1.5rem', maxWidth: '46rem' } },
      text(title) ? h('h1', null, text(title)) : null,
      lead && text(lead) ? h('p', { className: 'lead' }, text(lead)) : null,
      rows.length > 0
        ? h(
            'dl',
            null,
            ...rows.flatMap(([field, value]) => [
              h('dt', { key: `t-${/** @type {Field} */ (field).name}` }, /** @type {Field} */ (field).label),
              h('dd', { key: `d-${/** @type {Field} */ (field).name}` }, value),
            ]),
          )
        : null,
      ...sections.map((f) => h('section', { key: f.name }, h('h2', null, f.label), h('p', { style: { whiteSpace: 'pre-line' } }, text(f)))),
      fields.some((f) => f.name === 'body') ? widgetFor('body') : null,
    );
  };
}

/**
 * Registers a preview for every collection with a folder (services, pages, life situations, calendar, partners).
 * @param {any} CMS @param {any} h @param {{ collections: { name: string, folder?: string, fields?: Field[] }[] }} config
 */
export function installPreviews(CMS, h, config) {
  for (const collection of config.collections) {
    if (collection.folder && collection.fields) CMS.registerPreviewTemplate(collection.name, previewTemplate(h, collection.fields));
  }
}
