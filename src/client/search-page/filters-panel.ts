/**
 * The filters on narrow screens: behind a "Filters (2 selected)" button, in a modal dialog with a "Show 25
 * services" button that keeps the live count. On wide screens the same filters stay in the side column; the
 * button is hidden there by CSS (search.css), so the dialog is only ever opened on a phone-sized screen.
 *
 * The filter section itself is moved into the dialog while it is open and back when it closes: one set of
 * controls, so their state, the form's change listener and the counts never need to be kept in step twice.
 */
import type { SearchPageElements } from './elements.ts';

export interface FiltersPanel {
  /** The dialog's own live region: while the modal is open, the rest of the page is inert and is not read out. */
  announcer(): HTMLElement | undefined;
  /** Shows how many filters are selected on the button, and the result count on the dialog's Show button. */
  update(selected: string, show: string): void;
}

export function startFiltersPanel(elements: SearchPageElements, onShowResults: () => void): FiltersPanel {
  const { filters, filtersHome, filtersToggle, filtersDialog: dialog, filtersBody, filtersClose, filtersShow, filtersAnnouncer } = elements;
  const putBack = () => {
    if (filters.parentElement !== filtersHome) filtersHome.append(filters);
  };

  filtersToggle.addEventListener('click', () => {
    filtersBody.append(filters);
    dialog.showModal();
    filtersClose.focus();
  });
  filtersClose.addEventListener('click', () => dialog.close());
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
  });

  return {
    announcer: () => (dialog.open ? filtersAnnouncer : undefined),
    update(selected, show) {
      filtersToggle.textContent = selected;
      filtersShow.textContent = show;
    },
  };
}
