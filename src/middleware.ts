/**
 * Sets the page's locale and its translation function once per request (as Starlight's `locals.t`), so pages and
 * components read `Astro.locals` instead of each parsing `Astro.params.locale`. Runs for every page at build time.
 *
 * A page built from one content file names it in `locals.contentFile` first thing; an error while rendering that page
 * is then thrown again naming the file, so the editor learns which file to fix, not only which URL failed.
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './i18n/locales.ts';
import { useTranslations } from './i18n/strings.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = isLocale(context.params['locale']) ? context.params['locale'] : defaultLocale;
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  try {
    return await next();
  } catch (error) {
    const file = context.locals.contentFile;
    if (!file) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: the page ${context.url.pathname} could not be built from this file: ${message}`, { cause: error });
  }
});
