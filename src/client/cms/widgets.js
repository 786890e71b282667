/**
 * Decap's own widgets, extended where an editor was let down (decap-cms 3.16, decap-cms-core 3.19):
 * - a live character counter under texts with a length limit (`max_length` in the generated config);
 * - every control can check itself, so when a save is refused for the other language's column, the refused fields
 *   there show Decap's own error next to them (Decap validates only the left column);
 * - a file field must hold a file of the media folder (Decap tests a file field's pattern on its name only);
 * - lists of places, contacts, links and attachments are entered once: the other language's list follows the
 *   editor's for the parts that are not text (./mirror.js);
 * - a relation shown read-only in the other language's column no longer re-sends its value after loading, which
 *   made Decap mark an entry "unsaved changes" as soon as it was opened.
 * React comes from Decap's bundle (`window.h` is React's createElement); the controls are Decap's classes, subclassed.
 */
import { mirrorList } from './mirror.js';
import { dateControl, showDate, storedDate } from './dates.js';

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
  for (const control of mountedControls) control.props.validate?.();
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

/** @param {any} Base */
function selfValidating(Base) {
  return class extends Base {
    componentDidMount() {
      super.componentDidMount?.();
      mountedControls.add(this);
      // A column shown after a refused save (the preview turned off) marks its refused fields at once: after Decap
      // has tied the control's own check to it (the markdown editor's comes after mounting; before, validate throws).
      if (refused()) {
        setTimeout(() => {
          if (!mountedControls.has(this)) return;
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
      // Decap re-checks a field only on blur, and never an emptied or file field: an error would outlive its fix.
      if (refused() && previous.value !== this.props.value) this.props.validate?.();
    }
    componentWillUnmount() {
      mountedControls.delete(this);
      // Errors are kept under the control's id; a control shown again (other column, other language) gets a new id,
      // so an error left behind would block saving with a message nobody can see.
      this.props.clearFieldErrors?.(this.props.forID);
      super.componentWillUnmount?.();
    }
  };
}

/**
 * @typedef {{ counter: (count: number, max: number) => string, over: (over: number) => string, folder: string, folderMessage: string, defaultLocale: string, dates: import('./dates.js').DateTexts }} WidgetTexts
 */

/** Lists on screen by field name, in both columns, so the other language's list can follow the editor's (./mirror.js). */
const lists = new Map();

/**
 * A list whose items' shared parts (`mirror_fields`) the other language's list takes over (./mirror.js).
 * @param {any} Base @param {string} defaultLocale the editor's column
 */
function mirrored(Base, defaultLocale) {
  return class extends Base {
    /** @param {any} props */
    constructor(props) {
      super(props);
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
    /** @param {any} previous */
    componentDidUpdate(previous, ...rest) {
      super.componentDidUpdate?.(previous, ...rest);
      const { value, field, locale } = this.props;
      if (this.boxesBeforeAdd && previous.value !== value) this.focusAddedItem();
      // Items added or removed from outside (by the other column) need the list's own keys for them.
      const size = value?.size ?? 0;
      if (previous.value !== value && this.state.keys?.length !== size) {
        const keys = (this.state.keys ?? []).slice(0, size);
        const itemsCollapsed = (this.state.itemsCollapsed ?? []).slice(0, size);
        while (keys.length < size) keys.push(crypto.randomUUID());
        while (itemsCollapsed.length < size) itemsCollapsed.push(false);
        this.setState({ keys, itemsCollapsed });
      }
      const shared = field.get('mirror_fields')?.toJS?.();
      if (!shared || locale !== defaultLocale || previous.value === value) return;
      for (const other of lists.get(field.get('name')) ?? []) {
        if (other === this || other.props.locale === defaultLocale) continue;
        const next = mirrorList(previous.value, value, other.props.value, shared);
        if (next !== other.props.value) other.props.onChange(next);
      }
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
      if (input && this.props.field?.get('max_length')) input.setAttribute('aria-describedby', `site-counter-${this.props.forID}`);
    }
    render() {
      const own = super.render();
      const max = this.props.field?.get('max_length');
      if (!max) return own;
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
  for (const name of ['select', 'number', 'markdown', 'boolean', 'object']) extendWidget(CMS, name, selfValidating);
  extendWidget(CMS, 'datetime', (Base) => typedDates(selfValidating(Base)));
  // Dates (the generated config's `site-date`): typed the Finnish way, whatever the browser's locale (./dates.js).
  CMS.registerWidget({
    name: 'site-date',
    controlComponent: selfValidating(dateControl(h, Object.getPrototypeOf(CMS.getWidget('string').control), texts.dates)),
    /** @param {{ value: unknown }} props */
    previewComponent: ({ value }) => h('span', null, showDate(storedDate(value), texts.dates.ui)),
  });
  extendWidget(CMS, 'list', (Base) => mirrored(selfValidating(Base), texts.defaultLocale));
  for (const name of ['string', 'text']) extendWidget(CMS, name, (Base) => counted(selfValidating(Base), h, texts));
  extendWidget(
    CMS,
    'file',
    (Base) =>
      class extends selfValidating(Base) {
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
      class extends selfValidating(Base) {
        /** @param {unknown} value @param {unknown} options */
        triggerInitialOnChange(value, options) {
          if (this.props.isDisabled) return;
          super.triggerInitialOnChange(value, options);
        }
      },
  );
}
