/**
 * The catalogue search in the browser, wired together: reads the state from the URL, finds the results
 * (search-page/results.ts), shows them (search-page/render.ts), and writes the state back (replaceState while
 * typing, pushState on filter changes). The page's elements and their ids are in search-page/elements.ts.
 */
import {
  normalizeQuery,
  parseSearchParams,
  serializeSearchState,
  toggleFilter,
  lastPage,
  filterKeys,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from '../lib/search-state.ts';
import { DATE_STYLE, siteDateFormat } from '../lib/dates.ts';
import { translate } from './format.ts';
import type { SearchPageConfig } from './page-config.ts';
import { copyLink, offerShare } from './clipboard.ts';
import { el } from './dom.ts';
import { syncLanguageLinks } from './language-links.ts';
import { loadPagefind, TextSearchNeedsBuild } from './pagefind.ts';
import { loadSearchIds, loadSearchPages } from './catalogue-data.ts';
import { initFavouriteToggles } from './favourites/toggles.ts';
import { findElements, searchPageIds } from './search-page/elements.ts';
import { findResults, findTextResults, loadCards, loadCardsByPagefindId, type QueryNotes } from './search-page/results.ts';
import { renderQueryNotes } from './search-page/query-notes.ts';
import type { SearchCard } from '../lib/facet-index.ts';
import { startFiltersPanel } from './search-page/filters-panel.ts';
import { loadSummaries, renderPrint } from './search-page/print.ts';
import { startSuggestions } from './search-page/suggestions.ts';
import { queryWordsFrom } from '../lib/query-fallback.ts';
import { wireResultLinks } from './search-page/to-results.ts';
import type { ServiceSummary } from '../lib/service-summary.ts';
import {
  PAGE_SIZE,
  createAnnouncer,
  TICK_PAUSE,
  foldedFilters,
  resultHeading,
  renderActiveFilters,
  renderControls,
  renderCounts,
  renderIgnored,
  renderPagination,
  renderResult,
  type Say,
} from './search-page/render.ts';

interface RunOptions {
  announce: boolean;
  focusHeading?: boolean;
  /** Put the state's text into the search box (load, Back/Forward), which must never happen while typing. */
  syncQuery?: boolean;
  fromTyping?: boolean;
  /** Scroll back to where this history entry was left, once its results are there (load, Back/Forward). */
  restoreScroll?: boolean;
  /** Only the counts are missing: the results on screen stay if loading them fails. */
  countsOnly?: boolean;
}

export function startSearchPage(): void {
  const form = document.getElementById(searchPageIds.form);
  if (!(form instanceof HTMLFormElement) || !form.dataset['config']) return;
  const config = JSON.parse(form.dataset['config']) as SearchPageConfig;
  const elements = findElements(document);
  const { query, sort, heading, results, pagination, notes, activeFilters, tools } = elements;
  const s: Say = (key, values) => translate(config.strings, key, values);
  const formatDate = siteDateFormat(config.dateLocale);
  const queryWords = queryWordsFrom(config.searchWords, config.options.municipality);
  const labelOf = (key: FilterKey, id: string) => config.options[key].find((o) => o.id === id)?.label ?? id;
  /** A municipality as the result heading names it: its genitive where the locale has one ("Espoon palvelut"). */
  const genitiveOf = (id: string) => config.options.municipality.find((o) => o.id === id)?.genitive ?? labelOf('municipality', id);
  const panel = startFiltersPanel(elements, () => {
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  });
  const announce = createAnnouncer(() => panel.announcer() ?? elements.announcer, [elements.announcer, elements.filtersAnnouncer]);

  tools.hidden = false;

  let state: SearchState;
  let runId = 0;
  /** What the last search found, for the printout: its heading and every matching service. */
  let found: { title: string; slugs: string[]; q: string; total: number; shown: number } = { title: '', slugs: [], q: '', total: 0, shown: 0 };
  let summaries: Map<string, ServiceSummary> | undefined;
  let typingTimer: number | undefined;

  const hrefOf = (of: SearchState) => {
    const qs = serializeSearchState(of, config.known);
    return `${window.location.pathname}${qs ? `?${qs}` : ''}`;
  };

  /** The print section: after each search its heading (so any way of printing says what was searched), and every service when printing. */
  const fillPrint = (withServices: boolean) =>
    renderPrint(
      elements.printSection,
      {
        ...found,
        filters: filterKeys
          .filter((key) => state.filters[key]?.length)
          .map((key) => `${s(`search.filter.${key}`)}: ${state.filters[key]!.map((id) => labelOf(key, id)).join(', ')}`),
        // Today in the visitor's own time zone.
        date: new Intl.DateTimeFormat(config.dateLocale, { dateStyle: DATE_STYLE }).format(new Date()),
        link: new URL(hrefOf(state), window.location.href).href,
      },
      s,
      withServices ? summaries : undefined,
    );

  // The browser would restore the scroll position before the results exist, and land far above the tapped card:
  // each history entry keeps its own position, and it is restored after the results are drawn.
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  const rememberScroll = () => history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, '');
  window.addEventListener('pagehide', rememberScroll);

  function writeUrl(mode: 'push' | 'replace') {
    const url = hrefOf(state);
    if (url === `${window.location.pathname}${window.location.search}`) return syncLanguageLinks();
    // The filter dialog has its own history entry, which its ticks rewrite (search-page/filters-panel.ts).
    if (mode === 'push' && !panel.isOpen()) {
      rememberScroll();
      history.pushState(null, '', url);
    } else history.replaceState(history.state, '', url);
    syncLanguageLinks();
  }

  function showControls(syncQuery: boolean) {
    renderControls(elements, state, s, syncQuery);
    panel.update({ folded: foldedFilters(state, labelOf, s), plain: s('search.filters'), change: s('search.filtersChange') });
    renderActiveFilters(activeFilters, state, labelOf, s, (key, id, focusNext) => {
      update(toggleFilter(currentState(), key, id, false), 'push');
      if (!focusNext()) heading.focus();
    });
  }

  const showPages = (total: number) =>
    renderPagination(
      pagination,
      total,
      state.page,
      s,
      (page) => hrefOf({ ...state, page }),
      (page) => update({ ...state, page }, 'push', { focusHeading: true }),
    );

  /** Whether the newest search has finished (shown, or failed). */
  let newestDone = true;
  /** The newest search, for whoever must wait for the page to settle (printing). */
  let newest: Promise<void> = Promise.resolve();

  function run(options: RunOptions): Promise<void> {
    const id = ++runId;
    newestDone = false;
    newest = runSearch(id, options).finally(() => {
      if (id === runId) newestDone = true;
    });
    return newest;
  }

  /** Resolves once the newest search has finished, including searches started while waiting. */
  async function settled(): Promise<void> {
    let waited: Promise<void>;
    do {
      waited = newest;
      await waited;
    } while (waited !== newest);
  }

  async function runSearch(id: number, options: RunOptions) {
    showControls(options.syncQuery ?? false);
    try {
      await search(id, options);
    } catch (error) {
      if (id !== runId) return;
      if (options.countsOnly) {
        // The results stay on screen without counts; the next reach for the filters tries again.
        countsWanted = false;
        document.documentElement.dataset['searchReady'] = String(id);
        return;
      }
      shownKey = '';
      const message = s(error instanceof TextSearchNeedsBuild ? 'search.needsBuild' : 'search.error');
      heading.hidden = false;
      heading.textContent = message;
      results.removeAttribute('aria-busy');
      elements.correction.hidden = true;
      results.replaceChildren();
      showPages(0);
      if (options.announce) announce(message, 0);
      document.documentElement.dataset['searchReady'] = String(id);
    }
  }

  /**
   * Whether the filter index is wanted: after any search that loaded it, and as soon as the visitor reaches for the
   * filters. Until then a search with text only is shown from Pagefind's results (findTextResults): the counts are in
   * the closed filter groups, and their files are a third of a first text search's bytes at 5,000 services.
   */
  let countsWanted = false;
  /** What the result list and the page links show, so a search that finds the same does not redraw them under the visitor. */
  let shownKey = '';

  async function search(id: number, options: RunOptions) {
    const text = { words: queryWords, isCurrent: () => id === runId };
    if (!countsWanted) {
      const matched = await findTextResults(state, config.locale, text);
      if (id !== runId) return;
      if (matched) {
        const cards = await loadCardsByPagefindId(matched.ids.slice(...shownRange(matched.ids.length)));
        if (id !== runId) return;
        // A missing card: deployed since Pagefind's index was loaded. The full search below sorts that out.
        if (cards) {
          show(options, { total: matched.ids.length, cards, printSlugs: cards.map((card) => card.meta.slug ?? ''), notes: matched.notes });
          // The visitor reached for the filters while this search ran: it goes on to their counts, as wantCounts() expects.
          if (!countsWanted) return;
          // Changed in place: should loading the counts fail, runSearch() keeps these results on screen.
          Object.assign(options, { announce: false, countsOnly: true, focusHeading: false, restoreScroll: false });
        }
      }
    }
    countsWanted = true;
    const { index, counts, ordered, notes: wordNotes, ids } = await findResults(state, config.locale, config.known, text);
    if (id !== runId) return; // A newer search started while this one ran.
    renderCounts(form as HTMLFormElement, counts, config.options);
    const cards = await loadCards(index, ordered.slice(...shownRange(ordered.length)), config.locale, ids);
    if (id !== runId) return;
    show(options, { total: ordered.length, cards, printSlugs: ordered.map((position) => index.slugs[position]!), notes: wordNotes });
  }

  /** The shown page's slice of `total` results; a page past the last becomes the last, in the URL too. */
  function shownRange(total: number): [number, number] {
    const pages = lastPage(total, PAGE_SIZE);
    if (state.page > pages) {
      state = { ...state, page: pages };
      writeUrl('replace');
    }
    return [(state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE];
  }

  /** Shows a search's results; the list and page links only when they differ from those shown. */
  function show(
    options: RunOptions,
    { total, cards, printSlugs, notes: wordNotes }: { total: number; cards: SearchCard[]; printSlugs: string[]; notes?: QueryNotes | undefined },
  ): void {
    heading.hidden = false;
    const shownQuery = state.q;
    heading.textContent = resultHeading(total, state, shownQuery, labelOf, genitiveOf, s, config.dateLocale);
    results.removeAttribute('aria-busy');
    // Corrected and left-out words, and the offer to filter by a place named (search-page/query-notes.ts).
    const noteText = renderQueryNotes(elements.correction, wordNotes, state, {
      s,
      hrefOf,
      go: (next) => update(next, 'push', { syncQuery: true, focusHeading: true }),
      placeLabel: (id) => labelOf('municipality', id),
      placeGenitive: genitiveOf,
    });
    // The words searched: the corrected ones when the page shows those, so the printout matches its services.
    found = { title: heading.textContent, slugs: printSlugs, q: shownQuery, total, shown: cards.length };
    fillPrint(false);
    panel.update(
      { folded: foldedFilters(state, labelOf, s), plain: s('search.filters'), change: s('search.filtersChange') },
      total === 1 ? s('search.showResultsOne') : s('search.showResults', { count: total }),
    );
    const key = JSON.stringify([state, total, cards.map((card) => card.url)]);
    if (key !== shownKey) {
      shownKey = key;
      results.replaceChildren(...cards.map((card) => renderResult(card, s, formatDate, config.strings)));
      // Removing a filter is offered only when there is one to remove.
      if (total === 0)
        results.append(
          el(
            'li',
            { class: 'no-results' },
            s(Object.values(state.filters).some((values) => values.length > 0) ? 'search.noResults' : 'search.noResultsNoFilters'),
          ),
        );
      results.start = (state.page - 1) * PAGE_SIZE + 1;
      initFavouriteToggles(results);
      showPages(total);
    }
    const counted = total === 1 ? s('search.announceOne') : s('search.announce', { count: total });
    // Ticks in the filter dialog come in quick succession: only the count they settle on is read out.
    if (options.announce) announce(noteText ? `${noteText} ${counted}` : counted, options.fromTyping ? 1000 : panel.isOpen() ? TICK_PAUSE : 0);
    if (options.focusHeading) heading.focus();
    const savedY = (history.state as { scrollY?: unknown } | null)?.scrollY;
    if (options.restoreScroll && typeof savedY === 'number') window.scrollTo(0, savedY);
    document.documentElement.dataset['searchReady'] = String(runId);
  }

  /**
   * The visitor reaches for the filters: the same search again with the filter index, for the counts. A search still
   * running goes on to them itself, so its announcement, focus and scroll are not lost to a new one. Resolves when
   * the page has settled.
   */
  function wantCounts(): Promise<void> {
    if (!countsWanted) {
      countsWanted = true;
      if (newestDone) void run({ announce: false, countsOnly: true });
    }
    return settled();
  }

  function update(next: SearchState, mode: 'push' | 'replace', options: Omit<RunOptions, 'announce'> = {}) {
    state = next;
    writeUrl(mode);
    void run({ announce: true, ...options });
  }

  /** The state with whatever is in the text box now (a filter ticked mid-typing keeps the typed text). */
  function currentState(): SearchState {
    window.clearTimeout(typingTimer);
    const q = normalizeQuery(query.value);
    return q === state.q ? state : { ...state, q, page: 1 };
  }

  function readUrl(announceCount: boolean, focusHeading = false) {
    window.clearTimeout(typingTimer);
    const parsed = parseSearchParams(window.location.search, config.known);
    state = parsed.state;
    renderIgnored(notes, parsed.ignored, s, config.maxQueryLength);
    // Show the canonical link, so what staff copy from the address bar is clean.
    writeUrl('replace');
    void run({ announce: announceCount, syncQuery: true, restoreScroll: !focusHeading, focusHeading });
  }

  const suggestions = startSuggestions(query, elements.suggestions, elements.suggestionsStatus, config.locale, s, (term) =>
    update({ ...currentState(), q: normalizeQuery(term), page: 1 }, 'push', { syncQuery: true }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    suggestions.close();
    update({ ...currentState(), page: 1 }, 'push', { focusHeading: true }); // The focus goes on to the count found.
  });
  // Pagefind is needed only for text: start loading it when the visitor heads for the text box, and the index
  // chunks for the words while they type, so the search after the typing pause finds them loaded.
  const warmTextSearch = () =>
    void Promise.all([loadPagefind(), loadSearchPages(config.locale), countsWanted ? loadSearchIds(config.locale) : undefined]).catch(() => undefined);
  query.addEventListener('focus', warmTextSearch, { once: true });
  query.addEventListener('input', () => {
    const term = normalizeQuery(query.value);
    if (term)
      void loadPagefind()
        .then((pagefind) => pagefind.preload(term))
        .catch(() => undefined);
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => update(currentState(), 'replace', { fromTyping: true }), 250);
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target === sort) {
      update({ ...currentState(), sort: sort.value as SortOrder, page: 1 }, 'push');
    } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      update(toggleFilter(currentState(), target.name as FilterKey, target.value, target.checked), 'push');
    }
  });
  elements.clearAll.addEventListener('click', (event) => {
    event.preventDefault();
    update({ ...currentState(), filters: {}, page: 1 }, 'push');
  });
  elements.copyLink.addEventListener('click', () => {
    const url = new URL(hrefOf(state), window.location.href).href;
    void copyLink(url, elements.copyStatus, elements.copyFallback, { copied: s('search.copied'), failed: s('search.copyFailed') });
  });
  offerShare(elements.shareLink, () => ({ title: heading.textContent ?? document.title, url: new URL(hrefOf(state), window.location.href).href }));
  // Print: every matching service, once their details (and, after a search shown from Pagefind alone, the list of
  // every match) are loaded; Ctrl+P before that prints the results on screen.
  const printAll = () =>
    void Promise.all([
      loadSummaries(config.locale)
        .then((loaded) => (summaries = loaded))
        .catch(() => undefined),
      wantCounts(),
    ]).then(() => {
      fillPrint(true);
      window.print();
    });
  elements.printResults.addEventListener('click', printAll);
  // Ctrl+P (⌘P) prints as the button does; printing from the browser's menu cannot wait for the list, and the paper
  // then says how many services are left out and how to print them all (search-page/print.ts).
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
    event.preventDefault();
    printAll();
  });
  // The filters' counts are loaded as the visitor heads for them: by pointer, by keyboard, or the phone's Filters button.
  for (const event of ['pointerenter', 'focusin']) elements.filters.addEventListener(event, () => void wantCounts());
  // A filter group opened some other way (find in page): `toggle` does not bubble, so it is caught on its way down.
  elements.filters.addEventListener('toggle', () => void wantCounts(), true);
  elements.filtersToggle.addEventListener('click', () => void wantCounts());
  window.addEventListener('beforeprint', () => fillPrint(true));
  window.addEventListener('popstate', () => {
    const byPanel = panel.handlePopState();
    // Back with the filter dialog open closes it and keeps its ticks: the entry gone back to takes them.
    if (byPanel === 'closed') writeUrl('replace');
    if (!byPanel) readUrl(true);
  });
  readUrl(false, wireResultLinks(form, heading));
}
