/**
 * The catalogue search in the browser: reads the state from the URL, filters, counts and orders with the filter
 * index (Pagefind for text only), renders results and facet counts, and writes the state back (replaceState while
 * typing, pushState on filter changes).
 * Everything from the URL or the index is inserted as text (textContent), never as HTML.
 */
import {
  activeFilterCount,
  effectiveSort,
  filterKeys,
  lastPage,
  normalizeQuery,
  pageWindow,
  parseSearchParams,
  serializeSearchState,
  summarizeIgnored,
  toggleFilter,
  type FilterKey,
  type Ignored,
  type SearchState,
  type SortOrder,
} from '../lib/search-state.ts';
import { translate } from './format.ts';
import type { SearchPageConfig } from './search-strings.ts';
import { DATE_STYLE } from '../lib/dates.ts';
import { copyLink } from './clipboard.ts';
import { el } from './dom.ts';
import { syncLanguageLinks } from './language-links.ts';
import { loadPagefind } from './pagefind.ts';
import { facetSearch, orderResults, setOf, type FacetResult, type SearchCard } from '../lib/facet-index.ts';
import { cardPath, forgetCatalogue, loadCard, loadCatalogue, loadSearchIds, type SearchIds } from './catalogue-data.ts';
import { serviceUrl } from '../lib/urls.ts';
import type { Locale } from '../i18n/locales.ts';
import { favouriteButton, initFavouriteToggles } from './favourites.ts';

const PAGE_SIZE = 20;

interface RunOptions {
  announce: boolean;
  focusHeading?: boolean;
  /** Put the state's text into the search box (load, Back/Forward), which must never happen while typing. */
  syncQuery?: boolean;
  fromTyping?: boolean;
}

type Config = SearchPageConfig;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#catalogue-search');
  if (!form?.dataset['config']) return;
  const config = JSON.parse(form.dataset['config']) as Config;
  const s = (key: string, values?: Record<string, string | number>) => translate(config.strings, key, values);
  const query = form.querySelector<HTMLInputElement>('#search-q')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort')!;
  const heading = document.querySelector<HTMLElement>('#result-heading')!;
  const announcer = document.querySelector<HTMLElement>('#result-announcer')!;
  const resultList = document.querySelector<HTMLOListElement>('#results')!;
  const pagination = document.querySelector<HTMLElement>('#pagination')!;
  const notes = document.querySelector<HTMLElement>('#search-notes')!;
  const activeBox = document.querySelector<HTMLElement>('#active-filters')!;
  const tools = document.querySelector<HTMLElement>('#search-tools')!;
  const dateFormat = new Intl.DateTimeFormat(config.dateLocale, { dateStyle: DATE_STYLE, timeZone: 'UTC' });
  const labelOf = (key: FilterKey, id: string) => config.options[key].find((o) => o.id === id)?.label ?? id;

  form.querySelectorAll('[data-no-js-only]').forEach((node) => node.setAttribute('hidden', ''));
  tools.hidden = false;

  let state: SearchState;
  let runId = 0;
  let typingTimer: number | undefined;

  const canonicalUrl = () => {
    const qs = serializeSearchState(state, config.known);
    return `${window.location.pathname}${qs ? `?${qs}` : ''}`;
  };

  function writeUrl(mode: 'push' | 'replace') {
    const url = canonicalUrl();
    if (url === `${window.location.pathname}${window.location.search}`) return syncLanguageLinks();
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    syncLanguageLinks();
  }

  function showIgnored(ignored: Ignored[]) {
    notes.replaceChildren();
    if (ignored.length === 0) {
      notes.hidden = true;
      return;
    }
    notes.append(el('p', {}, s('search.ignored')));
    const list = el('ul');
    const { shown, more } = summarizeIgnored(ignored);
    for (const item of shown) {
      const text =
        item.reason === 'too-long'
          ? s('search.ignoredTooLong', { max: config.maxQueryLength })
          : `${item.param}${item.value !== undefined ? `=${item.value}` : ''}`;
      // Bounded so a very long hostile value cannot flood the page; shown as text only.
      list.append(el('li', {}, text.length > 120 ? `${text.slice(0, 120)}…` : text));
    }
    notes.append(list);
    if (more > 0) notes.append(el('p', {}, s('search.ignoredMore', { count: more })));
    notes.hidden = false;
  }

  /** Puts the state into the form controls; the text box only when the state came from the URL, never while typing. */
  function syncControls(syncQuery: boolean) {
    if (syncQuery && query.value !== state.q) query.value = state.q;
    sortSelect.value = effectiveSort(state);
    sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]')!.disabled = !state.q;
    for (const key of filterKeys) {
      const selected = state.filters[key] ?? [];
      form!.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`).forEach((box) => {
        box.checked = selected.includes(box.value);
      });
      const group = form!.querySelector<HTMLDetailsElement>(`[data-filter-group="${key}"]`)!;
      group.querySelector('[data-selected-count]')!.textContent = selected.length ? `(${s('search.selected', { count: selected.length })})` : '';
      if (selected.length) group.open = true;
    }
    const list = activeBox.querySelector('ul')!;
    list.replaceChildren();
    for (const key of filterKeys) {
      for (const id of state.filters[key] ?? []) {
        const label = `${s(`search.filter.${key}`)} – ${labelOf(key, id)}`;
        const button = el('button', { type: 'button', class: 'tag-button', 'aria-label': s('search.removeFilter', { label }) }, `${label} ×`);
        button.addEventListener('click', () => {
          // Focus moves to the next tag (or the previous one, or the result count when none is left).
          const items = [...list.querySelectorAll('button')];
          const index = items.indexOf(button);
          const nextLabel = (items[index + 1] ?? items[index - 1])?.textContent;
          update(toggleFilter(currentState(), key, id, false), 'push');
          const next = nextLabel ? [...list.querySelectorAll('button')].find((b) => b.textContent === nextLabel) : undefined;
          (next ?? heading).focus();
        });
        const item = el('li');
        item.append(button);
        list.append(item);
      }
    }
    activeBox.hidden = activeFilterCount(state) === 0;
  }

  function renderCounts(counts: FacetResult['counts']) {
    for (const key of filterKeys) {
      for (const option of config.options[key]) {
        const target = form!.querySelector(`[data-count-for="${key}:${option.id}"]`);
        if (target) target.textContent = `(${counts[key][option.id] ?? 0})`;
      }
    }
  }

  function renderResult(data: SearchCard): HTMLLIElement {
    const item = el('li', { 'data-service-item': data.meta['slug'] ?? '' });
    const title = el('h3');
    title.append(el('a', { href: data.url }, data.meta['title'] ?? data.url));
    item.append(title, el('p', {}, data.meta['summary'] ?? ''));
    const municipalities = data.meta['municipalities'] === '*' ? s('service.allMunicipalities') : (data.meta['municipalities'] ?? '');
    const updated = data.meta['updated'] ? s('search.updated', { date: dateFormat.format(new Date(`${data.meta['updated']}T00:00:00Z`)) }) : '';
    item.append(el('p', { class: 'meta' }, [data.meta['categories'], municipalities, updated].filter(Boolean).join(' · ')));
    if (data.meta['slug']) item.append(favouriteButton(data.meta['slug'], data.meta['title'] ?? data.meta['slug'], config.strings));
    return item;
  }

  function renderPagination(total: number) {
    const pages = lastPage(total, PAGE_SIZE);
    pagination.replaceChildren();
    pagination.hidden = pages <= 1;
    if (pages <= 1) return;
    const list = el('ul');
    const pageLink = (page: number, text: string, attrs: Record<string, string> = {}) => {
      const link = el('a', { href: `${window.location.pathname}?${serializeSearchState({ ...state, page }, config.known)}`, ...attrs }, text);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        update({ ...state, page }, 'push', { focusHeading: true });
      });
      const li = el('li');
      li.append(link);
      list.append(li);
    };
    if (state.page > 1) pageLink(state.page - 1, s('search.previous'), { rel: 'prev' });
    for (const page of pageWindow(state.page, pages)) {
      if (page === null) {
        list.append(el('li', { 'aria-hidden': 'true' }, '…'));
        continue;
      }
      pageLink(
        page,
        String(page),
        page === state.page
          ? { 'aria-current': 'page', 'aria-label': s('search.pageOf', { page, pages }) }
          : { 'aria-label': s('search.pageOf', { page, pages }) },
      );
    }
    if (state.page < pages) pageLink(state.page + 1, s('search.next'), { rel: 'next' });
    pagination.append(list);
  }

  let announceTimer: number | undefined;

  /** Announces the count politely; after typing, only once the visitor pauses, so it does not talk over typing. */
  function announce(text: string, delay: number) {
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      // Emptied first so the same count after another change is announced again.
      announcer.textContent = '';
      window.setTimeout(() => (announcer.textContent = text), 50);
    }, delay);
  }

  async function run(options: RunOptions) {
    const id = ++runId;
    syncControls(options.syncQuery ?? false);
    try {
      await search(id, options);
    } catch {
      if (id !== runId) return;
      heading.hidden = false;
      heading.textContent = s('search.error');
      resultList.replaceChildren();
      renderPagination(0);
      if (options.announce) announce(s('search.error'), 0);
      document.documentElement.dataset['searchReady'] = String(id);
    }
  }

  /**
   * Services matching the text, as filter-index positions in Pagefind's ranking (the locale's other pages drop out).
   * `stale` when Pagefind knows a page the ids file does not: the ids are from an earlier deploy than Pagefind's index.
   */
  async function textMatches(q: string, ids: SearchIds): Promise<{ ranking: number[]; stale: boolean }> {
    const pagefind = await loadPagefind();
    const ranking = new Set<number>();
    let stale = false;
    for (const result of (await pagefind.search(q)).results) {
      const position = ids.positions.get(result.id);
      if (position !== undefined) ranking.add(position);
      else if (!ids.pages.has(result.id)) stale = true;
    }
    return { ranking: [...ranking], stale };
  }

  /**
   * Filters, counts and orders come from the filter index; Pagefind is asked only when there is text. A filter-only
   * search (most shared links) therefore loads the index and the shown results' cards, and no Pagefind file.
   */
  async function search(id: number, options: RunOptions) {
    const q = state.q;
    let [{ index, ids }] = await Promise.all([loadCatalogue(config.locale, Boolean(q)), q ? loadPagefind() : undefined]);
    let ranking: number[] | undefined;
    if (ids) {
      let found = await textMatches(q, ids);
      if (found.stale) {
        // Deployed since the ids were loaded (or the browser kept an old copy): load both again, once.
        forgetCatalogue(config.locale);
        ({ index, ids } = await loadCatalogue(config.locale, true));
        found = await textMatches(q, ids!);
      }
      ranking = found.ranking;
    }
    if (id !== runId) return; // A newer search started while this one ran.
    const { matches, counts } = facetSearch(index, state.filters, config.known, ranking ? setOf(index.size, ranking) : undefined);
    renderCounts(counts);
    const ordered = orderResults(index, matches, effectiveSort(state), ranking);

    const total = ordered.length;
    const pages = lastPage(total, PAGE_SIZE);
    if (state.page > pages) {
      state = { ...state, page: pages };
      writeUrl('replace');
    }
    const shown = ordered.slice((state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE);
    // Cards, not Pagefind's fragments, also for text results: a fifth of the bytes, and no excerpt is shown.
    // A card that cannot be loaded (a service removed by a deploy since the index was loaded) still shows as a link.
    const data = await Promise.all(
      shown.map((position) => {
        const slug = index.slugs[position]!;
        return loadCard(cardPath(config.locale, slug)).catch((): SearchCard => ({
          url: serviceUrl(config.locale as Locale, slug),
          meta: { title: slug, slug },
        }));
      }),
    );
    if (id !== runId) return;

    const countText = total === 1 ? s('search.resultCountOne') : s('search.resultCount', { count: total });
    heading.hidden = false;
    heading.textContent = state.q ? `${countText} ${s('search.resultsFor', { q: state.q })}` : countText;
    resultList.replaceChildren(...data.map(renderResult));
    if (total === 0) resultList.append(el('li', { class: 'no-results' }, s('search.noResults')));
    resultList.start = (state.page - 1) * PAGE_SIZE + 1;
    initFavouriteToggles(resultList);
    renderPagination(total);
    if (options.announce) announce(total === 1 ? s('search.announceOne') : s('search.announce', { count: total }), options.fromTyping ? 1000 : 0);
    if (options.focusHeading) heading.focus();
    document.documentElement.dataset['searchReady'] = String(id);
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

  function readUrl(announce: boolean) {
    window.clearTimeout(typingTimer);
    const parsed = parseSearchParams(window.location.search, config.known);
    state = parsed.state;
    showIgnored(parsed.ignored);
    // Show the canonical link, so what staff copy from the address bar is clean.
    writeUrl('replace');
    void run({ announce, syncQuery: true });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ ...currentState(), page: 1 }, 'push');
  });
  // Pagefind is needed only for text: start loading it when the visitor heads for the text box, and the index
  // chunks for the words while they type, so the search after the typing pause finds them loaded.
  const warmTextSearch = () => void Promise.all([loadPagefind(), loadSearchIds(config.locale)]).catch(() => undefined);
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
    if (target === sortSelect) {
      update({ ...currentState(), sort: sortSelect.value as SortOrder, page: 1 }, 'push');
    } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      update(toggleFilter(currentState(), target.name as FilterKey, target.value, target.checked), 'push');
    }
  });
  document.querySelector('#clear-all')?.addEventListener('click', (event) => {
    event.preventDefault();
    update({ ...currentState(), filters: {}, page: 1 }, 'push');
  });
  document.querySelector('#copy-link')?.addEventListener('click', () => {
    const url = new URL(canonicalUrl(), window.location.href).href;
    void copyLink(url, document.querySelector<HTMLElement>('#copy-status')!, document.querySelector<HTMLElement>('#copy-fallback')!, {
      copied: s('search.copied'),
      failed: s('search.copyFailed'),
    });
  });
  document.querySelector('#print-results')?.addEventListener('click', () => window.print());
  window.addEventListener('popstate', () => readUrl(true));

  readUrl(false);
}
