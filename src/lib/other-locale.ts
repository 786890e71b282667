/**
 * A word the page's own locale does not have, found in the other locale's index: every service exists in both
 * languages under the same slug, so a Finnish word on /en/ ("työkokeilu") finds the services whose Finnish pages
 * have it, shown in the page's language. Pure: the searches are in client/search-page/other-locale.ts.
 */
import { localeCodes } from '../i18n/locales.ts';

/** The locales a word is looked for in when the page's own has none of it. */
export function otherLocales(locale: string): string[] {
  return localeCodes.filter((code) => code !== locale);
}

/** One result of the other locale's search: the service's slug and Pagefind's score. */
export interface OtherLocaleResult {
  slug: string;
  score: number;
}

/**
 * The other locale's results as the page's own: its Pagefind id for each slug (`ownIdOf`; a slug the page's
 * locale lacks is dropped) → score against the best, times `weight` (Pagefind's scores of different searches do
 * not compare). A slug found twice keeps its best score.
 */
export function ownHits(results: readonly OtherLocaleResult[], ownIdOf: (slug: string) => string | undefined, weight: number): Map<string, number> {
  const best = Math.max(...results.map((result) => result.score), Number.MIN_VALUE);
  const hits = new Map<string, number>();
  for (const { slug, score } of results) {
    const id = ownIdOf(slug);
    if (id === undefined) continue;
    hits.set(id, Math.max(hits.get(id) ?? 0, (weight * score) / best));
  }
  return hits;
}
