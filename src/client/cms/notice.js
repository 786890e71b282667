/**
 * Why a save was refused, at the top of the form: Decap marks each refused field next to it (its own checks and the
 * admin's, see widgets.js `refuseSave`), often off screen or in the column that is hidden, and its notice says only
 * "check the fields marked in red". After a refused save this lists every problem at once: each field Decap marked,
 * and each of the admin's own problems (./save-checks.js: the other language's fields, body links, content:check's
 * caps), which are found whether or not Decap's own checks passed. Each item is a link that scrolls to the field and
 * focuses it, first showing its language's column if the preview hides it. The list follows the form: a fixed field
 * leaves it, and it closes when none is left.
 * Decap has no extension point for this, so it watches its DOM; plain DOM and text, no HTML strings.
 */
import { watchEachFrame } from './watch.js';

/**
 * @typedef {object} NoticeWords
 * @property {string} title the notice's heading
 * @property {string} close the close button's text
 * @property {string} save Decap's Save button's text
 * @property {string} publish the admin's Publish button's text
 * @property {string} columnsToggle the title of Decap's toggle that shows the other languages' columns
 * @property {(code: string) => string} language a language's name, as it follows a field's label ("englanti")
 */

/**
 * A field's label as the editor named it: without the "(valinnainen)" / "(optional)" Decap adds to it.
 * @param {Element} label
 */
function labelText(label) {
  return (label.textContent ?? '').trim().replace(/\s*\([^()]*\)$/, '');
}

/**
 * A line of the notice: the field's name and Decap's message, with the field named once ("Nimi (englanti) on
 * pakollinen.", "Yhteystiedot 2 › Verkkosivu: Kirjoita koko osoite…"). Decap's message starts with the field's own
 * label, which the full name replaces.
 * @param {string} label the field's own label, as Decap's message has it
 * @param {string} named the field's full name
 * @param {string} message
 */
export function refusalLine(label, named, message) {
  if (label && message.startsWith(`${label}:`)) return `${named}:${message.slice(label.length + 1)}`;
  if (label && message.startsWith(label)) return `${named}${message.slice(label.length)}`;
  return named ? `${named}: ${message}` : message;
}

/**
 * A field's full name, from the top of the form down to it: "Yhteystiedot 2 › Sähköposti", a language's box of a text
 * given in every language as "Nimi (suomi)", and where each language has its own column, a field written per
 * language with its column's language ("Nimi (englanti)"); a field that is the same in every language, or a form
 * with one column, names no language.
 * @param {{ name: string, label: string, item?: number }[]} chain the fields from the top-level one down; `item`: the
 *   number of the list item the next field is in
 * @param {{ locales: readonly string[], language: (code: string) => string, column?: string }} options `column`: the
 *   language of the column, when the field is written per language there
 */
export function fieldName(chain, { locales, language, column }) {
  /** @type {string[]} */
  const parts = [];
  chain.forEach((step, index) => {
    const parent = chain[index - 1];
    if (index === chain.length - 1 && parent && parent.item === undefined && locales.includes(step.name)) {
      parts[parts.length - 1] = `${parent.label} (${language(step.name)})`;
      return;
    }
    parts.push(step.item === undefined ? step.label : `${step.label} ${step.item}`);
  });
  const name = parts.join(' › ');
  return column ? `${name} (${language(column)})` : name;
}

/**
 * The fields Decap marks as refused: each message with its field's label and input id.
 * @param {ParentNode} root @returns {{ label: string, message: string, id: string }[]}
 */
export function markedFields(root) {
  /** @type {{ label: string, message: string, id: string }[]} */
  const found = [];
  for (const list of root.querySelectorAll('ul[class*="ControlErrorsList"]')) {
    const control = list.parentElement;
    const label = control?.querySelector(':scope > label[for]');
    if (!control || !label) continue;
    for (const item of list.querySelectorAll(':scope > li')) {
      const message = item.textContent?.trim() ?? '';
      if (message) found.push({ label: labelText(label), message, id: label.getAttribute('for') ?? '' });
    }
  }
  return found;
}

/**
 * @typedef {{ name: string, i18n?: unknown, mirror_fields?: string[], fields?: any[] }} FormField
 */

/**
 * @param {Document} doc
 * @param {NoticeWords} words
 * @param {() => { locale: string, path: string[], text: string }[]} ownProblems the admin's problems at the last attempt
 * @param {string} ui the editor's language (the left column's)
 * @param {string} other the other language (the right column's)
 * @param {readonly string[]} locales the languages of the content
 * @param {() => { perLanguage: boolean, fields: FormField[] }} form the form being edited: whether each language has
 *   its own column, and its fields (the generated config's)
 */
export function installRefusalNotice(doc, words, ownProblems, ui, other, locales, form) {
  // Inline at the top of the editor's form, scrolling with it: it never covers the fields it points to.
  const notice = doc.createElement('div');
  notice.id = 'site-refusal';
  notice.setAttribute('role', 'alert');
  notice.tabIndex = -1;
  Object.assign(notice.style, {
    margin: '16px 0',
    padding: '0.75rem 1rem',
    background: '#fff',
    color: '#1a1a1a',
    border: '3px solid #b00020',
    borderRadius: '4px',
    fontSize: '15px',
    lineHeight: '1.4',
    display: 'none',
  });
  const heading = doc.createElement('h2');
  heading.textContent = words.title;
  Object.assign(heading.style, { fontSize: '1.05rem', fontWeight: '700', margin: '0 0 0.5rem' });
  const list = doc.createElement('ul');
  Object.assign(list.style, { margin: '0 0 0.5rem', paddingLeft: '1.25rem', listStyle: 'disc' });
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = words.close;
  Object.assign(close.style, { minHeight: '44px', padding: '0 1rem', font: 'inherit', cursor: 'pointer' });
  close.addEventListener('click', () => hide());
  notice.append(heading, list, close);
  doc.body.append(notice);
  /** Puts the notice at the top of the editor's form (the left column's), wherever Decap has drawn it now. */
  const place = () => {
    const form = doc.querySelector('[class*="ControlPaneContainer"] [class*="ControlPaneContainer"]') ?? doc.querySelector('[class*="ControlPaneContainer"]');
    if (form && notice.parentElement !== form) form.prepend(notice);
  };

  let shown = false;
  /** Only a save attempt opens the notice (until this time); once open it follows the form. */
  let armedUntil = 0;
  /** While a shown column's fields check themselves (just after the link that shows it), the notice stays open. */
  let keptUntil = 0;
  const hide = () => {
    shown = false;
    armedUntil = 0;
    notice.style.display = 'none';
  };

  /** @param {string} text @param {() => void} go */
  const link = (text, go) => {
    const item = doc.createElement('li');
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = text;
    Object.assign(button.style, {
      font: 'inherit',
      color: '#0000bf',
      textDecoration: 'underline',
      background: 'none',
      border: '0',
      padding: '0.25rem 0',
      minHeight: '32px',
      cursor: 'pointer',
      textAlign: 'left',
    });
    button.addEventListener('click', go);
    item.append(button);
    return item;
  };

  // Decap shows one pane on the right (the other language, the preview or nothing): its own toggle brings the column.
  const columnsToggle = () => /** @type {HTMLElement | null} */ (doc.querySelector(`[title="${CSS.escape(words.columnsToggle)}"]`));
  const previewOn = () => doc.querySelector('iframe') !== null;
  /** @param {string} id */
  const focusField = (id) => {
    const input = doc.getElementById(id);
    if (!input) return false;
    input.scrollIntoView({ block: 'center' });
    input.focus({ preventScroll: true });
    return true;
  };
  /** @param {string} name a field's boxes, outside any list or object (whose fields may share the name) */
  const topLevel = (name) => [...doc.querySelectorAll(`[id^="${CSS.escape(name)}-field-"]`)].filter((box) => !box.parentElement?.closest('[id*="-field-"]'));
  /**
   * The box of one of the admin's problems, in its language's column (the editor's first): a top-level field's, or
   * in a list (`[list, index, field]`) the item's.
   * @param {{ locale: string, path: string[] }} problem
   */
  const boxOf = (problem) => {
    const [first, index, last] = problem.path;
    if (!first) return undefined;
    const inColumn = (/** @type {Element[]} */ boxes) => (boxes.length > 1 && problem.locale !== ui ? boxes.at(-1) : boxes[0]);
    const top = inColumn(topLevel(first));
    if (!top || index === undefined || !last) return top;
    return top.querySelectorAll(`[id^="${CSS.escape(last)}-field-"]`)[Number(index)] ?? top;
  };

  /** The language of a marked field: that of the column its top-level field is in. @param {Element} top */
  const columnOf = (top) => {
    const name = top.id.replace(/-field-.*$/, '');
    const boxes = name ? topLevel(name) : [];
    return boxes.length > 1 && boxes.indexOf(top) === boxes.length - 1 ? other : ui;
  };

  /** The number of the list item `inner` is in, within the list `list` (its element). @param {Element} list @param {Element} inner */
  const itemNumber = (list, inner) => {
    const items = [...list.querySelectorAll('[class*="SortableListItem"]')].filter((item) => item.parentElement?.closest('[id*="-field-"]') === list);
    const index = items.findIndex((item) => item.contains(inner));
    return index < 0 ? undefined : index + 1;
  };

  /** A marked field's full name (see `fieldName`). @param {string} id */
  const nameOf = (id) => {
    /** @type {Element[]} */
    const boxes = [];
    for (let box = doc.getElementById(id); box; box = box.parentElement?.closest('[id*="-field-"]') ?? null) boxes.unshift(box);
    const top = boxes[0];
    if (!top) return '';
    const chain = boxes.map((box, index) => {
      const label = doc.querySelector(`label[for="${CSS.escape(box.id)}"]`);
      const next = boxes[index + 1];
      return { name: box.id.replace(/-field-\d+$/, ''), label: label ? labelText(label) : '', ...(next ? { item: itemNumber(box, next) } : {}) };
    });
    const { perLanguage, fields } = form();
    const field = fields.find((f) => f.name === chain[0]?.name);
    const part = chain.length > 1 ? chain.at(-1)?.name : undefined;
    const written = perLanguage && field?.i18n === true && !(part && field.mirror_fields?.includes(part));
    return fieldName(chain, { locales, language: words.language, ...(written ? { column: columnOf(top) } : {}) });
  };

  /** Draws the list from the form; hides the notice when nothing is left to fix. */
  const update = () => {
    const fields = markedFields(doc);
    const marked = new Set(fields.map((field) => field.id));
    // The admin's problems not already shown by a marked field (a marked box of the other column is the same problem).
    const own = ownProblems().filter((problem) => {
      const box = boxOf(problem);
      return !(box && marked.has(box.id) && problem.locale !== ui);
    });
    if (fields.length === 0 && own.length === 0) {
      if (Date.now() < keptUntil) return;
      if (shown) hide();
      return;
    }
    if (!shown && Date.now() > armedUntil) return;
    const key = JSON.stringify([fields, own]);
    if (notice.dataset['key'] !== key) {
      notice.dataset['key'] = key;
      // One line per problem: a field with two messages is one line; an own problem Decap's marks already say is left out.
      /** @type {Map<string, { text: string, id: string }>} */
      const lines = new Map();
      for (const { label, message, id } of fields) {
        const text = refusalLine(label, nameOf(id), message);
        const line = lines.get(id);
        lines.set(id, { text: line ? `${line.text} ${message}` : text, id });
      }
      const shown = new Set([...lines.values()].map((line) => line.text));
      list.replaceChildren(
        ...[...lines.values()].map(({ text, id }) => link(text, () => focusField(id))),
        ...own
          .filter((problem) => !shown.has(problem.text) && shown.add(problem.text))
          .map((problem) =>
            link(problem.text, () => {
              const box = boxOf(problem);
              if (problem.locale !== ui && previewOn()) {
                // The column is hidden by the preview: show it, then go to the field once it is drawn.
                keptUntil = Date.now() + 3_000;
                columnsToggle()?.click();
                let tries = 0;
                const go = () => {
                  const drawn = boxOf(problem);
                  if ((drawn && drawn !== box && focusField(drawn.id)) || ++tries > 30) return;
                  setTimeout(go, 100);
                };
                setTimeout(go, 100);
                return;
              }
              if (box) focusField(box.id);
            }),
          ),
      );
    }
    place();
    if (!shown) {
      shown = true;
      notice.style.display = 'block';
      notice.scrollIntoView({ block: 'nearest' });
      notice.focus({ preventScroll: true });
    }
  };

  // A save attempt (Decap's Save or the admin's Publish) opens the notice once Decap has marked the fields.
  doc.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const text = button?.textContent?.trim();
      if (text !== words.save && text !== words.publish) return;
      armedUntil = Date.now() + 5_000;
      for (const delay of [400, 1_500, 3_000]) setTimeout(update, delay);
    },
    true,
  );

  watchEachFrame(
    doc,
    () => {
      if (shown || Date.now() <= armedUntil) update();
    },
    { childList: true, subtree: true, characterData: true },
  );
}

/**
 * A short note at the top of the form (`role="status"`), e.g. that the other language's lists were brought in step;
 * it closes with its button or on the next note.
 * @param {Document} doc @param {string} closeText
 * @returns {(text: string) => void}
 */
export function installNote(doc, closeText) {
  const note = doc.createElement('div');
  note.id = 'site-note';
  note.setAttribute('role', 'status');
  Object.assign(note.style, {
    position: 'fixed',
    bottom: '4.5rem',
    left: '50%',
    transform: 'translateX(-50%)',
    zIndex: '500',
    width: 'min(40rem, calc(100vw - 2rem))',
    padding: '0.75rem 1rem',
    background: '#fff',
    color: '#1a1a1a',
    border: '3px solid #0000bf',
    borderRadius: '4px',
    boxShadow: '0 2px 8px rgba(0,0,0,0.3)',
    fontSize: '15px',
    lineHeight: '1.4',
    display: 'none',
  });
  const text = doc.createElement('p');
  text.style.margin = '0 0 0.5rem';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = closeText;
  Object.assign(close.style, { minHeight: '44px', padding: '0 1rem', font: 'inherit', cursor: 'pointer' });
  close.addEventListener('click', () => {
    note.style.display = 'none';
  });
  note.append(text, close);
  doc.body.append(note);
  return (message) => {
    text.textContent = message;
    note.style.display = 'block';
  };
}
