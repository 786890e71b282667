/**
 * The filters on narrow screens: behind one line that names them ("3 filters: Helsinki, Vantaa, … · Change"), in a
 * modal dialog with a "Show 25 services" button that keeps the live count. On wide screens the same filters stay in
 * the side column; the button is hidden there by CSS (search.css), so the dialog is only ever opened on a
 * phone-sized screen.
 *
 * The filter section itself is moved into the dialog while it is open and back when it closes: one set of
 * controls, so their state, the form's change listener and the counts never need to be kept in step twice.
 *
 * History: opening the dialog adds one entry, which the ticks made in it rewrite (the page's script replaces instead
 * of pushing while `isOpen()`), so one visit to the dialog is one entry, and Back closes the dialog, keeping the ticks.
 * Closing it with nothing changed takes that entry away again.
 */
import { el } from '../dom.ts';
import type { SearchPageElements } from './elements.ts';

export interface FiltersPanel {
  /** The dialog's own live region: while the modal is open, the rest of the page is inert and is not read out. */
  announcer(): HTMLElement | undefined;
  /**
   * The opening line: "Filters", or the selected filters folded into one line (`folded`, with "Change" after it);
   * and the result count on the dialog's Show button (`show`, once a search has counted).
   */
  update(line: { folded?: string | undefined; plain: string; change: string }, show?: string): void;
  isOpen(): boolean;
  /** Call first on `popstate`: 'closed' when Back closed the dialog (the page keeps its state), 'ignored' for the dialog's own step back. */
  handlePopState(): 'closed' | 'ignored' | undefined;
}

const PANEL_MARK = 'filtersPanel';

const withoutMark = (): Record<string, unknown> | null => {
  const state = history.state as Record<string, unknown> | null;
  if (!state || !(PANEL_MARK in state)) return state;
  const { [PANEL_MARK]: _mark, ...rest } = state;
  return rest;
};

export function startFiltersPanel(elements: SearchPageElements, onShowResults: () => void): FiltersPanel {
  const { filters, filtersHome, filtersToggle, filtersDialog: dialog, filtersBody, filtersClose, filtersShow, filtersAnnouncer } = elements;
  const putBack = () => {
    if (filters.parentElement !== filtersHome) filtersHome.append(filters);
  };
  /** The page's address when the dialog opened, to tell whether anything was ticked. */
  let openedAt = '';
  let closingFromHistory = false;
  let ignoreNextPop = false;
  const here = () => `${window.location.pathname}${window.location.search}`;

  filtersToggle.addEventListener('click', () => {
    filtersBody.append(filters);
    dialog.showModal();
    filtersClose.focus();
    openedAt = here();
    history.pushState({ ...(history.state as object | null), [PANEL_MARK]: true }, '', openedAt);
  });
  filtersClose.addEventListener('click', () => dialog.close());
  // A section opened in the dialog ("When") scrolls up to show its options, which would otherwise open below the
  // fold. (toggle does not bubble: it is caught on the way down.)
  filtersBody.addEventListener(
    'toggle',
    (event) => {
      const section = event.target;
      if (dialog.open && section instanceof HTMLDetailsElement && section.open) section.scrollIntoView({ block: 'start' });
    },
    true,
  );
  filtersShow.addEventListener('click', () => {
    dialog.close();
    putBack();
    onShowResults();
  });
  // Escape and the Close button end here (the close event comes a moment after the dialog has closed): focus goes
  // back to the button that opened it, unless Show has already taken the visitor to the results.
  dialog.addEventListener('close', () => {
    putBack();
    if (document.activeElement === document.body || dialog.contains(document.activeElement)) filtersToggle.focus();
    if (closingFromHistory) {
      closingFromHistory = false;
      return;
    }
    if (!(history.state as Record<string, unknown> | null)?.[PANEL_MARK]) return;
    if (here() === openedAt) {
      // Nothing changed: the dialog's entry would make the next Back do nothing.
      ignoreNextPop = true;
      history.back();
    } else history.replaceState(withoutMark(), '', here());
  });

  return {
    announcer: () => (dialog.open ? filtersAnnouncer : undefined),
    update(line, show) {
      if (line.folded) {
        // Text that wraps as a sentence does, "· Change" kept whole at its end.
        filtersToggle.replaceChildren(
          el('span', { class: 'filters-toggle__summary' }, line.folded),
          ' ',
          el('span', { class: 'filters-toggle__change' }, `· ${line.change}`),
        );
      } else filtersToggle.textContent = line.plain;
      if (show !== undefined) filtersShow.textContent = show;
    },
    isOpen: () => dialog.open,
    handlePopState() {
      if (ignoreNextPop) {
        ignoreNextPop = false;
        return 'ignored';
      }
      if (!dialog.open) return undefined;
      closingFromHistory = true;
      dialog.close();
      return 'closed';
    },
  };
}
