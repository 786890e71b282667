/**
 * Where the catalogue search's files are, under `/{locale}/services/`: defined once for the step that writes them
 * after Pagefind (src/integrations/search-data.ts), the browser that fetches them (src/client/catalogue-data.ts) and
 * the benchmark that weighs them. The files the site's routes build carry these names
 * (src/pages/[locale]/services/*.json.ts).
 */
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

/** A service's result card, by slug: what a filter-only search fetches for each shown result. */
export const cardPath = (locale: string, slug: string) => `/${locale}/services/${encodeURIComponent(slug)}/card.json`;

/**
 * The same card by the service page's Pagefind id, for text results before the ids are loaded. Pagefind's ids are
 * unique across languages ("en_41f9755"), and the folder is outside `/{locale}/services/`, whose folders are the
 * services.
 */
export const pagefindCardPath = (pagefindId: string) => `/_search-cards/${encodeURIComponent(pagefindId)}.json`;
