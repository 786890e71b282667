/**
 * What the admin adds around Decap's interface, in the editor's language:
 * - a Help button and dialog on how a change reaches the site (in each mode, the current one marked);
 * - "View on the site" only where the page exists (Decap links any entry, drafts too, which gave a 404);
 * - the left column stays in the editor's language. Decap lets an editor switch it to the other language, and then
 *   the fields shared by both languages cannot be edited in either column.
 * Decap has no extension points for these, so they watch its DOM; everything is plain DOM and text, no HTML strings.
 */

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
 * Runs `task` now and after the page changes, at most once a frame (a big form changes on every keystroke).
 * @param {Document} doc @param {() => void} task
 */
function watch(doc, task) {
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      task();
    });
  }).observe(doc.body, { childList: true, subtree: true });
  task();
}

/**
 * Keeps the left column in the editor's language: hides its "Writing in" switch (the right column's own switch and
 * "copy from" stay).
 * @param {Document} doc
 * @param {string} writingIn the left switch's text ("Kirjoitat kielellä FI")
 */
export function keepLeftColumnInEditorLanguage(doc, writingIn) {
  const hide = () => {
    // The left column's switch is the first; the right column's may read the same if the editor picks that language.
    const button = [...doc.querySelectorAll('[role="button"]')].find((candidate) => candidate.textContent?.trim() === writingIn);
    // Decap's styles set the wrapper's display, so the `hidden` attribute alone would not hide it.
    const wrapper = /** @type {HTMLElement | null | undefined} */ (button?.parentElement);
    if (wrapper && wrapper.style.display !== 'none') wrapper.style.display = 'none';
  };
  watch(doc, hide);
}
