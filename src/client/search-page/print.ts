/**
 * The printout of a search, for a counsellor handing a list to a client: every matching service (not only the page
 * on screen), headed by the search words, the filters, the date and the link, and each service with its summary,
 * places, contacts, cost and address on this site. Built into the page's print section, which only print media show
 * (search.css); the services' details come from the compact list of all services (src/lib/service-summary.ts),
 * loaded when the visitor asks to print.
 */
import { el } from '../dom.ts';
import { loadOnce } from '../load-once.ts';
import { fetchJson } from '../catalogue-data.ts';
import { serviceSummariesPath, type ServiceSummary } from '../../lib/service-summary.ts';
import type { Say } from './render.ts';

export const loadSummaries = loadOnce(
  async (locale: string, fresh): Promise<Map<string, ServiceSummary>> =>
    new Map((await fetchJson<ServiceSummary[]>(serviceSummariesPath(locale), fresh)).map((item) => [item.slug, item])),
);

export interface PrintedSearch {
  /** The heading: "18 services for “cv”". */
  title: string;
  q: string;
  /** Each selected filter group: "Municipality: Espoo, Vantaa". */
  filters: string[];
  date: string;
  link: string;
  /** Every matching service, in the order shown (only the page on screen while the search is shown from Pagefind alone). */
  slugs: readonly string[];
  /** How many services the search found, and how many of them the page on screen shows. */
  total: number;
  shown: number;
}

function facts(list: HTMLElement, rows: [string, string[]][]): void {
  for (const [term, values] of rows) {
    if (values.length === 0) continue;
    list.append(el('dt', {}, term));
    for (const value of values) list.append(el('dd', {}, value));
  }
}

/**
 * Fills the print section. Without `summaries` (the visitor printed from the browser's menu before the list was
 * loaded) the heading is written, the results on screen are printed under it, and a note says on paper how many are
 * left out and how to print them all; with them, every matching service is.
 */
export function renderPrint(section: HTMLElement, search: PrintedSearch, s: Say, summaries?: Map<string, ServiceSummary>): void {
  const criteria = el('dl', { class: 'print-criteria' });
  facts(criteria, [
    [s('search.printWords'), [search.q ? `“${search.q}”` : s('search.printNoWords')]],
    [s('search.filters'), search.filters.length ? search.filters : [s('search.printNoFilters')]],
    [s('search.printDate'), [search.date]],
    [s('search.linkLabel'), [search.link]],
  ]);
  section.replaceChildren(el('h2', {}, search.title), criteria);
  if (!summaries || search.slugs.length < search.total) {
    delete section.dataset['complete'];
    const left = Math.max(0, search.total - search.shown);
    const button = s('search.print');
    section.append(
      el(
        'p',
        { class: 'print-partial', 'data-print-partial': String(left) },
        left > 0 ? s('search.printPartial', { shown: search.shown, total: search.total, left, button }) : s('search.printNoContacts', { button }),
      ),
    );
    return;
  }
  const list = el('ol', { class: 'print-list' });
  for (const slug of search.slugs) {
    const item = summaries.get(slug);
    if (!item) continue; // A service removed since the index was built; the count above still names it.
    const details = el('dl');
    facts(details, [
      [s('service.locations'), item.places],
      [s('service.contacts'), item.contacts],
      [s('service.cost'), [item.cost]],
      [s('search.printLink'), [new URL(item.url, window.location.href).href]],
    ]);
    const li = el('li', { 'data-print-item': slug });
    li.append(el('h3', {}, item.name), el('p', {}, item.summary), details);
    list.append(li);
  }
  section.append(list);
  section.dataset['complete'] = 'true';
}
