/**
 * Date fields as a Finn types them, whatever the browser's locale: a plain text box that takes "15.4.2027",
 * "15.04.2027" or "2027-04-15", shows a stored date as 15.4.2027 in Finnish (2027-04-15 in English), names the day it
 * understood ("torstai 15. huhtikuuta 2027") and stores `YYYY-MM-DD` as the content files do. Anything else
 * (a US-style 4/12/2027, a two-digit year, 31.2.2027) is refused with a plain message rather than guessed: Chromium's
 * own date box reads the browser's order (mm/dd/yyyy in an American browser) and silently turned 15.4. into 4 December.
 * React comes from Decap's bundle (`window.h`).
 */

/** @typedef {{ iso: string } | { error: 'format' | 'impossible' }} Parsed */

/**
 * What an editor typed, as a date.
 * @param {string} typed
 * @returns {Parsed | undefined} undefined for an empty box
 */
export function parseTypedDate(typed) {
  const text = typed.trim().replace(/\.$/, '');
  if (text === '') return undefined;
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = finnish
    ? [Number(finnish[3]), Number(finnish[2]), Number(finnish[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [];
  if (year === undefined || month === undefined || day === undefined) return { error: 'format' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { error: 'impossible' };
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** A stored date (`YYYY-MM-DD`, or a Date a YAML reader made of it) as text, or '' for none. @param {unknown} value */
export function storedDate(value) {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : '';
}

/**
 * A stored date as the editor writes it: d.m.yyyy in Finnish, yyyy-mm-dd otherwise; anything unparsed as it is.
 * @param {string} iso @param {string} ui
 */
export function showDate(iso, ui) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || ui !== 'fi') return iso;
  return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

/**
 * @typedef {{ ui: string, messages: { format: string, impossible: string } }} DateTexts
 */

/**
 * The date widget's control (registered as `site-date`).
 * @param {any} h React's createElement @param {any} Component React.Component @param {DateTexts} texts
 */
export function dateControl(h, Component, texts) {
  const spoken = new Intl.DateTimeFormat(texts.ui, { dateStyle: 'full', timeZone: 'UTC' });
  return class DateControl extends Component {
    /** @param {any} props */
    constructor(props) {
      super(props);
      this.state = { text: showDate(storedDate(props.value), texts.ui) };
    }
    /** @param {any} previous */
    componentDidUpdate(previous) {
      // A value set from outside (a backup restored, "Päivitetty" stamped on save) replaces what the box shows.
      const value = storedDate(this.props.value);
      if (value === storedDate(previous.value)) return;
      const own = parseTypedDate(/** @type {string} */ (this.state.text));
      const ownValue = own === undefined ? '' : 'iso' in own ? own.iso : this.state.text;
      if (value !== ownValue) this.setState({ text: showDate(value, texts.ui) });
    }
    isValid() {
      const parsed = parseTypedDate(storedDate(this.props.value));
      if (parsed === undefined || 'iso' in parsed) return { error: false };
      return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message: texts.messages[parsed.error] } };
    }
    render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
      const text = /** @type {string} */ (this.state.text);
      const parsed = parseTypedDate(text);
      const hintId = `${forID}-understood`;
      return h(
        'div',
        null,
        h('input', {
          type: 'text',
          id: forID,
          className: classNameWrapper,
          inputMode: 'numeric',
          autoComplete: 'off',
          placeholder: texts.ui === 'fi' ? 'pp.kk.vvvv' : 'd.m.yyyy',
          value: text,
          'aria-describedby': hintId,
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          /** @param {{ target: HTMLInputElement }} event */
          onChange: (event) => {
            const typed = event.target.value;
            this.setState({ text: typed });
            const now = parseTypedDate(typed);
            // A refused text is kept in the entry, so that the save is refused with its message instead of dropped.
            onChange(now === undefined ? '' : 'iso' in now ? now.iso : typed);
          },
        }),
        h(
          'p',
          { id: hintId, 'aria-live': 'polite', className: 'site-date-understood', style: { margin: '0.25rem 0 0', fontSize: '0.875rem' } },
          parsed && 'iso' in parsed ? spoken.format(new Date(`${parsed.iso}T00:00:00Z`)) : '',
        ),
      );
    }
  };
}

/**
 * The configuration with a default of `day` for the date fields an editor must otherwise fill in by hand on a new
 * entry ("Tarkistettu", "Päivitetty"): a new service was checked, and written, on the day it is made.
 * @param {any} config Decap's configuration (as parsed) @param {string} day YYYY-MM-DD
 * @param {string[]} names the fields' names
 * @returns {any}
 */
export function withDayDefaults(config, day, names = ['reviewed', 'updated']) {
  /** @param {any[] | undefined} fields @returns {any[] | undefined} */
  const visit = (fields) =>
    fields?.map((field) => ({
      ...field,
      ...(names.includes(field.name) && field.widget === 'site-date' && field.default === undefined ? { default: day } : {}),
      ...(field.fields ? { fields: visit(field.fields) } : {}),
    }));
  // Only the keys a collection has: a files collection (the taxonomies) given `fields: undefined` breaks Decap's save.
  /** @param {any} node a folder collection, a files collection or one of its files @returns {any} */
  const withDefaults = (node) => ({
    ...node,
    ...(node.fields ? { fields: visit(node.fields) } : {}),
    ...(node.files ? { files: node.files.map(withDefaults) } : {}),
  });
  return { ...config, collections: config.collections?.map(withDefaults) };
}
