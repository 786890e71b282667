import { locales, type Locale } from '../i18n/locales.ts';

/** One formatter per locale: creating an Intl.DateTimeFormat costs far more than formatting with one. */
const formatters = new Map<Locale, Intl.DateTimeFormat>();
/** Formatted dates by locale and date: listing pages show the same few hundred dates thousands of times. */
const formatted = new Map<string, string>();

import { DATE_STYLE } from './dates.ts';

/** A YYYY-MM-DD date in the site's date style for the locale. */
export function formatDate(locale: Locale, date: string): string {
  const key = `${locale}:${date}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locales[locale].dateLocale, { dateStyle: DATE_STYLE, timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  const text = formatter.format(new Date(`${date}T00:00:00Z`));
  formatted.set(key, text);
  return text;
}
