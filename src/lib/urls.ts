/** Site URL helpers. Every page lives under `/{locale}/`; slugs and taxonomy ids are the same in every locale. */
import { isLocale, type Locale } from '../i18n/locales.ts';

/** `/{locale}/a/b/` with a trailing slash, as the site is built (`trailingSlash: 'always'`). */
export function localePath(locale: Locale, ...segments: string[]): string {
  const rest = segments
    .filter(Boolean)
    .map((s) => s.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}

/** The same page in another locale: only the locale prefix changes (query and hash are kept). */
export function switchLocale(pathname: string, target: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  if (!isLocale(first)) return `/${target}/`;
  return `/${[target, ...rest].join('/')}`;
}

/** Splits a content entry id such as `en/job-search-coaching` into locale and slug. */
export function parseEntryId(id: string): { locale: Locale; slug: string } {
  const [locale, ...rest] = id.split('/');
  if (!isLocale(locale) || rest.length !== 1) throw new Error(`unexpected content entry id "${id}"; expected "<locale>/<slug>"`);
  return { locale, slug: rest[0]! };
}

export const serviceUrl = (locale: Locale, slug: string) => localePath(locale, 'services', slug);
export const municipalityUrl = (locale: Locale, id: string) => localePath(locale, 'municipalities', id);
export const categoryUrl = (locale: Locale, id: string) => localePath(locale, 'categories', id);

/** The Atom feeds of changes (src/astro/feeds.ts): the whole catalogue, a municipality's services, a category's. */
export const catalogueFeedUrl = (locale: Locale) => `${localePath(locale, 'services')}feed.xml`;
export const municipalityFeedUrl = (locale: Locale, id: string) => `${municipalityUrl(locale, id)}feed.xml`;
export const categoryFeedUrl = (locale: Locale, id: string) => `${categoryUrl(locale, id)}feed.xml`;
