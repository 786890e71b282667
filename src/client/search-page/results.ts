/**
 * Finding the results of a search state: filters, counts and orders come from the filter index; Pagefind is asked
 * only when there is text. A filter-only search (most shared links) therefore loads the index and the shown
 * results' cards, and no Pagefind file. A text-only search in relevance order can be shown from Pagefind alone
 * (findTextResults), with the cards under the services' Pagefind ids: the index and its ids, a third of a first text
 * search's bytes at 5,000 services, are loaded when filters or their counts are wanted.
 */
import { effectiveSort, filterKeys, type SearchState } from '../../lib/search-state.ts';
import { facetSearch, orderResults, setOf, type FacetResult, type SearchCard, type SearchIndex } from '../../lib/facet-index.ts';
import type { KnownValues } from '../../lib/facets.ts';
import { serviceCard } from '../../lib/service-card.ts';
import { forgetCatalogue, loadCardsAt, loadCatalogue, loadSearchPages, type SearchIds } from '../catalogue-data.ts';
import { loadPageCount, loadPagefind, type PagefindApi, type PagefindResult } from '../pagefind.ts';
import { matchesQueryWords, meaningfulQuery, placesIn, searchWordsOf, wordForms, type QueryWords } from '../../lib/query-fallback.ts';
import { didYouMean } from '../../lib/suggestions.ts';
import { noneMatchesEvery, rankBestEffort, type WordHits } from '../../lib/best-effort.ts';
import { placeToken } from '../../lib/search-terms.ts';
import { loadSuggestionTerms } from './suggestions.ts';
import { otherLocaleHits } from './other-locale.ts';
import { otherLocales } from '../../lib/other-locale.ts';

/** The text of a search: how to find its words, and whether the page still wants its results. */
export interface TextSearch {
  words: QueryWords;
  isCurrent: () => boolean;
}

/** What the page says about a search's words: those corrected, those left out, and the places named. */
export interface QueryNotes {
  corrected: { from: string; to: string }[];
  leftOut: string[];
  /** No service has every word of a search of several: those shown match some of them. */
  partial: boolean;
  /** Municipality ids named in the search, for the offer to show only the services there. */
  places: string[];
}

const noNotes = (): QueryNotes => ({ corrected: [], leftOut: [], partial: false, places: [] });

/** Words searched at most: each loads its own part of Pagefind's index. */
const MAX_WORDS = 8;

type Hits = Map<string, number>;

/**
 * Searches each form, keeping a result's best score, scaled to the form's best result and the form's weight (Pagefind's
 * scores of different searches do not compare). A match on only a short prefix of the form (Pagefind's fallback
 * for a word it lacks) is no match.
 */
async function formHits(pagefind: PagefindApi, pages: ReadonlySet<string>, forms: readonly { form: string; weight: number }[], exact = false): Promise<Hits> {
  const hits: Hits = new Map();
  await Promise.all(
    forms.map(async ({ form, weight }) => {
      const found = (await pagefind.search(form)).results.filter((result) => !pages.has(result.id));
      if (!found[0]) return;
      if (!exact) {
        const { content, locations } = await found[0].data();
        if (!matchesQueryWords(form, content, locations)) return;
      }
      const best = Math.max(...found.map((result) => result.score), Number.MIN_VALUE);
      for (const result of found) {
        hits.set(result.id, Math.max(hits.get(result.id) ?? 0, (weight * result.score) / best));
        resultData.set(result.id, result.data);
      }
    }),
  );
  return hits;
}

/** Pagefind's results by id, as the text searches found them: their data holds the card's metadata. */
const resultData = new Map<string, PagefindResult['data']>();

/** How much each kind of form of a word counts: as typed, another form of it, its compound parts. */
const TYPED = 1;
const OTHER_FORM = 0.7;
const PARTS = 0.4;

/**
 * The services one word finds, Pagefind id → score: a municipality's services (by the word every service page
 * carries for the places it is offered in), or the word in its forms (src/lib/query-fallback.ts). `direct` is what
 * the word and its forms find; `parts` what its compound parts find apart, weak evidence that counts a little
 * (src/lib/best-effort.ts) and, when the word finds nothing, only if no correction does better; `place` when the
 * word names a municipality.
 */
async function wordHits(
  pagefind: PagefindApi,
  pages: ReadonlySet<string>,
  word: string,
  words: QueryWords,
): Promise<{ direct: Hits; parts: Hits; place: boolean }> {
  const places = placesIn(word, words.places);
  if (places.length > 0)
    return {
      direct: await formHits(
        pagefind,
        pages,
        places.map((id) => ({ form: placeToken(id), weight: TYPED })),
        true,
      ),
      parts: new Map(),
      place: true,
    };
  const forms = wordForms(word, words.vocabulary);
  const [direct, parts] = await Promise.all([
    formHits(
      pagefind,
      pages,
      forms.filter((form) => !form.includes(' ')).map((form, i) => ({ form, weight: i === 0 ? TYPED : OTHER_FORM })),
    ),
    formHits(
      pagefind,
      pages,
      forms.filter((form) => form.includes(' ')).map((form) => ({ form, weight: PARTS })),
    ),
  ]);
  return { direct, parts, place: false };
}

/**
 * Pagefind ids of the services matching the text, best first (src/lib/best-effort.ts), the locale's other pages
 * left out. Each word is searched on its own, in several forms; a word that finds nothing is searched in the other
 * locale's index (every service is in both), and failing that corrected to the closest word of the catalogue, or
 * else left out, and the notes say so. `complete` is false when a newer search
 * started before all the words were searched.
 */
async function searchText(q: string, locale: string, { words, isCurrent }: TextSearch): Promise<{ ids: string[]; notes: QueryNotes; complete: boolean }> {
  const [pagefind, pages, pageCount] = await Promise.all([loadPagefind(), loadSearchPages(locale), loadPageCount(locale).catch(() => 0)]);
  const notes = noNotes();
  notes.places = placesIn(q, words.places);
  const typed = searchWordsOf(meaningfulQuery(q, words.ignored)).slice(0, MAX_WORDS);
  if (!isCurrent()) return { ids: [], notes, complete: false };
  const searched = await Promise.all(typed.map(({ word }) => wordHits(pagefind, pages, word, words)));
  // The compound parts of a word found elsewhere in a page count for a little, but not as a match of the word.
  const found: WordHits[] = typed.map(({ word }, i) => {
    const { direct, parts, place } = searched[i]!;
    return direct.size > 0 ? { word, hits: direct, loose: parts, place } : { word, hits: direct, place };
  });
  // A word the catalogue does not have is corrected to its closest word; failing that, its compound parts count; or it is left out.
  let unknown = typed.flatMap(({ exact }, i) => (!exact && searched[i]!.direct.size === 0 ? [i] : []));
  // A word of the other language is that language's: every service is in both (src/lib/other-locale.ts).
  if (unknown.length > 0 && isCurrent()) {
    const elsewhere = await Promise.all(unknown.map((at) => otherLocaleWordHits(typed[at]!.word, locale)));
    unknown.forEach((at, i) => {
      if (elsewhere[i]!.size > 0) found[at] = { word: typed[at]!.word, hits: elsewhere[i]! };
    });
    unknown = unknown.filter((_, i) => elsewhere[i]!.size === 0);
  }
  if (unknown.length > 0) {
    const terms = await loadSuggestionTerms(locale).catch((): string[] => []);
    await Promise.all(
      unknown.map(async (at) => {
        const word = typed[at]!.word;
        const closest = didYouMean(terms, word, 1)[0];
        const corrected = closest && isCurrent() ? await wordHits(pagefind, pages, closest, words) : undefined;
        if (closest && corrected && corrected.direct.size > 0) {
          found[at] = { word: closest, hits: corrected.direct, loose: corrected.parts };
          notes.corrected.push({ from: word, to: closest });
        } else if (searched[at]!.parts.size > 0) found[at] = { word, hits: new Map(), loose: searched[at]!.parts };
        else notes.leftOut.push(word);
      }),
    );
  }
  if (!isCurrent()) return { ids: [], notes, complete: false };
  notes.partial = noneMatchesEvery(found);
  return { ids: rankBestEffort(found, Math.max(0, pageCount - pages.size)), notes, complete: true };
}

/** The services a word finds in the other locales' indexes, as the page's own; empty if none, or if they fail to load. */
async function otherLocaleWordHits(word: string, locale: string): Promise<Hits> {
  for (const other of otherLocales(locale)) {
    const hits = await otherLocaleHits(word, locale, other, OTHER_FORM).catch((): Hits => new Map());
    if (hits.size > 0) return hits;
  }
  return new Map();
}

/** The last complete text search: the counts loaded after a quick result, and a change of page, do not search again. */
let lastText: { key: string; ids: string[]; notes: QueryNotes } | undefined;

async function textMatchIds(q: string, locale: string, text: TextSearch): Promise<{ ids: string[]; notes: QueryNotes }> {
  const key = `${locale}\n${q}`;
  if (lastText?.key === key) return lastText;
  const { ids, notes, complete } = await searchText(q, locale, text);
  if (complete) lastText = { key, ids, notes };
  return { ids, notes };
}

/** Filter-index positions of the matched ids; `stale` when one is unknown: the ids are from another deploy than Pagefind's index. */
function positionsOf(matched: readonly string[], ids: SearchIds): { ranking: number[]; stale: boolean } {
  const ranking: number[] = [];
  let stale = false;
  for (const id of matched) {
    const position = ids.positions.get(id);
    if (position === undefined) stale = true;
    else ranking.push(position);
  }
  return { ranking, stale };
}

export interface SearchOutcome {
  index: SearchIndex;
  counts: FacetResult['counts'];
  /** Every matching position, in display order. */
  ordered: number[];
  /** How many services the text matched before the filters; undefined without text. */
  textMatched: number | undefined;
  /** The Pagefind ids, when the search had text. */
  ids: SearchIds | undefined;
  /** What the page says about the words searched. */
  notes: QueryNotes | undefined;
}

export async function findResults(state: SearchState, locale: string, known: KnownValues, text: TextSearch): Promise<SearchOutcome> {
  const q = state.q;
  const sort = effectiveSort(state);
  const wanted = { ids: Boolean(q), dates: sort === 'updated' };
  let [{ index, ids, updated }, matched] = await Promise.all([loadCatalogue(locale, wanted), q ? textMatchIds(q, locale, text) : undefined]);
  let ranking: number[] | undefined;
  if (ids && matched) {
    let found = positionsOf(matched.ids, ids);
    if (found.stale) {
      // Deployed since the ids were loaded (or the browser kept an old copy): load them all again, once.
      forgetCatalogue(locale);
      lastText = undefined;
      [{ index, ids, updated }, matched] = await Promise.all([loadCatalogue(locale, wanted), textMatchIds(q, locale, text)]);
      found = positionsOf(matched.ids, ids!);
    }
    ranking = found.ranking;
  }
  const { matches, counts } = facetSearch(index, state.filters, known, ranking ? setOf(index.size, ranking) : undefined);
  return {
    index,
    counts,
    ordered: orderResults(matches, sort, { relevance: ranking, updated }),
    textMatched: ranking?.length,
    ids,
    notes: matched?.notes,
  };
}

/**
 * A search with text, no filters and Pagefind's order needs nothing but Pagefind: the matching services' Pagefind
 * ids, best first, in the order the full search shows them. Undefined when the state needs the filter index, or
 * when the text found nothing.
 */
export async function findTextResults(state: SearchState, locale: string, text: TextSearch): Promise<{ ids: string[]; notes: QueryNotes } | undefined> {
  if (!state.q || effectiveSort(state) !== 'relevance' || filterKeys.some((key) => state.filters[key]?.length)) return undefined;
  const found = await textMatchIds(state.q, locale, text);
  return found.ids.length > 0 ? found : undefined;
}

/**
 * The cards of text results by Pagefind id, from the metadata of Pagefind's results (the same fields as the card
 * files); undefined if one cannot be loaded (deployed since Pagefind's index was loaded).
 */
export function loadCardsByPagefindId(ids: readonly string[]): Promise<SearchCard[] | undefined> {
  return Promise.all(
    ids.map(async (id) => {
      const data = await resultData.get(id)?.();
      if (!data) throw new Error(`No Pagefind result ${id}`);
      return serviceCard(data.url, data.meta);
    }),
  ).catch(() => undefined);
}

/**
 * The cards of the shown results. Text results by Pagefind's metadata, which a text search has at hand (Pagefind
 * caches what it loaded, so the cards a search shown from Pagefind alone drew are not loaded again); filter results
 * from the card files, a few requests for a page. A card that cannot be loaded (a service removed by a deploy since
 * the index was loaded) still shows as a link.
 */
export async function loadCards(index: SearchIndex, positions: readonly number[], locale: string, ids?: SearchIds): Promise<SearchCard[]> {
  const byPagefind = ids && (await loadCardsByPagefindId(positions.map((position) => ids.byPosition[position]!)));
  return byPagefind ?? loadCardsAt(index, positions, locale);
}
