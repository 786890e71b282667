/** The site-wide search page: one Pagefind search over program pages and services; results as text only. */
import { translate } from './format.ts';
import { el } from './dom.ts';
import { loadPagefind, TextSearchNeedsBuild } from './pagefind.ts';
import { syncLanguageLinks } from './language-links.ts';
import { normalizeQuery } from '../lib/search-state.ts';
import { keyQueries } from '../lib/page-word-keys.ts';
import type { PagefindApi, PagefindResult } from './pagefind.ts';

/**
 * The search as typed and, on a Finnish page, by the Finnish word keys of its words (src/lib/page-word-keys.ts), so
 * that "liittyminen" finds a page that says "liittymistä". A page found by several forms adds up their scores.
 */
async function searchForms(pagefind: PagefindApi, term: string, finnish: boolean): Promise<PagefindResult[]> {
  const queries = [term, ...(finnish ? keyQueries(term) : [])];
  const searches = await Promise.all(queries.map((query) => pagefind.search(query)));
  const found = new Map<string, PagefindResult>();
  for (const result of searches.flatMap((search) => search.results)) {
    const seen = found.get(result.id);
    found.set(result.id, seen ? { ...seen, score: seen.score + result.score } : result);
  }
  return [...found.values()].sort((a, b) => b.score - a.score);
}

export function startSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#site-search');
  if (!form?.dataset['config']) return;
  const strings = (JSON.parse(form.dataset['config']) as { strings: Record<string, string> }).strings;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const heading = document.querySelector<HTMLElement>('#site-result-heading')!;
  const announcer = document.querySelector<HTMLElement>('#site-result-announcer')!;
  const list = document.querySelector<HTMLOListElement>('#site-results')!;
  const finnish = document.documentElement.lang.startsWith('fi');
  let runId = 0;

  async function run(term: string, announce: boolean) {
    const id = ++runId;
    if (!term) {
      heading.hidden = true;
      list.replaceChildren();
      return;
    }
    heading.hidden = false;
    heading.textContent = strings['search.loading'] ?? '';
    // The previous results are not this search's: hidden while it runs, so "Searching…" stands alone.
    list.hidden = true;
    list.setAttribute('aria-busy', 'true');
    if (announce) announcer.textContent = heading.textContent;
    try {
      const pagefind = await loadPagefind();
      const search = { results: await searchForms(pagefind, term, finnish) };
      const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
      if (id !== runId) return; // A newer search replaced this one.
      const text = translate(strings, 'siteSearch.results', { count: search.results.length });
      heading.hidden = false;
      heading.textContent = search.results.length ? text : (strings['siteSearch.noResults'] ?? '');
      if (announce) announcer.textContent = heading.textContent;
      list.hidden = false;
      list.removeAttribute('aria-busy');
      list.replaceChildren(
        ...data.map((item) => {
          const li = el('li');
          const h3 = el('h3');
          h3.append(el('a', { href: item.url }, item.meta['title'] ?? item.url));
          li.append(
            el('p', { class: 'meta' }, item.url.includes('/services/') ? (strings['siteSearch.type.service'] ?? '') : (strings['siteSearch.type.page'] ?? '')),
            h3,
            el('p', {}, item.meta['summary'] ?? ''),
          );
          return li;
        }),
      );
    } catch (error) {
      if (id !== runId) return;
      heading.hidden = false;
      heading.textContent = strings[error instanceof TextSearchNeedsBuild ? 'siteSearch.needsBuild' : 'search.error'] ?? '';
      list.replaceChildren();
      list.hidden = false;
      list.removeAttribute('aria-busy');
    }
    document.documentElement.dataset['searchReady'] = `site-${id}`;
  }

  const termFromUrl = () => normalizeQuery(new URLSearchParams(window.location.search).get('q') ?? '');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = normalizeQuery(input.value);
    history.pushState(null, '', term ? `?q=${encodeURIComponent(term)}` : window.location.pathname);
    syncLanguageLinks();
    // After a search the visitor lands on its count, not at the top of the page.
    void run(term, true).then(() => {
      if (term) heading.focus();
    });
  });
  window.addEventListener('popstate', () => {
    input.value = termFromUrl();
    syncLanguageLinks();
    void run(input.value, true);
  });
  input.value = termFromUrl();
  void run(input.value, false);
}
