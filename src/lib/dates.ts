/** Calendar-date arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone shifts a day. Pure. */
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a date. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The one date style of the site, in every locale with its `dateLocale`: "14 April 2026" in English, "14.4.2026" in
 * Finnish (the style Finnish public services use). Pages (format-date.ts) and browser scripts both use it.
 */
export const DATE_STYLE = 'medium' as const;
