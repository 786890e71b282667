/**
 * Lists of plain texts (keywords and every other list of strings: one box per text) typed as a person types them:
 * a comma or Enter ends the text and starts the next box, with the cursor in it; a pasted comma list becomes one box
 * per text. Every letter typed is kept: letters typed before the new box is drawn (Decap draws it a moment later) are
 * added to it, not to the box being left. Empty boxes are dropped when the file is written (./formats.js).
 */

/**
 * The texts of a box's value split at its commas, each trimmed; undefined when it has none.
 * @param {string} text @returns {string[] | undefined}
 */
export function splitTexts(text) {
  if (!text.includes(',')) return undefined;
  return text.split(',').map((part) => part.trim());
}

/**
 * @param {any} Base Decap's list control (extended)
 */
export function typedTexts(Base) {
  return class extends Base {
    /** @param {any} props */
    constructor(props) {
      super(props);
      /** @type {{ index: number, text: string, since: number } | undefined} the box to focus next, and what it must hold */
      this.pendingBox = undefined;
      /** @type {any} the list as last sent to Decap, before Decap has drawn it */
      this.sent = undefined;
      /** @param {KeyboardEvent} event */
      this.onKey = (event) => this.handleKey(event);
    }
    /** Whether each item is one plain text box (`field` with the string widget). */
    plainTexts() {
      return this.props.field?.get('field')?.get('widget') === 'string';
    }
    componentDidMount() {
      super.componentDidMount?.();
      if (this.plainTexts()) document.addEventListener('keydown', this.onKey, true);
    }
    componentWillUnmount() {
      document.removeEventListener('keydown', this.onKey, true);
      super.componentWillUnmount?.();
    }
    /** @param {any} next the whole list */
    send(next) {
      this.sent = next;
      this.props.onChange(next);
    }
    /** @param {KeyboardEvent} event */
    handleKey(event) {
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      // Never waits long for Decap: typing goes on as usual if the new box is not drawn within a second.
      if (this.pendingBox && Date.now() - this.pendingBox.since > 1_000) this.pendingBox = undefined;
      const pending = this.pendingBox;
      // The new box is drawn: it takes the focus now, and the key lands in it.
      const drawn = pending ? this.boxes()[pending.index] : undefined;
      if (pending && drawn instanceof HTMLInputElement && drawn.value === pending.text && document.activeElement !== drawn) {
        this.pendingBox = undefined;
        this.sent = undefined;
        drawn.focus();
        drawn.setSelectionRange(pending.text.length, pending.text.length);
        if (event.key === ' ' && pending.text === '') event.preventDefault();
        return;
      }
      if (pending && this.sent) {
        // The new box is not drawn yet: what is typed goes into it.
        if (event.key.length === 1 && event.key !== ',') {
          event.preventDefault();
          // The space after a comma starts no word.
          if (event.key === ' ' && pending.text === '') return;
          pending.text += event.key;
          this.send(this.sent.set(pending.index, pending.text));
        } else if (event.key === ',' || event.key === 'Enter') {
          event.preventDefault();
        }
        return;
      }
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || (event.key !== ',' && event.key !== 'Enter' && event.key !== ' ')) return;
      const index = this.boxes().indexOf(box);
      const value = this.props.value;
      if (index < 0 || !value || index >= value.size) return;
      if (event.key === ' ') {
        // The space typed after a comma, in the new box: a text does not start with a space.
        if (box.value === '') event.preventDefault();
        return;
      }
      event.preventDefault();
      const at = box.selectionStart ?? box.value.length;
      const after = box.value.slice(at).trim();
      this.pendingBox = { index: index + 1, text: after, since: Date.now() };
      this.send(value.set(index, box.value.slice(0, at).trim()).insert(index + 1, after));
    }
    /** @param {any} previous */
    componentDidUpdate(previous, ...rest) {
      super.componentDidUpdate?.(previous, ...rest);
      if (!this.plainTexts()) return;
      const value = this.props.value;
      if (this.pendingBox) {
        // Decap has drawn the list as sent: the new box takes the focus, the cursor after its text.
        const { index, text } = this.pendingBox;
        if (value !== this.sent && !value?.equals?.(this.sent) && value?.get?.(index) !== text) return;
        const box = this.boxes()[index];
        if (!(box instanceof HTMLInputElement)) return;
        this.pendingBox = undefined;
        this.sent = undefined;
        box.focus();
        box.setSelectionRange(text.length, text.length);
        return;
      }
      if (!value || previous.value === value) return;
      // A comma list pasted (or typed without a key event, as some phone keyboards do): one box per text.
      const index = value.findIndex((/** @type {unknown} */ item) => typeof item === 'string' && item.includes(','));
      if (index < 0) return;
      const parts = splitTexts(value.get(index)) ?? [];
      this.pendingBox = { index: index + parts.length - 1, text: parts.at(-1) ?? '', since: Date.now() };
      this.send(value.splice(index, 1, ...parts));
    }
  };
}
