/** The site-wide search page: one Pagefind search over program pages and services; results as text only. */
import { format } from './format.ts';
import { loadPagefind } from './pagefind.ts';

export function startSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#site-search');
  if (!form?.dataset['config']) return;
  const strings = (JSON.parse(form.dataset['config']) as { strings: Record<string, string> }).strings;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const heading = document.querySelector<HTMLElement>('#site-result-heading')!;
  const announcer = document.querySelector<HTMLElement>('#site-result-announcer')!;
  const list = document.querySelector<HTMLOListElement>('#site-results')!;

  async function run(term: string, announce: boolean) {
    list.replaceChildren();
    if (!term) {
      heading.textContent = '';
      return;
    }
    const pagefind = await loadPagefind();
    const search = await pagefind.search(term);
    const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    const text = format(strings['siteSearch.results'], { count: search.results.length });
    heading.textContent = search.results.length ? text : strings['siteSearch.noResults'] ?? '';
    if (announce) announcer.textContent = text;
    for (const item of data) {
      const li = document.createElement('li');
      const type = document.createElement('p');
      type.className = 'meta';
      type.textContent = item.url.includes('/services/') ? strings['siteSearch.type.service'] ?? '' : strings['siteSearch.type.page'] ?? '';
      const h3 = document.createElement('h3');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta['title'] ?? item.url;
      h3.append(link);
      const summary = document.createElement('p');
      summary.textContent = item.meta['summary'] ?? '';
      li.append(type, h3, summary);
      list.append(li);
    }
    document.documentElement.dataset['searchReady'] = 'site';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = input.value.trim().slice(0, 200);
    history.pushState(null, '', term ? `?q=${encodeURIComponent(term)}` : window.location.pathname);
    void run(term, true);
  });
  window.addEventListener('popstate', () => {
    input.value = new URLSearchParams(window.location.search).get('q') ?? '';
    void run(input.value.trim(), true);
  });
  input.value = (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, 200);
  void run(input.value.trim(), false);
}
