/**
 * Safe taxonomy edits: the ✕ of a term asks before it removes, and refuses at once, saying why, to remove a term
 * whose id content uses (Decap removed it without asking, and the refusal came only on save). The term list's
 * icon buttons get names in the editor's language. Decap has no extension point for these, so this watches its
 * DOM; plain DOM and text, no HTML strings.
 */
import { watchEachFrame } from './watch.js';

/**
 * @typedef {object} TermWords
 * @property {(id: string) => string} confirm the question before removing a term
 * @property {(id: string, entries: string[]) => string} inUse why a term in use cannot be removed, naming the entries
 * @property {(summary: string) => string} remove the ✕ button's name
 * @property {(summary: string) => string} toggle the expand button's name
 */

/** The term of a list item's remove button: its top bar's summary ("in-person: Paikan päällä / In person"). */
/** @param {Element} button */
function termOf(button) {
  const bar = button.parentElement;
  if (!bar || !String(bar.className).includes('ListItemTopBar') || bar.lastElementChild !== button) return undefined;
  const summary = bar.nextElementSibling?.textContent?.trim() ?? '';
  return { summary, id: summary.split(':')[0]?.trim() ?? '' };
}

/**
 * @param {Document} doc @param {Window} win
 * @param {Record<string, Record<string, string[]>>} initial per taxonomy, the entries (by name) that use each id
 * @param {TermWords} words
 * @param {(text: string) => void} tell shows a note at the top
 * @param {() => Promise<Record<string, Record<string, string[]>>>} reload the usage as the server has it now (the
 *   configuration again: regenerated from the content on every request under `npm run cms`, rebuilt with the site)
 */
export function guardTermRemoval(doc, win, initial, words, tell, reload) {
  let usage = initial;
  const taxonomy = () => /^#\/collections\/taxonomies\/entries\/([^/?]+)/.exec(win.location.hash)?.[1];
  // Current when it matters: a service published a minute ago uses its terms. Read again whenever a taxonomy is
  // opened and when the editor comes back to the window.
  const refresh = () => {
    if (!taxonomy()) return;
    reload().then(
      (fresh) => {
        usage = fresh;
      },
      () => {},
    );
  };
  win.addEventListener('hashchange', refresh);
  win.addEventListener('focus', refresh);
  refresh();
  doc.addEventListener(
    'click',
    (event) => {
      const name = taxonomy();
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const term = name && button ? termOf(button) : undefined;
      if (!term?.id) return;
      const files = usage[name ?? '']?.[term.id] ?? [];
      if (files.length > 0) {
        event.preventDefault();
        event.stopPropagation();
        tell(words.inUse(term.id, files));
        return;
      }
      if (!win.confirm(words.confirm(term.id))) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    true,
  );
  // Names for the icon buttons of each term (expand first, remove last), which have none of their own.
  const name = () => {
    if (!taxonomy()) return;
    for (const bar of doc.querySelectorAll('[class*="ListItemTopBar"]')) {
      const summary = bar.nextElementSibling?.textContent?.trim() ?? '';
      const buttons = bar.querySelectorAll(':scope > button');
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      if (buttons.length < 2 || !first || !last) continue;
      if (first.getAttribute('aria-label') !== words.toggle(summary)) first.setAttribute('aria-label', words.toggle(summary));
      if (last.getAttribute('aria-label') !== words.remove(summary)) last.setAttribute('aria-label', words.remove(summary));
    }
  };
  watchEachFrame(doc, name, { childList: true, subtree: true, characterData: true });
}
