import { locales, type Locale } from '../i18n/locales.ts';
import { siteDateFormat, utcDate } from './dates.ts';

/** One formatter per locale: creating an Intl.DateTimeFormat costs far more than formatting with one. */
const formatters = new Map<Locale, (date: string) => string>();
/** Formatted dates by locale and date: listing pages show the same few hundred dates thousands of times. */
const formatted = new Map<string, string>();

/** A YYYY-MM-DD date in the site's date style for the locale. */
export function formatDate(locale: Locale, date: string): string {
  const key = `${locale}:${date}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  let format = formatters.get(locale);
  if (!format) {
    format = siteDateFormat(locales[locale].dateLocale);
    formatters.set(locale, format);
  }
  const text = format(date);
  formatted.set(key, text);
  return text;
}

const eventFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** An event's day with its weekday, for people planning to go: "Thu 10 Dec 2026", "to 10.12.2026". */
export function formatEventDate(locale: Locale, date: string): string {
  let formatter = eventFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locales[locale].dateLocale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    eventFormatters.set(locale, formatter);
  }
  return formatter.format(utcDate(date));
}

/** A month and its year as a heading: "December 2026", "Joulukuu 2026". */
export function formatMonth(locale: Locale, year: number, month: number): string {
  return monthText(locale, { month: 'long', year: 'numeric' }, year, month);
}

/** A month's name alone, as a choice: "December", "Joulukuu". */
export function formatMonthName(locale: Locale, month: number): string {
  return monthText(locale, { month: 'long' }, 2000, month);
}

function monthText(locale: Locale, parts: Intl.DateTimeFormatOptions, year: number, month: number): string {
  const name = new Intl.DateTimeFormat(locales[locale].dateLocale, { ...parts, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A wall-clock time written as HH:MM, in the locale's way: "17:30", "17.30". */
export function formatTime(locale: Locale, time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locales[locale].dateLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, hours, minutes)),
  );
}
