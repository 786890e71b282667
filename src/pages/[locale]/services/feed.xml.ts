import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/strings.ts';
import { serviceChanges } from '../../../astro/changes.ts';
import { atomHeaders, changesFeed } from '../../../astro/feeds.ts';
import { catalogueFeedUrl, localePath } from '../../../lib/urls.ts';

/** What changed in the locale's catalogue, as Atom. */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const options = {
    locale,
    site: site!,
    path: catalogueFeedUrl(locale),
    pagePath: localePath(locale, 'whats-new'),
    title: useTranslations(locale)('feeds.catalogueTitle'),
  };
  return new Response(changesFeed(await serviceChanges(locale), options), { headers: atomHeaders });
};
