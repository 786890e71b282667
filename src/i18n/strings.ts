import { locales, type Locale } from './locales.ts';
import { uiStringsSchema, type UiStringKey } from '../schemas/ui-strings.ts';
import { translate } from '../client/format.ts';

/** Validated at import: a missing or extra key fails the build, naming the locale and key. */
const validated = Object.fromEntries(
  Object.entries(locales).map(([code, config]) => {
    const result = uiStringsSchema.safeParse(config.strings);
    if (!result.success) {
      const detail = result.error.issues.map((i) => `${i.path.join('.') || i.message}: ${i.message}`).join('; ');
      throw new Error(`src/i18n/strings/${code}.json: ${detail}`);
    }
    return [code, result.data];
  }),
) as Record<Locale, Record<UiStringKey, string>>;

export type Translate = (key: UiStringKey, values?: Record<string, string | number>) => string;

/**
 * Returns `t(key, values)` for a locale; `{name}` placeholders are replaced with values. With `count: 1` the
 * key's `.one` variant is used when it exists ("1 service", "1 palvelu").
 */
export function useTranslations(locale: Locale): Translate {
  const strings = validated[locale] as Record<string, string>;
  return (key, values) => translate(strings, key, values);
}
