/**
 * What the catalogue search shows: results, pagination, facet counts, the active filters and the note on ignored
 * parts of a link. Builds DOM from data; everything from the URL or the index is inserted as text, never as HTML.
 */
import { effectiveSort, filterKeys, lastPage, pageWindow, summarizeIgnored, type FilterKey, type Ignored, type SearchState } from '../../lib/search-state.ts';
import type { FacetResult, SearchCard } from '../../lib/facet-index.ts';
import type { SearchPageConfig } from '../page-config.ts';
import type { SearchPageElements } from './elements.ts';
import { el } from '../dom.ts';
import { cardFacts } from '../../lib/service-card.ts';
import { favouriteButton } from '../favourites/toggles.ts';

export const PAGE_SIZE = 20;

/** A UI string with placeholders filled. */
export type Say = (key: string, values?: Record<string, string | number>) => string;

export function renderIgnored(notes: HTMLElement, ignored: Ignored[], s: Say, maxQueryLength: number): void {
  notes.replaceChildren();
  if (ignored.length === 0) {
    notes.hidden = true;
    return;
  }
  // One line that says so, the details behind it: on a phone the results stay in the first screen.
  const details = el('details', { class: 'ignored-note' });
  details.append(el('summary', {}, s('search.ignoredSummary')), el('p', {}, s('search.ignored')));
  const list = el('ul');
  const { shown, more } = summarizeIgnored(ignored);
  for (const item of shown) {
    const text =
      item.reason === 'too-long' ? s('search.ignoredTooLong', { max: maxQueryLength }) : `${item.param}${item.value !== undefined ? `=${item.value}` : ''}`;
    // Bounded so a very long hostile value cannot flood the page; shown as text only.
    list.append(el('li', {}, text.length > 120 ? `${text.slice(0, 120)}…` : text));
  }
  details.append(list);
  if (more > 0) details.append(el('p', {}, s('search.ignoredMore', { count: more })));
  notes.append(details);
  notes.hidden = false;
}

/** Puts the state into the form controls; the text box only when asked (never while the visitor types). */
export function renderControls(elements: SearchPageElements, state: SearchState, s: Say, syncQuery: boolean): void {
  const { form, query, sort } = elements;
  if (syncQuery && query.value !== state.q) query.value = state.q;
  sort.value = effectiveSort(state);
  sort.querySelector<HTMLOptionElement>('option[value="relevance"]')!.disabled = !state.q;
  for (const key of filterKeys) {
    const selected = state.filters[key] ?? [];
    form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`).forEach((box) => {
      box.checked = selected.includes(box.value);
    });
    const group = form.querySelector<HTMLDetailsElement>(`[data-filter-group="${key}"]`)!;
    group.querySelector('[data-selected-count]')!.textContent = selected.length ? `(${s('search.selected', { count: selected.length })})` : '';
    if (selected.length) group.open = true;
  }
}

/** The active filters as buttons that remove them; `onRemove` gets the filter and which tag should take focus. */
export function renderActiveFilters(
  box: HTMLElement,
  state: SearchState,
  labelOf: (key: FilterKey, id: string) => string,
  s: Say,
  onRemove: (key: FilterKey, id: string, focusNext: () => HTMLElement | undefined) => void,
): void {
  const list = box.querySelector('ul')!;
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
        onRemove(key, id, () => {
          const next = nextLabel ? [...list.querySelectorAll('button')].find((b) => b.textContent === nextLabel) : undefined;
          next?.focus();
          return next ?? undefined;
        });
      });
      const item = el('li');
      item.append(button);
      list.append(item);
    }
  }
  box.hidden = list.children.length === 0;
}

/** How many characters of filter names the folded line shows: with its count and "Change", three short lines of a 320 px phone. */
export const FOLDED_LABEL_CHARS = 42;

/**
 * The selected filters folded into one short text, "4 filters: Helsinki, Vantaa, Free of charge, English": every
 * name that fits in FOLDED_LABEL_CHARS (at least one), the rest counted ("+2 more"), so nothing is cut mid-list.
 * Undefined when none is selected.
 */
export function foldedFilters(state: SearchState, labelOf: (key: FilterKey, id: string) => string, s: Say): string | undefined {
  const labels = filterKeys.flatMap((key) => (state.filters[key] ?? []).map((id) => labelOf(key, id)));
  if (labels.length === 0) return undefined;
  const fitting = (room: number) => {
    const shown: string[] = [];
    for (const label of labels) {
      if (shown.length > 0 && [...shown, label].join(', ').length > room) break;
      shown.push(label);
    }
    return shown;
  };
  let shown = fitting(FOLDED_LABEL_CHARS);
  // Not all fit: the count of the others takes its room from the names.
  if (shown.length < labels.length) shown = fitting(FOLDED_LABEL_CHARS - s('search.filtersFoldedMore', { count: labels.length }).length - 1);
  const more = labels.length - shown.length;
  const names = more > 0 ? `${shown.join(', ')} ${s('search.filtersFoldedMore', { count: more })}` : shown.join(', ');
  return s(labels.length === 1 ? 'search.filtersFoldedOne' : 'search.filtersFolded', { count: labels.length, labels: names });
}

/**
 * The result heading names what is shown: "7 free services in Espoo for “Finnish course” (English)", in Finnish
 * "7 maksutonta Espoon palvelua haulla ”suomen kurssi” (englanti)". One cost is said as an adjective, the
 * municipalities as a place (Finnish: their genitives), the words searched after, and the other filters in brackets.
 */
export function resultHeading(
  total: number,
  state: SearchState,
  q: string,
  labelOf: (key: FilterKey, id: string) => string,
  genitiveOf: (id: string) => string,
  s: Say,
  listLocale: string,
): string {
  const one = total === 1 ? 'One' : '';
  const list = new Intl.ListFormat(listLocale, { type: 'conjunction' });
  const costs = state.filters.cost ?? [];
  // "Other (see note)" is no adjective: it stays in the brackets.
  const costWord = costs.length === 1 && costs[0] !== 'other' ? costs[0] : undefined;
  const cost = costWord ? s(`search.headingCost${one}.${costWord}`) : '';
  const places = state.filters.municipality ?? [];
  const place = places.length ? s('search.headingPlace', { names: list.format(places.map(genitiveOf)) }) : '';
  // The strings leave a gap where a part is not said.
  let text = s(`search.headingCount${one}`, { count: total, cost, place }).replace(/\s+/g, ' ').trim();
  if (q) text += ` ${s('search.resultsFor', { q })}`;
  const others = filterKeys
    .filter((key) => key !== 'municipality' && !(key === 'cost' && costWord))
    .flatMap((key) => (state.filters[key] ?? []).map((id) => inSentence(key, labelOf(key, id), listLocale)));
  if (others.length) text += ` (${others.join(', ')})`;
  return text;
}

/** Finnish writes language names in lower case inside a sentence ("(englanti)"); its filter options capitalise them. */
function inSentence(key: FilterKey, label: string, locale: string): string {
  return key === 'language' && locale.startsWith('fi') ? label.toLocaleLowerCase('fi') : label;
}

export function renderCounts(form: HTMLFormElement, counts: FacetResult['counts'], options: SearchPageConfig['options']): void {
  for (const key of filterKeys) {
    for (const option of options[key]) {
      const target = form.querySelector(`[data-count-for="${key}:${option.id}"]`);
      if (target) target.textContent = `(${counts[key][option.id] ?? 0})`;
    }
  }
}

export function renderResult(data: SearchCard, s: Say, formatDate: (date: string) => string, strings: SearchPageConfig['strings']): HTMLLIElement {
  const item = el('li', { 'data-service-item': data.meta['slug'] ?? '' });
  const title = el('h3');
  title.append(el('a', { href: data.url }, data.meta['title'] ?? data.url));
  item.append(title, el('p', {}, data.meta['summary'] ?? ''));
  const updated = data.meta['updated'] ? s('search.updated', { date: formatDate(data.meta['updated']) }) : '';
  item.append(el('p', { class: 'meta' }, [...cardFacts(data.meta, s('service.allMunicipalities')), updated].filter(Boolean).join(' · ')));
  if (data.meta['slug']) item.append(favouriteButton(data.meta['slug'], data.meta['title'] ?? data.meta['slug'], strings));
  return item;
}

/** Page links; `hrefOf` gives a page's URL and `onPage` is called instead of following it. */
export function renderPagination(
  pagination: HTMLElement,
  total: number,
  current: number,
  s: Say,
  hrefOf: (page: number) => string,
  onPage: (page: number) => void,
): void {
  const pages = lastPage(total, PAGE_SIZE);
  pagination.replaceChildren();
  pagination.hidden = pages <= 1;
  if (pages <= 1) return;
  const list = el('ul');
  const pageLink = (page: number, text: string, attrs: Record<string, string> = {}) => {
    const link = el('a', { href: hrefOf(page), ...attrs }, text);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      onPage(page);
    });
    const li = el('li');
    li.append(link);
    list.append(li);
  };
  if (current > 1) pageLink(current - 1, s('search.previous'), { rel: 'prev' });
  for (const page of pageWindow(current, pages)) {
    if (page === null) {
      list.append(el('li', { 'aria-hidden': 'true' }, '…'));
      continue;
    }
    const label = s('search.pageOf', { page, pages });
    pageLink(page, String(page), page === current ? { 'aria-current': 'page', 'aria-label': label } : { 'aria-label': label });
  }
  if (current < pages) pageLink(current + 1, s('search.next'), { rel: 'next' });
  pagination.append(list);
}

/** How long the filter dialog waits after a tick before it reads out the count (ms). */
export const TICK_PAUSE = 600;

/**
 * Announces the count politely, in the live region `announcerNow()` names when the text is due (it changes while a
 * modal is open); after `delay`, and only the last of texts that come closer together, so it does not talk over
 * typing or read out every tick. The other regions (`all`) get the same text silently (a region inside a closed
 * dialog, or behind an open modal, is not read out), so none keeps an old count for when it is read again.
 */
export function createAnnouncer(announcerNow: () => HTMLElement, all: readonly HTMLElement[]): (text: string, delay: number) => void {
  let timer: number | undefined;
  let filling: number | undefined;
  return (text, delay) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const announcer = announcerNow();
      for (const region of all) if (region !== announcer) region.textContent = text;
      // Emptied first so the same count after another change is announced again.
      window.clearTimeout(filling);
      announcer.textContent = '';
      filling = window.setTimeout(() => (announcer.textContent = text), 50);
    }, delay);
  };
}
