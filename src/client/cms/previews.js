/**
 * The preview pane of every collection, drawn with the site's own styles (registered in admin.js): the page's
 * heading, its lead text, its facts with the labels editors and readers see (never ids such as "in-person"), the
 * text sections and the Markdown body. Built from the collection's generated fields, so a new field shows without
 * code here. For per-language files it shows each language's page in turn, the editor's first, each under a label
 * naming its language: Decap previews only the left column's language, and the left column stays the editor's.
 * Dates and times read as the site writes them in each language (`site_formats` in the generated config: "7.12.2026
 * klo 17.30–19.00" in Finnish, "7 Dec 2026, 17:30–19:00" in English), never as stored or typed.
 * React's createElement comes from Decap's bundle (`window.h`); values are text nodes, never HTML.
 */

/** @typedef {{ name: string, label?: string, widget: string, normalize?: string, options?: { label: string, value: string | number }[], fields?: Field[], field?: Field, multiple?: boolean }} Field */
/**
 * How a language writes dates and times on the site: its `dateLocale` and the `calendar.when` UI string.
 * @typedef {{ dateLocale: string, dateStyle: 'medium' | 'short' | 'long' | 'full', when: string }} LocaleFormat
 */

/** @param {unknown} value */
const plain = (value) => /** @type {any} */ (value)?.toJS?.() ?? value;

/** An option's label in the editor's language ("Raasepori / Raseborg" → "Raasepori"). @param {string} label */
const ownLabel = (label) => label.split(' / ')[0] ?? label;

/**
 * A stored date (`YYYY-MM-DD`) as the site writes it in a language; anything else as it is.
 * @param {string} date @param {LocaleFormat | undefined} format
 */
export function showDay(date, format) {
  if (!format || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat(format.dateLocale, { dateStyle: format.dateStyle, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * A time as stored ("17:30") or typed ("17.30", "9.00") as the site writes it in a language ("17.30", "17:30").
 * @param {string} time @param {LocaleFormat | undefined} format
 */
export function showTime(time, format) {
  const match = /^(\d{1,2})[.:](\d{2})$/.exec(time.trim());
  if (!format || !match) return time;
  const at = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(format.dateLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(at);
}

/**
 * When something is: its days and its hours, as the site's calendar says it ("7.12.2026 klo 17.30–19.00"); hours
 * alone with the words the language puts before them ("klo 17.30").
 * @param {string[]} days @param {string[]} hours @param {LocaleFormat | undefined} format
 */
export function showWhen(days, hours, format) {
  const date = days.map((day) => showDay(day, format)).join(' – ');
  const time = hours.map((hour) => showTime(hour, format)).join('–');
  if (!time) return date;
  const pattern = format?.when ?? '{date} {time}';
  if (!date)
    return pattern
      .replace('{date}', '')
      .replace(/^[\s,]+/, '')
      .replace('{time}', time);
  return pattern.replace('{date}', date).replace('{time}', time);
}

/**
 * An object's fields as rows: a date and its times as one ("Päivä: 7.12.2026 klo 17.30–19.00"), the rest each on
 * its own.
 * @param {readonly Field[]} fields @param {Record<string, unknown>} record
 * @returns {[Field, Field[]][]} each row's field, and the fields it shows
 */
function rowsOf(fields, record) {
  const filled = (/** @type {Field} */ field) => record[field.name] !== undefined && record[field.name] !== null && record[field.name] !== '';
  const days = fields.filter((field) => field.widget === 'site-date' && filled(field));
  const hours = fields.filter((field) => field.normalize === 'time' && filled(field));
  const when = hours.length > 0 ? [...days, ...hours] : [];
  return fields.flatMap((field) => {
    if (when.includes(field)) return field === when[0] ? [[field, when]] : [];
    return [[field, [field]]];
  });
}

/**
 * A value as readers see it: option labels for choices, a language's text of `{ en, fi }`, dates and times as the
 * site writes them in `locale`, items joined.
 * @param {Field} field @param {unknown} value @param {string} locale
 * @param {Record<string, LocaleFormat>} [formats] each language's way of writing dates and times
 * @returns {string}
 */
export function displayValue(field, value, locale, formats = {}) {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value))
    return value
      .map((item) => displayValue({ ...field, multiple: false }, item, locale, formats))
      .filter(Boolean)
      .join(', ');
  if (field.options) {
    const option = field.options.find((o) => o.value === value);
    return option ? ownLabel(option.label) : String(value);
  }
  if (typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    if (locale in record && field.widget === 'object') return String(record[locale] ?? '');
    return rowsOf(field.fields ?? [], record)
      .map(([row, shown]) => rowText(row, shown, record, locale, formats))
      .filter(Boolean)
      .join(', ');
  }
  if (typeof value === 'boolean') return value ? '✓' : '–';
  if (typeof value === 'string' && field.widget === 'site-date') return showDay(value, formats[locale]);
  if (typeof value === 'string' && field.normalize === 'time') return showWhen([], [value], formats[locale]);
  return String(value);
}

/**
 * One row's text: a field's value, or a date with its times.
 * @param {Field} row @param {Field[]} shown @param {Record<string, unknown>} record @param {string} locale
 * @param {Record<string, LocaleFormat>} formats
 */
function rowText(row, shown, record, locale, formats) {
  if (shown.length === 1) return displayValue(row, record[row.name], locale, formats);
  const values = (/** @type {(field: Field) => boolean} */ test) => shown.filter(test).map((field) => String(record[field.name]));
  return showWhen(
    values((field) => field.widget === 'site-date'),
    values((field) => field.normalize === 'time'),
    formats[locale],
  );
}

const LEAD_FIELDS = ['summary', 'description'];
const TITLE_FIELDS = ['name', 'title'];

/**
 * One language's page.
 * @param {any} h @param {Field[]} fields @param {Record<string, unknown>} data @param {string} locale
 * @param {unknown} body the body as Decap draws it (the left column's language), or undefined to show its text
 * @param {Record<string, LocaleFormat>} formats
 */
function page(h, fields, data, locale, body, formats) {
  const text = (/** @type {Field | undefined} */ field) => (field ? displayValue(field, data[field.name], locale, formats) : '');
  const title = fields.find((f) => TITLE_FIELDS.includes(f.name));
  const lead = fields.find((f) => LEAD_FIELDS.includes(f.name));
  // Related entries are stored as ids (slugs), which the preview does not show.
  const facts = fields.filter((f) => !TITLE_FIELDS.includes(f.name) && !LEAD_FIELDS.includes(f.name) && !['markdown', 'text', 'relation'].includes(f.widget));
  const sections = fields.filter((f) => f.widget === 'text' && text(f));
  const rows = rowsOf(facts, data)
    .map(([field, shown]) => /** @type {[Field, string]} */ ([field, rowText(field, shown, data, locale, formats)]))
    .filter(([, value]) => value);
  return h(
    'article',
    { lang: locale, className: 'cms-preview', style: { padding: '1.5rem', maxWidth: '46rem' } },
    text(title) ? h('h1', null, text(title)) : null,
    lead && text(lead) ? h('p', { className: 'lead' }, text(lead)) : null,
    rows.length > 0
      ? h('dl', null, ...rows.flatMap(([field, value]) => [h('dt', { key: `t-${field.name}` }, field.label), h('dd', { key: `d-${field.name}` }, value)]))
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
 * @param {Record<string, LocaleFormat>} [formats] each language's way of writing dates and times
 */
export function previewTemplate(h, fields, languages = {}, formats = {}) {
  /** @param {{ entry: any, widgetFor: (name: string) => unknown, locale?: string }} props */
  return function Preview({ entry, widgetFor, locale = document.documentElement.lang }) {
    const data = /** @type {Record<string, unknown>} */ (plain(entry.get('data')) ?? {});
    const { locales, label } = languages;
    // Decap's widgetFor throws for a field the collection does not have (a calendar entry has no body).
    const body = () => (fields.some((f) => f.name === 'body') ? widgetFor('body') : undefined);
    if (!locales || !label) return page(h, fields, data, locale, body(), formats);
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
          page(h, fields, own, code, code === locale ? body() : undefined, formats),
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
 * @param {Record<string, LocaleFormat>} formats each language's way of writing dates and times
 */
export function installPreviews(CMS, h, config, label, formats) {
  for (const collection of config.collections) {
    if (!collection.folder || !collection.fields) continue;
    const languages = collection.i18n ? { locales: config.i18n.locales, label } : {};
    CMS.registerPreviewTemplate(collection.name, previewTemplate(h, collection.fields, languages, formats));
  }
}
