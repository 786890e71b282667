/**
 * Finding the results of a search state: filters, counts and orders come from the filter index; Pagefind is asked
 * only when there is text. A filter-only search (most shared links) therefore loads the index and the shown
 * results' cards, and no Pagefind file.
 */
import { effectiveSort, type SearchState } from '../../lib/search-state.ts';
import { facetSearch, orderResults, setOf, type FacetResult, type SearchCard, type SearchIndex } from '../../lib/facet-index.ts';
import type { KnownValues } from '../../lib/facets.ts';
import { serviceUrl } from '../../lib/urls.ts';
import type { Locale } from '../../i18n/locales.ts';
import { cardPath, forgetCatalogue, loadCard, loadCatalogue, type SearchIds } from '../catalogue-data.ts';
import { loadPagefind, type PagefindResult } from '../pagefind.ts';
import { matchesQueryWords, meaningfulQuery, queryForms, type QueryWords } from '../../lib/query-fallback.ts';
import { closestQuery } from '../../lib/suggestions.ts';
import { loadSuggestionTerms } from './suggestions.ts';

/**
 * Services matching the text, as filter-index positions in Pagefind's ranking (the locale's other pages drop out).
 * `stale` when Pagefind knows a page the ids file does not: the ids are from an earlier deploy than Pagefind's index.
 */
async function textMatches(q: string, ids: SearchIds, words: QueryWords, isCurrent: () => boolean): Promise<{ ranking: number[]; stale: boolean }> {
  const pagefind = await loadPagefind();
  // Base forms, parts of compounds and shorter forms of the words (src/lib/query-fallback.ts) reach inflected nouns,
  // inflected compounds, words written apart and typos at a word's end. What each form finds comes after what the
  // earlier forms found. A match on only a short prefix of a word (Pagefind's fallback) is no match.
  const ranking = new Set<number>();
  for (const { query, whenFew } of queryForms(meaningfulQuery(q, words.ignored), words.vocabulary)) {
    if (whenFew && ranking.size >= 3) continue;
    // A newer search has started (the visitor typed on): its searches are the ones to wait for.
    if (!isCurrent()) break;
    const found: number[] = [];
    let first: PagefindResult | undefined;
    for (const result of (await pagefind.search(query)).results) {
      const position = ids.positions.get(result.id);
      if (position !== undefined) {
        found.push(position);
        first ??= result;
      } else if (!ids.pages.has(result.id)) return { ranking: [...ranking, ...found], stale: true };
    }
    if (first) {
      const { content, locations } = await first.data();
      if (matchesQueryWords(query, content, locations)) for (const position of found) ranking.add(position);
    }
  }
  return { ranking: [...ranking], stale: false };
}

export interface SearchOutcome {
  index: SearchIndex;
  counts: FacetResult['counts'];
  /** Every matching position, in display order. */
  ordered: number[];
  /** How many services the text matched before the filters; undefined without text. */
  textMatched: number | undefined;
}

/** The text of a search: how to find its words, and whether the page still wants its results. */
export interface TextSearch {
  words: QueryWords;
  isCurrent: () => boolean;
}

export async function findResults(state: SearchState, locale: string, known: KnownValues, text: TextSearch): Promise<SearchOutcome> {
  const q = state.q;
  const sort = effectiveSort(state);
  const wanted = { ids: Boolean(q), dates: sort === 'updated' };
  let [{ index, ids, updated }] = await Promise.all([loadCatalogue(locale, wanted), q ? loadPagefind() : undefined]);
  let ranking: number[] | undefined;
  if (ids) {
    let found = await textMatches(q, ids, text.words, text.isCurrent);
    if (found.stale) {
      // Deployed since the ids were loaded (or the browser kept an old copy): load them all again, once.
      forgetCatalogue(locale);
      ({ index, ids, updated } = await loadCatalogue(locale, wanted));
      found = await textMatches(q, ids!, text.words, text.isCurrent);
    }
    ranking = found.ranking;
  }
  const { matches, counts } = facetSearch(index, state.filters, known, ranking ? setOf(index.size, ranking) : undefined);
  return { index, counts, ordered: orderResults(matches, sort, { relevance: ranking, updated }), textMatched: ranking?.length };
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
 * The cards of the shown results. Cards, not Pagefind's fragments, also for text results: a fifth of the bytes, and
 * no excerpt is shown. A card that cannot be loaded (a service removed by a deploy since the index was loaded) still
 * shows as a link.
 */
export function loadCards(index: SearchIndex, positions: readonly number[], locale: string): Promise<SearchCard[]> {
  return Promise.all(
    positions.map((position) => {
      const slug = index.slugs[position]!;
      return loadCard(cardPath(locale, slug)).catch((): SearchCard => ({ url: serviceUrl(locale as Locale, slug), meta: { title: slug, slug } }));
    }),
  );
}
