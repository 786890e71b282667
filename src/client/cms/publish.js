/**
 * One obvious "Publish" button in the entry toolbar, for the editorial workflow (online on GitHub, locally on
 * decap-server in git mode). Decap's own path to the site is three steps in three places: Save (a draft), set the
 * status to "Ready", then Publish → Publish now, and Publish alone refuses until the status says Ready. The button
 * takes those steps with Decap's own controls, in order, so every check, confirmation and message of Decap's stays:
 * it saves unsaved changes (stopping if the save is refused), marks the draft ready, and opens Decap's "Publish now"
 * (Decap then asks for confirmation). When the page's visibility takes it off the site, it asks first.
 * Decap has no extension point for its toolbar, so this watches its DOM; plain DOM and text, no HTML strings.
 */
import { watchEachFrame } from './watch.js';

/**
 * @typedef {object} PublishWords
 * @property {string} publish the button's text (Decap's own "Publish")
 * @property {string} save Decap's Save button's text
 * @property {string} saving Decap's Save button's text while it saves
 * @property {string} statusPrefix the start of Decap's status menu's text ("Status: ")
 * @property {string} ready the "Ready" status's name
 * @property {string} publishNow Decap's "Publish now" menu item
 * @property {string} busy the button's text while it works
 * @property {string} nothing the button's tooltip when there is nothing to publish
 * @property {string[]} takeDown the visibility options that take the page off the site (their labels)
 * @property {string} takeDownConfirm the question asked before publishing such a visibility
 * @property {string[]} remove the texts of Decap's delete buttons ("Poista julkaistu sisältö"), which keep their
 *   own confirmation
 */

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `found()` gives something (checked every 100 ms), or `ms` pass.
 * @template T @param {() => T | null | undefined | false} found @param {number} ms @returns {Promise<T | undefined>}
 */
async function until(found, ms) {
  for (let waited = 0; waited <= ms; waited += 100) {
    const value = found();
    if (value) return value;
    await sleep(100);
  }
  return undefined;
}

/** @param {ParentNode} root @param {string} selector @param {(text: string) => boolean} test */
const byText = (root, selector, test) =>
  /** @type {HTMLElement | undefined} */ ([...root.querySelectorAll(selector)].find((el) => test(el.textContent?.trim() ?? '')));

/**
 * Decap's controls in the entry toolbar, found by their texts in the editor's language.
 * @param {Document} doc @param {PublishWords} words
 */
export function toolbarControls(doc, words) {
  const save = /** @type {HTMLButtonElement | undefined} */ (byText(doc, 'button:not(#site-publish)', (text) => text === words.save));
  const menus = save?.parentElement ?? doc;
  return {
    save,
    status: byText(menus, '[role="button"]', (text) => text.startsWith(words.statusPrefix)),
    publish: byText(menus, '[role="button"]', (text) => text === words.publish),
  };
}

/**
 * Opens one of Decap's menus and picks an item by its text.
 * @param {Document} doc @param {HTMLElement} menu @param {string} item
 */
async function pick(doc, menu, item) {
  menu.click();
  const option = await until(() => byText(doc, '[role="menuitem"]', (text) => text === item), 3_000);
  if (!option) throw new Error(`no menu item "${item}"`);
  option.click();
}

/**
 * The visibility chosen in the form (the select's shown label), if it is one that takes the page off the site.
 * @param {Document} doc @param {PublishWords} words
 */
function takingDown(doc, words) {
  /** @type {Element | null | undefined} */
  let box = doc.querySelector('[id^="status-field-"]');
  while (box && !box.querySelector('label')) box = box.parentElement;
  const shown = box?.textContent ?? '';
  return words.takeDown.find((label) => shown.includes(label));
}

/**
 * @param {Document} doc @param {Window} win @param {PublishWords} words
 */
export function installPublishButton(doc, win, words) {
  const button = doc.createElement('button');
  button.type = 'button';
  button.id = 'site-publish';
  button.textContent = words.publish;
  Object.assign(button.style, {
    minHeight: '44px',
    padding: '0 1.25rem',
    margin: '0 0.5rem',
    font: 'inherit',
    fontSize: '15px',
    fontWeight: '700',
    color: '#fff',
    background: '#006b3c',
    border: '2px solid #006b3c',
    borderRadius: '4px',
    cursor: 'pointer',
    whiteSpace: 'nowrap',
  });
  let working = false;

  const refresh = () => {
    const controls = toolbarControls(doc, words);
    if (!controls.save) {
      button.remove();
      return;
    }
    if (button.previousElementSibling !== controls.save) controls.save.after(button);
    // Decap's own Publish menu stays, hidden, for the button to use: one control named Publish.
    const decapMenu = /** @type {HTMLElement | null | undefined} */ (controls.publish?.parentElement?.parentElement);
    if (decapMenu && decapMenu.style.display !== 'none') decapMenu.style.display = 'none';
    // Decap's red delete button sat right after Publish: it stays (with its confirmation), set apart and plain.
    for (const remove of controls.save.parentElement?.querySelectorAll('button') ?? []) {
      if (!(remove instanceof HTMLElement) || !words.remove.includes(remove.textContent?.trim() ?? '') || remove.dataset['siteSecondary']) continue;
      remove.dataset['siteSecondary'] = '';
      Object.assign(remove.style, { marginLeft: '3rem', background: '#fff', color: '#b00020', border: '1px solid #b00020', fontWeight: '400' });
    }
    if (working) return;
    // Something to publish: unsaved changes, or a saved draft.
    const available = !controls.save.disabled || Boolean(controls.status);
    button.disabled = !available;
    button.title = available ? '' : words.nothing;
    button.style.opacity = available ? '1' : '0.55';
    button.style.cursor = available ? 'pointer' : 'not-allowed';
  };

  const publish = async () => {
    const down = takingDown(doc, words);
    if (down && !win.confirm(words.takeDownConfirm.replace('{status}', down))) return;
    working = true;
    button.disabled = true;
    button.textContent = words.busy;
    try {
      // Let the click on this button finish first: Decap's menus close on any click outside them.
      await sleep(50);
      let controls = toolbarControls(doc, words);
      if (controls.save && !controls.save.disabled) {
        controls.save.click();
        // Saved: Save is disabled again and the draft has its status menu. Refused (Decap's checks or the admin's):
        // Save never turns into "Saving…" and stays enabled.
        const started = Date.now();
        const outcome = await until(() => {
          const now = toolbarControls(doc, words);
          if (now.save?.disabled && now.status) return 'saved';
          const saving = byText(doc, 'button:not(#site-publish)', (text) => text === words.saving);
          return !saving && Date.now() - started > 1_500 && now.save && !now.save.disabled ? 'refused' : undefined;
        }, 60_000);
        // Refused: Decap's notice (and the admin's) says why.
        if (outcome !== 'saved') return;
      }
      controls = toolbarControls(doc, words);
      if (!controls.status) return;
      if (controls.status.textContent?.trim() !== `${words.statusPrefix}${words.ready}`) {
        await pick(doc, controls.status, words.ready);
        await until(() => toolbarControls(doc, words).status?.textContent?.trim() === `${words.statusPrefix}${words.ready}`, 15_000);
      }
      const menu = await until(() => toolbarControls(doc, words).publish, 5_000);
      if (menu) await pick(doc, menu, words.publishNow);
    } finally {
      working = false;
      button.textContent = words.publish;
      refresh();
    }
  };
  button.addEventListener('click', () => void publish());

  watchEachFrame(doc, refresh, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}
