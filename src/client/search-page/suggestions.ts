/**
 * Suggestions under the catalogue's search box, as the ARIA combobox pattern (APG "list autocomplete"): the box is
 * a combobox that controls a listbox; Down and Up move through the suggestions (aria-activedescendant), Enter
 * takes the highlighted one and searches, Escape closes the list, and a live region says how many there are.
 * A tap or click on a suggestion does the same as Enter. The terms are loaded when the visitor starts typing.
 */
import { el } from '../dom.ts';
import { loadOnce } from '../load-once.ts';
import { fetchJson } from '../catalogue-data.ts';
import { suggest } from '../../lib/suggestions.ts';
import { searchFilePath } from '../../lib/search-files.ts';
import type { Say } from './render.ts';

export const loadSuggestionTerms = loadOnce(
  async (locale: string, fresh): Promise<string[]> => (await fetchJson<{ terms: string[] }>(searchFilePath(locale, 'suggestions'), fresh)).terms,
);

export function startSuggestions(
  input: HTMLInputElement,
  list: HTMLElement,
  status: HTMLElement,
  locale: string,
  s: Say,
  onChoose: (term: string) => void,
): { close: () => void } {
  let options: HTMLElement[] = [];
  let active = -1;
  let round = 0;

  /** Also drops suggestions still loading for what was typed before. */
  const close = () => {
    round++;
    list.hidden = true;
    list.replaceChildren();
    options = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };
  const choose = (term: string) => {
    input.value = term;
    close();
    onChoose(term);
  };

  input.addEventListener('input', () => {
    const typed = input.value;
    const mine = ++round;
    void loadSuggestionTerms(locale)
      .then((terms) => {
        if (mine !== round) return;
        const found = suggest(terms, typed);
        if (found.length === 0) {
          close();
          return;
        }
        options = found.map((term, i) => {
          const option = el('li', { id: `search-suggestion-${i}`, role: 'option', 'aria-selected': 'false' }, term);
          // pointerdown, not click: the box keeps focus, so the list is not closed by its blur first.
          option.addEventListener('pointerdown', (event) => {
            event.preventDefault();
            choose(term);
          });
          return option;
        });
        list.replaceChildren(...options);
        list.hidden = false;
        active = -1;
        input.setAttribute('aria-expanded', 'true');
        input.removeAttribute('aria-activedescendant');
        status.textContent = found.length === 1 ? s('search.suggestionsOne') : s('search.suggestions', { count: found.length });
      })
      .catch(close);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const last = options.length - 1;
      if (event.key === 'ArrowDown') highlight(active >= last ? 0 : active + 1);
      else highlight(active <= 0 ? last : active - 1);
    } else if (event.key === 'Enter') {
      // Without a highlighted suggestion, Enter searches what is typed (the form's own submit).
      if (active >= 0) {
        event.preventDefault();
        choose(options[active]!.textContent ?? '');
      } else close();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 0));
  return { close };
}
