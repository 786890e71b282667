/**
 * The catalogue search page's elements, by the ids the page (src/pages/[locale]/services/index.astro) gives them:
 * the one list of them, used by the page's markup and by its script.
 */
export const searchPageIds = {
  form: 'catalogue-search',
  query: 'search-q',
  suggestions: 'search-suggestions',
  suggestionsStatus: 'search-suggestions-status',
  sort: 'search-sort',
  clearAll: 'clear-all',
  notes: 'search-notes',
  activeFilters: 'active-filters',
  tools: 'search-tools',
  shareLink: 'share-link',
  copyLink: 'copy-link',
  printResults: 'print-results',
  printSection: 'print-section',
  copyStatus: 'copy-status',
  copyFallback: 'copy-fallback',
  heading: 'result-heading',
  correction: 'search-correction',
  announcer: 'result-announcer',
  results: 'results',
  pagination: 'pagination',
  filters: 'search-filters',
  filtersHome: 'filters-home',
  filtersToggle: 'filters-toggle',
  filtersDialog: 'filters-dialog',
  filtersBody: 'filters-dialog-body',
  filtersClose: 'filters-close',
  filtersShow: 'filters-show',
  filtersAnnouncer: 'filters-announcer',
} as const;

export interface SearchPageElements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  suggestions: HTMLElement;
  suggestionsStatus: HTMLElement;
  sort: HTMLSelectElement;
  clearAll: HTMLElement;
  notes: HTMLElement;
  activeFilters: HTMLElement;
  tools: HTMLElement;
  shareLink: HTMLElement;
  copyLink: HTMLElement;
  printResults: HTMLElement;
  printSection: HTMLElement;
  copyStatus: HTMLElement;
  copyFallback: HTMLElement;
  heading: HTMLElement;
  correction: HTMLElement;
  announcer: HTMLElement;
  results: HTMLOListElement;
  pagination: HTMLElement;
  filters: HTMLElement;
  filtersHome: HTMLElement;
  filtersToggle: HTMLElement;
  filtersDialog: HTMLDialogElement;
  filtersBody: HTMLElement;
  filtersClose: HTMLElement;
  filtersShow: HTMLElement;
  filtersAnnouncer: HTMLElement;
}

/** The page's elements; fails naming the first one missing, so a renamed id cannot break the page silently. */
export function findElements(doc: Document): SearchPageElements {
  const found = Object.fromEntries(
    Object.entries(searchPageIds).map(([name, id]) => {
      const element = doc.getElementById(id);
      if (!element) throw new Error(`The search page has no #${id}`);
      return [name, element];
    }),
  );
  return found as unknown as SearchPageElements;
}
