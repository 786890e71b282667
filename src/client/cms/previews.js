/**
 * The preview pane of every collection, drawn with the site's own styles (registered in admin.js): the page's
 * heading, its lead text, its facts with the labels editors and readers see (never ids such as "in-person"), the
 * text sections and the Markdown body. Built from the collection's generated fields, so a new field shows without
 * code here. For per-language files it shows each language's page in turn, the editor's first, each under a label
 * naming its language: Decap previews only the left column's language, and the left column stays the editor's.
 * React's createElement comes from Decap's bundle (`window.h`); values are text nodes, never HTML.
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
 * One language's page.
 * @param {any} h @param {Field[]} fields @param {Record<string, unknown>} data @param {string} locale
 * @param {unknown} body the body as Decap draws it (the left column's language), or undefined to show its text
 */
function page(h, fields, data, locale, body) {
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
    fields.some((f) => f.name === 'body')
      ? (body ?? (typeof data['body'] === 'string' ? h('div', { style: { whiteSpace: 'pre-line' } }, data['body']) : null))
      : null,
  );
}

/**
 * @param {any} h React's createElement
 * @param {Field[]} fields the collection's fields (config.<locale>.yml)
 * @param {{ locales?: string[], label?: (locale: string) => string }} [languages] per-language files: every
 *   language's page, the editor's (the first) first, each under its label
 */
export function previewTemplate(h, fields, languages = {}) {
  /** @param {{ entry: any, widgetFor: (name: string) => unknown, locale?: string }} props */
  return function Preview({ entry, widgetFor, locale = document.documentElement.lang }) {
    const data = /** @type {Record<string, unknown>} */ (plain(entry.get('data')) ?? {});
    const { locales, label } = languages;
    // Decap's widgetFor throws for a field the collection does not have (a calendar entry has no body).
    const body = () => (fields.some((f) => f.name === 'body') ? widgetFor('body') : undefined);
    if (!locales || !label) return page(h, fields, data, locale, body());
    return h(
      'div',
      null,
      ...[locale, ...locales.filter((code) => code !== locale)].map((code) => {
        const own = code === locale ? data : /** @type {Record<string, unknown>} */ (plain(entry.getIn(['i18n', code, 'data'])) ?? {});
        return h(
          'section',
          {
            key: code,
            lang: code,
            'aria-label': label(code),
            className: 'cms-preview-language',
            style: { borderTop: '4px solid #0000bf', marginBottom: '2rem' },
          },
          h(
            'p',
            { lang: document.documentElement.lang, style: { margin: 0, padding: '0.5rem 1.5rem', background: '#0000bf', color: '#fff', fontWeight: 700 } },
            label(code),
          ),
          page(h, fields, own, code, code === locale ? body() : undefined),
        );
      }),
    );
  };
}

/**
 * Registers a preview for every collection with a folder (services, pages, life situations, calendar, partners).
 * @param {any} CMS @param {any} h
 * @param {{ collections: { name: string, folder?: string, fields?: Field[], i18n?: unknown }[], i18n: { locales: string[] } }} config
 * @param {(locale: string) => string} label the label of a language's preview ("Esikatselu: suomi")
 */
export function installPreviews(CMS, h, config, label) {
  for (const collection of config.collections) {
    if (!collection.folder || !collection.fields) continue;
    CMS.registerPreviewTemplate(collection.name, previewTemplate(h, collection.fields, collection.i18n ? { locales: config.i18n.locales, label } : {}));
  }
}
