/**
 * The catalogue search URL contract: `/{locale}/services/?q=...&municipality=helsinki,espoo&category=...`.
 * Parameter names are fixed here once; values are taxonomy ids, so a link works in every locale.
 */
import type { Locale } from '../i18n/locales.ts';
import type { TaxonomyName } from '../schemas/taxonomy.ts';
import { localePath } from './urls.ts';

export const filterParams = {
  municipalities: 'municipality',
  categories: 'category',
  situations: 'situation',
  languages: 'language',
  ages: 'age',
  modes: 'mode',
  accessibility: 'access',
  audiences: 'audience',
} as const satisfies Record<TaxonomyName, string>;

export type FilterParam = (typeof filterParams)[TaxonomyName] | 'cost';

/** A link to the catalogue search with the given filters (values are ids, joined with commas). */
export function searchUrl(locale: Locale, filters: Partial<Record<FilterParam, readonly string[]>> = {}): string {
  const params = Object.entries(filters)
    .filter(([, values]) => values && values.length > 0)
    .map(([name, values]) => `${name}=${[...values!].map(encodeURIComponent).join(',')}`);
  return `${localePath(locale, 'services')}${params.length ? `?${params.join('&')}` : ''}`;
}

export function termSearchUrl(locale: Locale, taxonomy: TaxonomyName, id: string): string {
  return searchUrl(locale, { [filterParams[taxonomy]]: [id] });
}

/** The service field behind a filter parameter (`municipality` -> `municipalities`). */
export function fieldOfParam(param: string): string {
  return (Object.entries(filterParams).find(([, name]) => name === param)?.[0] ?? param) as string;
}
