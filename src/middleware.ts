/**
 * Sets the page's locale and its translation function once per request (as Starlight's `locals.t`), so pages and
 * components read `Astro.locals` instead of each parsing `Astro.params.locale`. Runs for every page at build time.
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './i18n/locales.ts';
import { useTranslations } from './i18n/strings.ts';

export const onRequest = defineMiddleware((context, next) => {
  const locale = isLocale(context.params['locale']) ? context.params['locale'] : defaultLocale;
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
