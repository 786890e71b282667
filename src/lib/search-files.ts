/**
 * Where the catalogue search's files are, under `/{locale}/services/`: defined once for the step that writes them
 * after Pagefind (src/build/search-data.ts), the browser that fetches them (src/client/catalogue-data.ts) and
 * the benchmark that weighs them. The files the site's routes build carry these names
 * (src/pages/[locale]/services/*.json.ts).
 */
import type { SearchCard } from './facet-index.ts';

const searchFiles = {
  /** The filter index (src/lib/facet-index.ts). */
  index: 'filter-index.json',
  /** Each position's `updated` day, for the "recently updated" order. */
  dates: 'updated.json',
  /** Pagefind's page id for each position. */
  ids: 'pagefind-ids.json',
  /** Pagefind ids of the locale's pages that are not services. */
  pages: 'pagefind-pages.json',
  /** Service names and keywords for suggestions while typing. */
  suggestions: 'suggestions.json',
} as const;

export type SearchFile = keyof typeof searchFiles;

export const searchFilePath = (locale: string, file: SearchFile) => `/${locale}/services/${searchFiles[file]}`;

/** Which of these files a path is, in any locale; undefined for every other path. */
export function searchFileOf(pathname: string): SearchFile | undefined {
  const name = /^\/[^/]+\/services\/([^/]+)$/.exec(pathname)?.[1];
  return (Object.keys(searchFiles) as SearchFile[]).find((file) => searchFiles[file] === name);
}

/** How many result cards one card file holds: a page of results (20) spans one or a few files. */
export const CARDS_PER_FILE = 50;

/** The result cards of filter-index positions `shard * CARDS_PER_FILE` onwards (a CardShardFile). */
export const cardShardPath = (locale: string, shard: number) => `/${locale}/services/cards-${shard}.json`;

/** The card file a filter-index position is in. */
export const shardOf = (position: number) => Math.floor(position / CARDS_PER_FILE);

/** Whether a path is one of the card files, in any locale. */
export const isCardShardPath = (pathname: string) => /^\/[^/]+\/services\/cards-\d+\.json$/.test(pathname);

/** A card file: the cards of its positions in the filter index's order, from the same deploy as the index (`generation`). */
export interface CardShardFile {
  version: 1;
  generation: string;
  cards: SearchCard[];
}
