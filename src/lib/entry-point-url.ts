import type { Locale } from '../i18n/locales.ts';
import type { FilterParam } from './search-url.ts';
import { searchUrl } from './search-url.ts';

/** The catalogue search URL for an entry point's stored filter set (same parameters, same ids). */
export function entryPointSearchUrl(locale: Locale, filters: Partial<Record<string, readonly string[] | undefined>>): string {
  const defined = Object.fromEntries(Object.entries(filters).filter(([, v]) => v && v.length > 0)) as Partial<Record<FilterParam, readonly string[]>>;
  return searchUrl(locale, defined);
}
