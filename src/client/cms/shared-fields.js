/**
 * Fields that are the same in every language, in the other languages' columns: read-only, whether Decap duplicates
 * them (top-level fields) or the admin copies them (the parts of list items, ./mirror.js). Decap only greys a
 * duplicated field out and turns the pointer off, so the keyboard still changed it, and it tells a list's items
 * neither their language nor which of their fields are duplicated. Used by ./widgets.js.
 */

/**
 * The parts of a list's items that follow the editor's column (`mirror_fields`, `prefill_fields`; ./mirror.js).
 * @param {any} field @returns {import('./mirror.js').ItemParts}
 */
export const itemParts = (field) => ({ same: field.get('mirror_fields')?.toJS?.() ?? [], start: field.get('prefill_fields')?.toJS?.() ?? [] });

/**
 * A list item as Decap draws it, with its fields told which of them are copies of the editor's column (Decap's list
 * tells its items neither their language nor which fields are duplicated, so it greyed out none of them). The item's
 * form is Decap's ObjectControl inside an emotion `ClassNames` render function; it gets Decap's own props for that.
 * @param {any} h @param {any} element @param {(field: any) => boolean} isCopy @param {string} locale
 */
export function withCopiedParts(h, element, isCopy, locale) {
  const children = element?.props?.children;
  if (!Array.isArray(children)) return element;
  const drawn = children.map((child) => {
    if (typeof child?.props?.children !== 'function') return child;
    const draw = child.props.children;
    return h(child.type, {
      ...child.props,
      key: child.key,
      children: (/** @type {unknown} */ args) => {
        const form = draw(args);
        return h(form.type, { ...form.props, key: form.key, isFieldDuplicate: isCopy, isFieldHidden: () => false, locale });
      },
    });
  });
  return h(element.type, { ...element.props, key: element.key }, ...drawn);
}

/** Keys that only move, select or copy: the rest would change a read-only field. */
const READING_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'Escape', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * A read-only field's box: no typing, pasting, dropping or choosing, by keyboard or pointer (Decap only greys it out
 * and turns the pointer off, so the keyboard still changed it), and read-only to screen readers, which read the note.
 * @param {HTMLElement} box the element around the control and its note @param {string} noteId
 */
export function keepReadOnly(box, noteId) {
  for (const input of box.querySelectorAll('input, textarea, [contenteditable="true"], [role="combobox"]')) {
    if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) input.readOnly = true;
    input.setAttribute('aria-readonly', 'true');
    input.setAttribute('aria-describedby', noteId);
  }
  for (const button of box.querySelectorAll('button')) button.disabled = true;
  if (box.dataset['siteReadOnly']) return;
  box.dataset['siteReadOnly'] = '';
  /** @param {Event} event */
  const stop = (event) => {
    event.preventDefault();
    event.stopPropagation();
  };
  for (const type of ['beforeinput', 'paste', 'cut', 'drop', 'mousedown', 'click']) box.addEventListener(type, stop, true);
  box.addEventListener(
    'keydown',
    (event) => {
      const copying = (event.ctrlKey || event.metaKey) && ['a', 'c'].includes(event.key.toLowerCase());
      if (!READING_KEYS.has(event.key) && !copying) stop(event);
    },
    true,
  );
}
