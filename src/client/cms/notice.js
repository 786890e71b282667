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
 * A line of the notice: the field's label, its language, and Decap's message, with the label said once ("Nimi
 * (englanti) on pakollinen.", "Verkkosivu (suomi): Kirjoita koko osoite…").
 * @param {string} label @param {string} language @param {string} message
 */
export function refusalLine(label, language, message) {
  const named = language ? `${label} (${language})` : label;
  if (label && message.startsWith(`${label}:`)) return `${named}:${message.slice(label.length + 1)}`;
  if (label && message.startsWith(label)) return `${named}${message.slice(label.length)}`;
  return label ? `${named}: ${message}` : message;
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
 * @param {Document} doc
 * @param {NoticeWords} words
 * @param {() => { locale: string, path: string[], text: string }[]} ownProblems the admin's problems at the last attempt
 * @param {string} ui the editor's language (the left column's)
 * @param {string} other the other language (the right column's)
 */
export function installRefusalNotice(doc, words, ownProblems, ui, other) {
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

  /** The language of a marked field: that of the column its top-level field is in. @param {string} id */
  const languageOf = (id) => {
    let top = doc.getElementById(id);
    for (let up = top?.parentElement?.closest('[id*="-field-"]'); up; up = up.parentElement?.closest('[id*="-field-"]')) top = up;
    const name = top?.id.replace(/-field-.*$/, '') ?? '';
    const boxes = name ? topLevel(name) : [];
    return top && boxes.length > 1 && boxes.indexOf(top) === boxes.length - 1 ? other : ui;
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
      // One line per problem: the same text twice (a field and its twin in a list) says nothing new.
      const lines = new Map(fields.map(({ label, message, id }) => [refusalLine(label, words.language(languageOf(id)), message), id]));
      list.replaceChildren(
        ...[...lines].map(([text, id]) => link(text, () => focusField(id))),
        ...own.map((problem) =>
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
