/** What pages hand to their browser scripts: a typed configuration object per page (written into a data attribute), and the UI strings each needs. */
import type { Translate } from '../i18n/strings.ts';
import type { SearchWords } from '../schemas/synonyms.ts';
import { uiStringKeys, type UiStringKey } from '../schemas/ui-strings.ts';
import type { FilterKey, KnownValues } from '../lib/facets.ts';

/** UI strings handed to the browser, by key. */
export type PageStrings = Partial<Record<UiStringKey, string>>;

/** The favourites page's configuration, written by the page and read by its script (favourites.ts). */
export interface FavouritesPageConfig {
  locale: string;
  /** The locale's date formatting tag (`dateLocale` in src/i18n/locales.ts). */
  dateLocale: string;
  strings: PageStrings;
  /** The compact list of services the page shows favourites from. */
  indexUrl: string;
}

/** The UI strings the favourites page needs. */
export function favouritesPageStrings(t: Translate): PageStrings {
  return Object.fromEntries(uiStringKeys.filter((key) => key.startsWith('favourites.') || key === 'search.updated').map((key) => [key, t(key)]));
}

/**
 * The catalogue search page's configuration: written by the page (src/pages/[locale]/services/index.astro) into a
 * data attribute and read by its script (search-page.ts), one type for both.
 */
export interface SearchPageConfig {
  locale: string;
  /** The locale's date formatting tag (`dateLocale` in src/i18n/locales.ts). */
  dateLocale: string;
  known: KnownValues;
  /** Each filter's values; `genitive` where the locale has the form (municipalities in Finnish). */
  options: Record<FilterKey, { id: string; label: string; genitive?: string }[]>;
  strings: PageStrings;
  maxQueryLength: number;
  /** The locale's compound parts and ignored words (content/synonyms/<locale>.yaml), for the forms a search is tried in. */
  searchWords: Pick<SearchWords, 'compoundParts' | 'ignoredWords'>;
}

/** The UI strings the search scripts need, handed to the browser in a data attribute. */
export function searchPageStrings(t: Translate): PageStrings {
  const wanted = uiStringKeys.filter(
    (key: UiStringKey) =>
      key.startsWith('search.') ||
      key.startsWith('siteSearch.') ||
      key.startsWith('cost.') ||
      key.startsWith('favourites.toggle') ||
      key === 'service.allMunicipalities' ||
      // The printout's labels (search-page/print.ts).
      key === 'service.locations' ||
      key === 'service.contacts' ||
      key === 'service.cost' ||
      key === 'date.updated',
  );
  return Object.fromEntries(wanted.map((key) => [key, t(key)]));
}
