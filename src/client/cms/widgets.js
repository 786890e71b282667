/**
 * Decap's own widgets, extended where an editor was let down (decap-cms 3.16, decap-cms-core 3.19):
 * - a live character counter under texts with a length limit (`max_length` in the generated config);
 * - every control can check itself, so when a save is refused for the other language's column, the refused fields
 *   there show Decap's own error next to them (Decap validates only the left column);
 * - a file field must hold a file of the media folder (Decap tests a file field's pattern on its name only);
 * - a list's row titled with a date has no date in its title until one is given (not today's, as Decap's filter gave);
 * - lists of places, contacts, links and attachments are entered once: the other language's list follows the
 *   editor's for the parts that are not text (./mirror.js);
 * - a field that is the same in every language is read-only in the other languages' columns, everywhere (Decap's
 *   duplicated fields and the shared parts of those lists alike): it says where it is edited, takes no keys, and is
 *   never marked as missing or wrong there (its value is the editor's column's, which is checked);
 * - a field is marked wrong only after a save attempt or after it is left: a new row of a list is not red before
 *   anything is typed, and a field marked wrong is checked again as it changes, so the mark goes when it is fixed;
 * - a relation shown read-only in the other language's column no longer re-sends its value after loading, which
 *   made Decap mark an entry "unsaved changes" as soon as it was opened.
 * React comes from Decap's bundle (`window.h` is React's createElement); the controls are Decap's classes, subclassed.
 */
import { mirrorList } from './mirror.js';
import { dateControl, showDate, storedDate } from './dates.js';
import { itemParts, keepReadOnly, withCopiedParts } from './shared-fields.js';

/** Controls on screen, in both columns, so that a refused save can make each check itself. */
const mountedControls = new Set();
/**
 * The entry (its address) whose save was refused: its controls check themselves on every change, so a fixed field
 * loses its error at once. Only that entry's: another entry, or a new one, opens with no field marked.
 * @type {string | undefined}
 */
let refusedEntry;
const refused = () => refusedEntry !== undefined && refusedEntry === location.hash;
// Leaving the entry ends it (coming back to a new entry's form starts it afresh).
window.addEventListener('hashchange', () => {
  if (location.hash !== refusedEntry) refusedEntry = undefined;
});

/** Marks every control on screen with its errors (Decap marks only the left column's) and keeps them current. */
export function refuseSave() {
  refusedEntry = location.hash;
  for (const control of mountedControls) if (!control.props.isDisabled) control.props.validate?.();
}

/**
 * Re-registers a built-in widget with a subclass of its control (keeping its schema, preview and styles).
 * @param {any} CMS @param {string} name @param {(Base: any) => any} extend
 */
function extendWidget(CMS, name, extend) {
  // `control` and `preview` must not be spread back: registerWidget would let them override the new components.
  const { control, preview, ...rest } = CMS.getWidget(name);
  CMS.registerWidget({ ...rest, name, controlComponent: extend(control), previewComponent: preview });
}

/**
 * The list items added while the form is open (their keys, which their fields' `parentIds` hold): their fields are
 * not checked as they appear, only when left or on a save attempt.
 * @type {Set<string>}
 */
const addedItems = new Set();
/** @param {any} props a control's props */
const inAddedItem = (props) => (props.parentIds ?? []).some((/** @type {string} */ id) => addedItems.has(id));

/**
 * Whether a control shows an error: its own, or one of a field inside it (Decap keeps errors by the field's id, each
 * with the ids of the fields around it).
 * @param {any} props a control's props
 */
function showsError(props) {
  const errors = props.fieldsErrors;
  if (!errors || errors.size === 0 || !props.forID) return false;
  if (errors.get(props.forID)?.size > 0) return true;
  return errors.some((/** @type {any} */ list) => list?.some?.((/** @type {any} */ error) => error?.parentIds?.includes?.(props.forID)));
}

/**
 * Every extended control: checks itself when a save is refused (./notice.js lists the errors), is read-only with a
 * note where it is a copy of the editor's column (`isDisabled`, Decap's mark for a field duplicated from the default
 * locale, which ./widgets.js also gives the shared parts of list items), and is never checked there.
 * @param {any} Base @param {any} h @param {string} sharedNote
 */
function selfValidating(Base, h, sharedNote) {
  return class extends Base {
    componentDidMount() {
      super.componentDidMount?.();
      mountedControls.add(this);
      this.keepShared();
      // A column shown after a refused save (the preview turned off) marks its refused fields at once: after Decap
      // has tied the control's own check to it (the markdown editor's comes after mounting; before, validate throws).
      // Not a new row: it is checked when left or at the next attempt.
      if (refused() && !this.props.isDisabled) {
        setTimeout(() => {
          // (Asked after the list has drawn: a list names its new items once their fields are mounted.)
          if (!mountedControls.has(this) || inAddedItem(this.props)) return;
          try {
            this.props.validate?.();
          } catch {
            // Not checkable yet: Decap checks it on save.
          }
        });
      }
    }
    /** @param {any} previous */
    componentDidUpdate(previous, ...rest) {
      super.componentDidUpdate?.(previous, ...rest);
      this.keepShared();
      if (this.props.isDisabled) {
        // A copy is checked in the editor's column, never here.
        if (this.props.fieldsErrors?.get(this.props.forID)?.size > 0) this.props.clearFieldErrors?.(this.props.forID);
        return;
      }
      // Decap re-checks a field only on blur, and a value changed from outside (the other column, a copy) not at all:
      // a field marked wrong is checked again when its value changes, so the mark goes as soon as it is fixed.
      if (previous.value !== this.props.value && showsError(this.props)) this.props.validate?.();
    }
    componentWillUnmount() {
      mountedControls.delete(this);
      // Errors are kept under the control's id; a control shown again (other column, other language) gets a new id,
      // so an error left behind would block saving with a message nobody can see.
      this.props.clearFieldErrors?.(this.props.forID);
      super.componentWillUnmount?.();
    }
    /** The read-only box of a copy (see `keepReadOnly`), kept so as React redraws the control. */
    keepShared() {
      const box = this.props.isDisabled && this.props.forID ? document.getElementById(`site-shared-${this.props.forID}`)?.parentElement : null;
      if (box) keepReadOnly(box, `site-shared-${this.props.forID}`);
    }
    render() {
      const own = super.render();
      if (!this.props.isDisabled || !this.props.forID) return own;
      return h(
        'div',
        { className: 'site-shared' },
        own,
        h(
          'p',
          { id: `site-shared-${this.props.forID}`, className: 'site-shared-note', style: { margin: '4px 0 0', fontSize: '13px', color: '#1a1a1a' } },
          sharedNote,
        ),
      );
    }
  };
}

/**
 * @typedef {{ counter: (count: number, max: number) => string, over: (over: number) => string, folder: string, folderMessage: string, defaultLocale: string, dates: import('./dates.js').DateTexts, shared: string }} WidgetTexts
 */

/** Lists on screen by field name, in both columns, so the other language's list can follow the editor's (./mirror.js). */
const lists = new Map();

/**
 * A list whose items' parts that are not text (`mirror_fields`, `prefill_fields`) the other language's list takes
 * over (./mirror.js); in the other language's column, the parts that are the same in every language are read-only.
 * @param {any} Base @param {any} h @param {string} defaultLocale the editor's column
 */
function mirrored(Base, h, defaultLocale) {
  return class extends Base {
    /** @param {any} props */
    constructor(props) {
      super(props);
      // Decap's renderItem is an instance property (an arrow function), so it is wrapped here, not overridden.
      const renderItem = this.renderItem;
      /** @param {unknown} item @param {number} index */
      this.renderItem = (item, index) => {
        const element = renderItem(item, index);
        const { same } = itemParts(this.props.field);
        const locale = this.props.locale;
        if (same.length === 0 || !locale || locale === defaultLocale) return element;
        return withCopiedParts(h, element, (/** @type {any} */ field) => same.includes(field.get('name')), locale);
      };
      // "Add" (Decap's handleAdd and handleAddType end in addItem): the new item's first box gets the focus, so the
      // editor types straight away (Decap left it on the button).
      const add = this.addItem;
      /** @param {unknown} item */
      this.addItem = (item) => {
        this.boxesBeforeAdd = new Set(this.boxes());
        add(item);
      };
    }
    /** The list's boxes on screen (its element has the control's id). @returns {HTMLElement[]} */
    boxes() {
      const list = this.props.forID ? document.getElementById(this.props.forID) : null;
      return list
        ? [...list.querySelectorAll('input:not([type="hidden"]), textarea, select, [contenteditable="true"]')].filter((box) => box instanceof HTMLElement)
        : [];
    }
    /** Focuses the first box that was not there before "Add", once React has drawn the new item. */
    focusAddedItem() {
      const before = this.boxesBeforeAdd;
      this.boxesBeforeAdd = undefined;
      if (!before) return;
      requestAnimationFrame(() =>
        this.boxes()
          .find((box) => !before.has(box))
          ?.focus(),
      );
    }
    componentDidMount() {
      super.componentDidMount?.();
      const name = this.props.field.get('name');
      if (!lists.has(name)) lists.set(name, new Set());
      lists.get(name).add(this);
    }
    componentWillUnmount() {
      lists.get(this.props.field.get('name'))?.delete(this);
      super.componentWillUnmount?.();
    }
    /** @param {any} previous @param {any} previousState */
    componentDidUpdate(previous, previousState, ...rest) {
      super.componentDidUpdate?.(previous, previousState, ...rest);
      const { value, field, locale } = this.props;
      // Items added here or from the other column: their fields wait to be checked (see `addedItems`).
      const known = new Set(previousState?.keys ?? []);
      for (const key of this.state.keys ?? []) if (!known.has(key) && previousState?.keys) addedItems.add(key);
      if (this.boxesBeforeAdd && previous.value !== value) this.focusAddedItem();
      // Items added or removed from outside (by the other column) need the list's own keys for them.
      const size = value?.size ?? 0;
      if (previous.value !== value && this.state.keys?.length !== size) {
        const keys = (this.state.keys ?? []).slice(0, size);
        const itemsCollapsed = (this.state.itemsCollapsed ?? []).slice(0, size);
        while (keys.length < size) {
          const key = crypto.randomUUID();
          if (keys.length >= (previous.value?.size ?? 0)) addedItems.add(key);
          keys.push(key);
        }
        while (itemsCollapsed.length < size) itemsCollapsed.push(false);
        this.setState({ keys, itemsCollapsed });
      }
      const parts = itemParts(field);
      if (parts.same.length + (parts.start?.length ?? 0) === 0 || locale !== defaultLocale || previous.value === value) return;
      for (const other of lists.get(field.get('name')) ?? []) {
        if (other === this || other.props.locale === defaultLocale) continue;
        const next = mirrorList(previous.value, value, other.props.value, parts);
        if (next !== other.props.value) other.props.onChange(next);
      }
    }
  };
}

/**
 * A list whose rows are titled with a date (`{{fields.date | date('D.M.YYYY')}}`, src/cms/fields.ts): a row with no
 * date yet is titled with the item's name. Decap's date filter reads a missing date as now, so it showed today's date.
 * @param {any} Base
 */
function undatedRows(Base) {
  return class extends Base {
    /** @param {any} item */
    objectLabel(item) {
      const summary = this.props.field?.get('summary');
      const name = typeof summary === 'string' ? /\{\{fields\.([\w.]+) \| date\(/.exec(summary)?.[1] : undefined;
      const value = name && typeof item?.getIn === 'function' ? item.getIn(name.split('.')) : undefined;
      if (name && (value === undefined || value === null || value === '')) {
        return this.props.field.get('label_singular') ?? this.props.field.get('label');
      }
      return super.objectLabel(item);
    }
  };
}

/**
 * A counter under the control: "42 / 150 characters", and "5 characters too long" (announced) past the limit.
 * @param {any} Base @param {any} h @param {WidgetTexts} texts
 */
function counted(Base, h, texts) {
  return class extends Base {
    componentDidMount() {
      super.componentDidMount?.();
      // The input is Decap's; tie the counter to it so a screen reader reads the limit with the field.
      const input = this.props.forID && document.getElementById(this.props.forID);
      if (input && this.props.field?.get('max_length') && !this.props.isDisabled) input.setAttribute('aria-describedby', `site-counter-${this.props.forID}`);
    }
    render() {
      const own = super.render();
      const max = this.props.field?.get('max_length');
      if (!max || this.props.isDisabled) return own;
      const length = String(this.props.value ?? '').length;
      const over = length - max;
      return h(
        'div',
        null,
        own,
        h(
          'p',
          {
            id: `site-counter-${this.props.forID}`,
            className: 'site-counter',
            style: { margin: '4px 0 0', fontSize: '13px', color: over > 0 ? '#b00020' : '#555', fontWeight: over > 0 ? 700 : 400 },
          },
          h('span', null, texts.counter(length, max)),
          h('span', { 'aria-live': 'polite' }, over > 0 ? ` – ${texts.over(over)}` : ''),
        ),
      );
    }
  };
}

/**
 * A date box that keeps the year as typed. Chromium's date box reports a date as soon as the year has one digit
 * ("0002-05-01" while 2027 is being typed); Decap parsed that with dayjs, which reads years below 100 as 19xx, and
 * wrote it back into the box, so 2027 became 1907. A year below 1000 is a year being typed: it stays in the box only
 * (not in the entry) until it is whole. A whole date in the field's own format is stored exactly as typed.
 * @param {any} Base
 */
function typedDates(Base) {
  return class extends Base {
    /** @param {any} props */
    constructor(props) {
      super(props);
      /** @type {string | undefined} what the box holds while its year is being typed */
      this.typing = undefined;
      // Decap's handleChange is an instance property (an arrow function), so it is wrapped here, not overridden.
      const change = this.handleChange;
      /** @param {string} typed */
      this.handleChange = (typed) => {
        const { format, inputFormat } = this.getFormat();
        const year = /^(\d{4,})-/.exec(typed)?.[1];
        if (year !== undefined && Number(year) < 1000) {
          this.typing = typed;
          this.forceUpdate();
          return;
        }
        this.typing = undefined;
        if (typed !== '' && format === inputFormat && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$|^\d{2}:\d{2}$/.test(typed)) {
          this.props.onChange(typed);
          return;
        }
        change(typed);
      };
    }
    render() {
      if (this.typing === undefined) return super.render();
      // The box shows the year being typed, also in a date that was empty (Decap draws an empty value as '').
      const props = this.props;
      /** @type {any} */ (this).props = { ...props, value: this.typing };
      try {
        return super.render();
      } finally {
        /** @type {any} */ (this).props = props;
      }
    }
    /** @param {string} value */
    formatInputValue(value) {
      return this.typing ?? super.formatInputValue(value);
    }
  };
}

/**
 * @param {any} CMS the Decap CMS global
 * @param {any} h React's createElement from Decap's bundle
 * @param {WidgetTexts} texts in the editor's language
 */
export function installWidgets(CMS, h, texts) {
  /** @param {any} Base */
  const checked = (Base) => selfValidating(Base, h, texts.shared);
  for (const name of ['select', 'number', 'markdown', 'boolean', 'object']) extendWidget(CMS, name, checked);
  extendWidget(CMS, 'datetime', (Base) => typedDates(checked(Base)));
  // Dates (the generated config's `site-date`): typed the Finnish way, whatever the browser's locale (./dates.js).
  CMS.registerWidget({
    name: 'site-date',
    controlComponent: checked(dateControl(h, Object.getPrototypeOf(CMS.getWidget('string').control), texts.dates)),
    /** @param {{ value: unknown }} props */
    previewComponent: ({ value }) => h('span', null, showDate(storedDate(value), texts.dates.ui)),
  });
  extendWidget(CMS, 'list', (Base) => undatedRows(mirrored(checked(Base), h, texts.defaultLocale)));
  for (const name of ['string', 'text']) extendWidget(CMS, name, (Base) => counted(checked(Base), h, texts));
  extendWidget(
    CMS,
    'file',
    (Base) =>
      class extends checked(Base) {
        isValid() {
          const { value, parentIds } = this.props;
          if (typeof value !== 'string' || value === '' || value.startsWith(texts.folder)) return super.isValid?.() ?? { error: false };
          return { error: { type: 'CUSTOM', parentIds, message: texts.folderMessage } };
        }
      },
  );
  extendWidget(
    CMS,
    'relation',
    (Base) =>
      class extends checked(Base) {
        /** @param {unknown} value @param {unknown} options */
        triggerInitialOnChange(value, options) {
          if (this.props.isDisabled) return;
          super.triggerInitialOnChange(value, options);
        }
      },
  );
}
