/**
 * The site's locales: the one place to configure them. Adding one (e.g. Swedish) means an entry here with
 * its strings file (`src/i18n/strings/<code>.json`), then content in `content/<type>/<code>/` and labels in the YAML files.
 */
import en from './strings/en.json' with { type: 'json' };
import fi from './strings/fi.json' with { type: 'json' };

export const locales = {
  en: { label: 'English', switchLabel: 'In English', htmlLang: 'en', dateLocale: 'en-GB', strings: en },
  fi: { label: 'Suomi', switchLabel: 'Suomeksi', htmlLang: 'fi', dateLocale: 'fi-FI', strings: fi },
} as const;

export type Locale = keyof typeof locales;

export const defaultLocale: Locale = 'en';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** getStaticPaths for a page that exists once per locale: `[{ params: { locale: 'en' } }, …]`. */
export function localeStaticPaths(): { params: { locale: Locale } }[] {
  return localeCodes.map((locale) => ({ params: { locale } }));
}
