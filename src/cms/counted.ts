/**
 * How each list's items are counted in its heading ("0 toimipaikkaa", "1 toimipaikka", "10 termiä"), per language,
 * in the forms `Intl.PluralRules` picks (`one`, `other`): Finnish takes the partitive after a number other than one.
 * Decap writes the number before the list's label ("0 toimipaikat"); the admin rewrites it with these
 * (src/client/cms/widgets.js). Keyed by the list field's name; every list in the CMS must have an entry.
 */
import type { Locale } from '../i18n/locales.ts';

export interface CountForms {
  one: string;
  other: string;
}

export const countForms: Record<string, Record<Locale, CountForms>> = {
  keywords: { en: { one: 'search word', other: 'search words' }, fi: { one: 'hakusana', other: 'hakusanaa' } },
  locations: { en: { one: 'place', other: 'places' }, fi: { one: 'toimipaikka', other: 'toimipaikkaa' } },
  contacts: { en: { one: 'contact', other: 'contacts' }, fi: { one: 'yhteystieto', other: 'yhteystietoa' } },
  links: { en: { one: 'link', other: 'links' }, fi: { one: 'linkki', other: 'linkkiä' } },
  attachments: { en: { one: 'attachment', other: 'attachments' }, fi: { one: 'liite', other: 'liitettä' } },
  occurrences: { en: { one: 'date in the series', other: 'dates in the series' }, fi: { one: 'sarjan päivä', other: 'sarjan päivää' } },
  terms: { en: { one: 'term', other: 'terms' }, fi: { one: 'termi', other: 'termiä' } },
};
