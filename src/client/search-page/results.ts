/**
 * Finding the results of a search state: filters, counts and orders come from the filter index; Pagefind is asked
 * only when there is text. A filter-only search (most shared links) therefore loads the index and the shown
 * results' cards, and no Pagefind file. A text-only search in relevance order can be shown from Pagefind alone
 * (findTextResults), with the cards from the metadata of Pagefind's results: the index and its ids, a third of a first text
 * search's bytes at 5,000 services, are loaded when filters or their counts are wanted.
 */
import { effectiveSort, filterKeys, type SearchState } from '../../lib/search-state.ts';
import { facetSearch, orderResults, setOf, type FacetResult, type SearchCard, type SearchIndex } from '../../lib/facet-index.ts';
import type { KnownValues } from '../../lib/facets.ts';
import { serviceCard } from '../../lib/service-card.ts';
import { forgetCatalogue, loadCardsAt, loadCatalogue, loadSearchPages, type SearchIds } from '../catalogue-data.ts';
import { loadPagefind, type PagefindResult } from '../pagefind.ts';
import { matchesQueryWords, meaningfulQuery, queryForms, type QueryWords } from '../../lib/query-fallback.ts';
import { closestQuery } from '../../lib/suggestions.ts';
import { loadSuggestionTerms } from './suggestions.ts';

/** The text of a search: how to find its words, and whether the page still wants its results. */
export interface TextSearch {
  words: QueryWords;
  isCurrent: () => boolean;
}

/**
 * Pagefind ids of the services matching the text, in Pagefind's ranking (the locale's other pages drop out).
 * `complete` is false when a newer search started before all the forms were searched.
 */
async function searchText(q: string, locale: string, { words, isCurrent }: TextSearch): Promise<{ ids: string[]; complete: boolean }> {
  const [pagefind, pages] = await Promise.all([loadPagefind(), loadSearchPages(locale)]);
  // Base forms, parts of compounds and shorter forms of the words (src/lib/query-fallback.ts) reach inflected nouns,
  // inflected compounds, words written apart and typos at a word's end. What each form finds comes after what the
  // earlier forms found. A match on only a short prefix of a word (Pagefind's fallback) is no match.
  const ranking = new Set<string>();
  for (const { query, whenFew } of queryForms(meaningfulQuery(q, words.ignored), words.vocabulary)) {
    if (whenFew && ranking.size >= 3) continue;
    // A newer search has started (the visitor typed on): its searches are the ones to wait for.
    if (!isCurrent()) return { ids: [...ranking], complete: false };
    const found = (await pagefind.search(query)).results.filter((result) => !pages.has(result.id));
    if (found[0]) {
      const { content, locations } = await found[0].data();
      if (matchesQueryWords(query, content, locations)) {
        for (const result of found) {
          ranking.add(result.id);
          resultData.set(result.id, result.data);
        }
      }
    }
  }
  return { ids: [...ranking], complete: true };
}

/** Pagefind's results by id, as the text searches found them: their data holds the card's metadata. */
const resultData = new Map<string, PagefindResult['data']>();

/** The last complete text search: the counts loaded after a quick result, and a change of page, do not search again. */
let lastText: { key: string; ids: string[] } | undefined;

async function textMatchIds(q: string, locale: string, text: TextSearch): Promise<string[]> {
  const key = `${locale}\n${q}`;
  if (lastText?.key === key) return lastText.ids;
  const { ids, complete } = await searchText(q, locale, text);
  if (complete) lastText = { key, ids };
  return ids;
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
}

export async function findResults(state: SearchState, locale: string, known: KnownValues, text: TextSearch): Promise<SearchOutcome> {
  const q = state.q;
  const sort = effectiveSort(state);
  const wanted = { ids: Boolean(q), dates: sort === 'updated' };
  let [{ index, ids, updated }, matched] = await Promise.all([loadCatalogue(locale, wanted), q ? textMatchIds(q, locale, text) : undefined]);
  let ranking: number[] | undefined;
  if (ids && matched) {
    let found = positionsOf(matched, ids);
    if (found.stale) {
      // Deployed since the ids were loaded (or the browser kept an old copy): load them all again, once.
      forgetCatalogue(locale);
      lastText = undefined;
      [{ index, ids, updated }, matched] = await Promise.all([loadCatalogue(locale, wanted), textMatchIds(q, locale, text)]);
      found = positionsOf(matched, ids!);
    }
    ranking = found.ranking;
  }
  const { matches, counts } = facetSearch(index, state.filters, known, ranking ? setOf(index.size, ranking) : undefined);
  return { index, counts, ordered: orderResults(matches, sort, { relevance: ranking, updated }), textMatched: ranking?.length, ids };
}

/**
 * A search with text, no filters and Pagefind's order needs nothing but Pagefind: the matching services' Pagefind
 * ids, best first, in the order the full search shows them. Undefined when the state needs the filter index, or
 * when the text found nothing (a correction is then searched, by findResultsOrClosest).
 */
export async function findTextResults(state: SearchState, locale: string, text: TextSearch): Promise<string[] | undefined> {
  if (!state.q || effectiveSort(state) !== 'relevance' || filterKeys.some((key) => state.filters[key]?.length)) return undefined;
  const ids = await textMatchIds(state.q, locale, text);
  return ids.length > 0 ? ids : undefined;
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
 * A search whose text found nothing is searched again with its unknown words replaced by the closest words of the
 * catalogue, one or two letters away ("finish course" → "finnish course"), as search engines do: a typo is the
 * usual reason. Not when the text found services and the filters left none out of them: then removing a filter is
 * the way. `closest` is the search made instead; the URL keeps what was typed.
 */
export async function findResultsOrClosest(
  state: SearchState,
  locale: string,
  known: KnownValues,
  text: TextSearch,
): Promise<SearchOutcome & { closest?: string }> {
  const outcome = await findResults(state, locale, known, text);
  if (outcome.textMatched !== 0 || !text.isCurrent()) return outcome;
  const closest = closestQuery(await loadSuggestionTerms(locale).catch(() => []), meaningfulQuery(state.q, text.words.ignored));
  if (!closest || !text.isCurrent()) return outcome;
  // The search as typed found nothing, which stays the answer should the closest one fail.
  const instead = await findResults({ ...state, q: closest }, locale, known, text).catch(() => undefined);
  return instead && instead.ordered.length > 0 ? { ...instead, closest } : outcome;
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
