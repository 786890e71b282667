/**
 * Safe taxonomy edits: the ✕ of a term asks before it removes, and refuses at once, saying why, to remove a term
 * whose id content uses (Decap removed it without asking, and the refusal came only on save); both name the term by
 * its name and the content by its names, never an id or a file. The term list's icon buttons get names in the
 * editor's language. A new term's id is made from its name as it is typed (./term-ids.js). Decap has no extension point for these, so this watches its
 * DOM; plain DOM and text, no HTML strings.
 */
import { watchEachFrame } from './watch.js';
import { derivedIds } from './term-ids.js';

/**
 * @typedef {object} TermWords
 * @property {(term: string) => string} confirm the question before removing a term (named by its name)
 * @property {(term: string, entries: string[]) => string} inUse why a term in use cannot be removed, naming the entries
 * @property {(summary: string) => string} remove the ✕ button's name
 * @property {(summary: string) => string} toggle the expand button's name
 */

/**
 * The term of a list item's remove button: its id (from the item's id box, which is in the page while the item is
 * folded) and its name, the item's folded title ("Paikan päällä / In person"), or the id while it has no name.
 * @param {Element} button
 */
function termOf(button) {
  const bar = button.parentElement;
  if (!bar || !String(bar.className).includes('ListItemTopBar') || bar.lastElementChild !== button) return undefined;
  const item = bar.closest('[class*="SortableListItem"]');
  const idBox = item?.querySelector('input[id^="id-field-"]');
  const id = idBox instanceof HTMLInputElement ? idBox.value.trim() : '';
  const summary = bar.nextElementSibling?.textContent?.trim().replace(/^[\s/]+|[\s/]+$/g, '') ?? '';
  // In the editor's language: the title's first name.
  return { id, name: summary.split(' / ')[0]?.trim() || id };
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
  /** @type {Element | undefined} the ✕ let through once, after the checks below */
  let allowed;
  doc.addEventListener(
    'click',
    (event) => {
      const name = taxonomy();
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const term = name && button ? termOf(button) : undefined;
      if (!button || !term || !(term.id || term.name)) return;
      if (allowed === button) {
        allowed = undefined;
        return;
      }
      // Decided on the usage as the server has it at this moment (a service may have been published since the
      // taxonomy was opened): the click waits for it, then is refused, or asked about and let through.
      event.preventDefault();
      event.stopPropagation();
      reload()
        .then(
          (fresh) => {
            usage = fresh;
          },
          () => {},
        )
        .finally(() => {
          const files = usage[name ?? '']?.[term.id] ?? [];
          if (files.length > 0) {
            tell(words.inUse(term.name, files));
            return;
          }
          if (!win.confirm(words.confirm(term.name)) || !button.isConnected) return;
          allowed = button;
          button.click();
        });
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

/**
 * Gives a new term of the taxonomy being edited the id its name makes, as the editor types the name (./term-ids.js),
 * through Decap's own field change, so the form, the backup and the saved file agree. A term the file had, and an id
 * the editor typed, are left alone.
 * @param {{ getState: () => any, dispatch: (action: any) => any, subscribe: (listener: () => void) => () => void }} store
 */
export function deriveTermIds(store) {
  /** @type {any} the terms (Immutable) as last seen */
  let seen;
  /** @type {string | undefined} the taxonomy they belong to */
  let seenIn;
  store.subscribe(() => {
    const state = store.getState();
    const entry = state.entryDraft?.get('entry');
    const slug = entry?.get('collection') === 'taxonomies' ? entry.get('slug') : undefined;
    const terms = slug ? entry.getIn(['data', 'terms']) : undefined;
    if (slug !== seenIn) {
      // Another taxonomy opened (or none): nothing has been typed in it yet.
      seenIn = slug;
      seen = terms;
      return;
    }
    if (!slug || !terms?.toJS || terms === seen) return;
    const before = seen?.toJS?.() ?? [];
    seen = terms;
    const saved = new Set(
      (state.entries?.getIn(['entities', `taxonomies.${slug}`, 'data', 'terms'])?.toJS?.() ?? []).map((/** @type {{ id?: string }} */ term) => term.id),
    );
    const changes = derivedIds(terms.toJS(), before, saved);
    if (changes.length === 0) return;
    const field = state.collections
      .getIn(['taxonomies', 'files'])
      ?.find((/** @type {any} */ file) => file.get('name') === slug)
      ?.get('fields')
      ?.find((/** @type {any} */ f) => f.get('name') === 'terms');
    if (!field) return;
    let next = terms;
    // The id first in the item, as in the file (a new item has its keys in the order they were typed).
    for (const [index, id] of changes) next = next.update(index, (/** @type {any} */ item) => item.clear().set('id', id).merge(item.delete('id')));
    seen = next;
    store.dispatch({ type: 'DRAFT_CHANGE_FIELD', payload: { field, value: next, metadata: {}, entries: [] } });
  });
}
