/**
 * The note under the results' heading about the words of a search (results.ts): that no service has them all, the
 * words corrected to the catalogue's closest words and those left out, with a link to the search as typed (its words
 * in quotes, which are searched exactly), and for a municipality named in the search an offer to show only the
 * services there: offered, never set silently.
 */
import type { SearchState } from '../../lib/search-state.ts';
import type { QueryNotes } from './results.ts';
import { el } from '../dom.ts';

type Say = (key: string, values?: Record<string, string | number>) => string;

/** Fills `note` (hidden when there is nothing to say); `go` follows one of its links in place. Returns its text, for announcing. */
export function renderQueryNotes(
  note: HTMLElement,
  notes: QueryNotes | undefined,
  state: SearchState,
  {
    s,
    hrefOf,
    go,
    placeLabel,
    placeGenitive,
  }: {
    s: Say;
    hrefOf: (state: SearchState) => string;
    go: (state: SearchState) => void;
    placeLabel: (id: string) => string;
    /** The place in the genitive where the locale has it ("Espoon"), for {place:genitive}. */
    placeGenitive: (id: string) => string;
  },
): string {
  note.replaceChildren();
  const parts: Node[] = [];
  const link = (text: string, next: SearchState) => {
    const a = el('a', { href: hrefOf(next) }, text);
    a.addEventListener('click', (event) => {
      event.preventDefault();
      go(next);
    });
    return a;
  };
  const quote = (word: string) => s('search.quotedWord', { word });
  const quoted = (words: string[]) => words.map(quote).join(', ');
  if (notes?.partial) parts.push(document.createTextNode(s('search.partialMatch')));
  if (notes?.corrected.length)
    parts.push(
      document.createTextNode(s('search.correctedWords', { words: notes.corrected.map(({ from, to }) => `${quote(from)} → ${quote(to)}`).join(', ') })),
    );
  if (notes?.leftOut.length) parts.push(document.createTextNode(s('search.leftOutWords', { words: quoted(notes.leftOut) })));
  const changed = [...(notes?.corrected.map((c) => c.from) ?? []), ...(notes?.leftOut ?? [])];
  if (changed.length) {
    const exact = state.q
      .split(/\s+/)
      .map((word) => (changed.includes(word) ? `"${word}"` : word))
      .join(' ');
    parts.push(link(s('search.searchAsTyped', { q: state.q }), { ...state, q: exact, page: 1 }));
  }
  const chosen = state.filters.municipality ?? [];
  for (const id of notes?.places ?? []) {
    if (chosen.length === 1 && chosen[0] === id) continue;
    parts.push(
      link(s('search.onlyIn', { place: placeLabel(id), 'place:genitive': placeGenitive(id) }), {
        ...state,
        filters: { ...state.filters, municipality: [id] },
        page: 1,
      }),
    );
  }
  parts.forEach((part, i) => note.append(...(i ? [' ', part] : [part])));
  note.hidden = parts.length === 0;
  return note.textContent ?? '';
}
