/** Calendar-date arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone shifts a day. Pure. */
export const DAY_MS = 86_400_000;

/** The start of a date's day in UTC: the one way the site turns a `YYYY-MM-DD` string into a Date. */
export function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Days since 1970-01-01 of a date. */
export function dayNumber(date: string): number {
  return Math.round(utcDate(date).getTime() / DAY_MS);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The one date style of the site, in every locale with its `dateLocale`: "14 Apr 2026" in English, "14.4.2026" in
 * Finnish (the style Finnish public services use). Pages (format-date.ts) and browser scripts both use it.
 */
export const DATE_STYLE = 'medium' as const;

/** A formatter of `YYYY-MM-DD` dates in the site's date style for a locale (`dateLocale`), read in UTC. */
export function siteDateFormat(dateLocale: string): (date: string) => string {
  const formatter = new Intl.DateTimeFormat(dateLocale, { dateStyle: DATE_STYLE, timeZone: 'UTC' });
  return (date) => formatter.format(utcDate(date));
}
