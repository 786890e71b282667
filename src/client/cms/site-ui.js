/**
 * What the admin adds around Decap's interface, in the editor's language:
 * - a Help button and dialog on how a change reaches the site (in each mode, the current one marked);
 * - "View on the site" only where the page exists (Decap links any entry, drafts too, which gave a 404);
 * - the left column stays in the editor's language. Decap lets an editor switch it to the other language, and then
 *   the fields shared by both languages cannot be edited in either column.
 * Decap has no extension points for these, so they watch its DOM; everything is plain DOM and text, no HTML strings.
 */
import { watchEachFrame as watch } from './watch.js';

/**
 * @param {Document} doc
 * @param {Record<string, string>} s the `cms.*` UI strings in the editor's language
 * @param {boolean} local the admin runs against decap-server on this computer
 */
export function installHelp(doc, s, local) {
  const dialog = doc.createElement('dialog');
  dialog.id = 'site-help';
  dialog.setAttribute('aria-labelledby', 'site-help-title');
  Object.assign(dialog.style, { maxWidth: '40rem', padding: '1.5rem', lineHeight: '1.5', border: '2px solid #0000bf', borderRadius: '4px' });
  const heading = doc.createElement('h2');
  heading.id = 'site-help-title';
  heading.textContent = s['cms.help.title'] ?? '';
  // Decap's global styles reset headings; these keep the help's structure visible.
  Object.assign(heading.style, { fontSize: '1.5rem', fontWeight: '700', margin: '0 0 1rem' });
  dialog.append(heading);
  /** @type {[string, string, boolean][]} */
  const sections = [
    ['cms.help.localTitle', 'cms.help.local', local],
    ['cms.help.onlineTitle', 'cms.help.online', !local],
    ['cms.help.visibilityTitle', 'cms.help.visibility', false],
    ['cms.help.languagesTitle', 'cms.help.languages', false],
  ];
  for (const [title, text, current] of sections) {
    const h3 = doc.createElement('h3');
    h3.textContent = s[title] ?? '';
    Object.assign(h3.style, { fontSize: '1.125rem', fontWeight: '700', margin: '1.25rem 0 0.25rem' });
    const p = doc.createElement('p');
    p.textContent = current ? `${s['cms.help.now']} ${s[text]}` : (s[text] ?? '');
    dialog.append(h3, p);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = s['cms.help.close'] ?? 'Close';
  close.addEventListener('click', () => dialog.close());
  dialog.append(close);

  const open = doc.createElement('button');
  open.type = 'button';
  open.id = 'site-help-open';
  open.textContent = s['cms.help.open'] ?? 'Help';
  open.setAttribute('aria-haspopup', 'dialog');
  Object.assign(open.style, {
    position: 'fixed',
    right: '1rem',
    bottom: '1rem',
    zIndex: '1000',
    padding: '0.5rem 1rem',
    font: 'inherit',
    fontWeight: '700',
    color: '#fff',
    background: '#0000bf',
    border: '2px solid #fff',
    borderRadius: '4px',
    boxShadow: '0 1px 4px rgba(0,0,0,0.4)',
  });
  open.addEventListener('click', () => dialog.showModal());
  // First in the page's tab order, so a keyboard user finds help before Decap's whole interface.
  doc.body.prepend(open);
  doc.body.append(dialog);
}

/**
 * Hides "View on the site" links whose page does not answer (a draft, a new entry, a change not yet built), with a
 * note in their place, and checks again every `retryMs` until the page answers (a site being rebuilt after Publish).
 * @param {Document} doc
 * @param {string} label the link's text (Decap's `deployButtonLabel`)
 * @param {string} missing the note shown while the page does not answer
 * @param {number} [retryMs]
 */
export function checkViewLive(doc, label, missing, retryMs = 10_000) {
  /** @type {WeakSet<HTMLAnchorElement>} */
  const checked = new WeakSet();
  /** @param {HTMLAnchorElement} link */
  const probe = (link) => {
    // Hidden only when the site says the page is not there; a network or policy failure proves nothing.
    fetch(link.href, { method: 'HEAD', cache: 'no-cache' })
      .then((response) => response.status !== 404 && response.status !== 410)
      .catch(() => true)
      .then((exists) => {
        const note = link.nextElementSibling?.classList.contains('site-view-live-missing') ? link.nextElementSibling : null;
        if (exists) {
          link.style.display = '';
          note?.remove();
          return;
        }
        link.style.display = 'none';
        if (!note) {
          const added = doc.createElement('span');
          added.className = 'site-view-live-missing';
          added.setAttribute('role', 'status');
          added.textContent = missing;
          Object.assign(added.style, { fontSize: '13px', maxWidth: '18rem', lineHeight: '1.3' });
          link.after(added);
        }
        setTimeout(() => {
          if (link.isConnected) probe(link);
        }, retryMs);
      });
  };
  const check = () => {
    for (const link of doc.querySelectorAll('a[href]')) {
      if (!(link instanceof HTMLAnchorElement) || checked.has(link) || link.textContent?.trim() !== label) continue;
      checked.add(link);
      probe(link);
    }
  };
  watch(doc, check);
}

/**
 * Names each column's language, in the editor's language ("Kieliversio: englanti"), where Decap writes "Writing in
 * EN" (a code), and names the languages of its switch's menus ("Englanti", not "en"). The left column stays in the
 * editor's language: its switch becomes a plain label (the right column's switch and "copy from" stay).
 * @param {Document} doc
 * @param {string} writingIn Decap's switch text with `%{locale}` ("Kirjoitat kielellä %{locale}")
 * @param {string} ui the editor's language (the left column's)
 * @param {string[]} locales the languages of the content
 * @param {(language: string) => string} columnLabel the label of a column written in a language (given by name)
 */
export function labelLanguageColumns(doc, writingIn, ui, locales, columnLabel) {
  const names = new Intl.DisplayNames([ui], { type: 'language' });
  /** @param {string} code */
  const name = (code) => names.of(code) ?? code;
  /** @param {string} text */
  const capitalised = (text) => text.charAt(0).toLocaleUpperCase(ui) + text.slice(1);
  const [before = '', after = ''] = writingIn.split('%{locale}');
  const codeOf = (/** @type {string} */ text) =>
    text.startsWith(before) && text.endsWith(after) ? text.slice(before.length, text.length - after.length).toLowerCase() : undefined;
  /** @param {Element} element @param {string} text */
  const setText = (element, text) => {
    // The text node React wrote, changed in place (React updates that node when the language changes).
    const node = [...element.childNodes].find((child) => child.nodeType === 3 && child.nodeValue?.trim());
    if (node && node.nodeValue !== text) node.nodeValue = text;
  };
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('[data-site-column-label]::after { display: none !important; } [data-site-column-label] { cursor: default !important; }');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const task = () => {
    for (const button of doc.querySelectorAll('[role="button"]')) {
      const code = codeOf(button.textContent?.trim() ?? '');
      if (!code || !locales.includes(code)) continue;
      setText(button, columnLabel(name(code)));
      if (code !== ui) continue;
      // The left column: a label, not a switch (no caret, no focus, not a button for screen readers).
      const wrapper = /** @type {HTMLElement | null} */ (button.parentElement);
      if (wrapper) wrapper.style.pointerEvents = 'none';
      button.setAttribute('data-site-column-label', '');
      button.setAttribute('tabindex', '-1');
      button.removeAttribute('role');
    }
    for (const item of doc.querySelectorAll('[role="menuitem"]')) {
      const code = item.textContent?.trim() ?? '';
      if (locales.includes(code.toLowerCase())) {
        const inner = [...item.querySelectorAll('*')].find((el) => el.textContent?.trim() === code && el.children.length === 0) ?? item;
        setText(inner, capitalised(name(code.toLowerCase())));
      }
    }
  };
  watch(doc, task, { childList: true, subtree: true, characterData: true });
}

/**
 * List headings that count in the editor's language: Decap writes "0 toimipaikat"; Finnish takes the partitive after
 * a number other than one ("0 toimipaikkaa", "1 toimipaikka"), chosen with `Intl.PluralRules`. The forms come with
 * each list field (`count_forms`, src/cms/counted.ts).
 * @param {Document} doc @param {string} ui
 * @param {Record<string, { one: string, other: string }>} forms by list field name
 */
export function countListItems(doc, ui, forms) {
  const plural = new Intl.PluralRules(ui);
  watch(doc, () => {
    for (const [name, form] of Object.entries(forms)) {
      for (const list of doc.querySelectorAll(`div[id^="${name}-field-"]`)) {
        const bar = list.firstElementChild;
        if (!bar) continue;
        // The heading is a text node of the list's top bar, next to its expand button.
        const texts = doc.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          const match = /^(\d+) \S/.exec(node.nodeValue?.trim() ?? '');
          if (!match) continue;
          const count = Number(match[1]);
          const text = `${count} ${plural.select(count) === 'one' ? form.one : form.other}`;
          if (node.nodeValue !== text) node.nodeValue = text;
          break;
        }
      }
    }
  });
}

/**
 * Screen-reader names in the editor's language: Decap names each field's box by its widget type ("Kenttä: string")
 * and a date's "Now" button by the field's key ("updated: aseta nykyhetki"). The box's own label names it already,
 * so the first goes; the second is named by the field's label.
 * @param {Document} doc
 * @param {string} widgetLabel Decap's phrase for the first, with `%{widgetLabel}`
 * @param {string} setToNow Decap's phrase for the second, with `%{fieldLabel}`
 */
export function nameFieldsInEditorLanguage(doc, widgetLabel, setToNow) {
  const [before = '', after = ''] = widgetLabel.split('%{widgetLabel}');
  watch(doc, () => {
    for (const box of doc.querySelectorAll('[aria-label]')) {
      const label = box.getAttribute('aria-label') ?? '';
      if (label.startsWith(before) && label.endsWith(after) && /^[a-z-]+$/.test(label.slice(before.length, label.length - after.length))) {
        box.removeAttribute('aria-label');
      }
    }
    for (const button of doc.querySelectorAll('button[data-testid="now-button"]')) {
      let box = button.parentElement;
      while (box && !box.querySelector(':scope > label, :scope > div > label')) box = box.parentElement;
      const fieldLabel = box?.querySelector('label')?.textContent?.trim();
      const name = fieldLabel ? setToNow.replace('%{fieldLabel}', fieldLabel) : undefined;
      if (name && button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
    }
  });
}
