import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../../i18n/locales.ts';
import { useTranslations } from '../../../../i18n/strings.ts';
import { getTaxonomies, labelOf } from '../../../../astro/site-data.ts';
import { serviceChanges } from '../../../../astro/changes.ts';
import { atomHeaders, changesFeed } from '../../../../astro/feeds.ts';
import { categoryFeedUrl, categoryUrl } from '../../../../lib/urls.ts';

/** What changed in the services of one category, as Atom. */
export async function getStaticPaths() {
  const taxonomies = await getTaxonomies();
  return localeCodes.flatMap((locale) => taxonomies.categories.map((term) => ({ params: { locale, id: term.id } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const id = params.id!;
  const name = labelOf(await getTaxonomies(), 'categories', id, locale);
  const changes = (await serviceChanges(locale)).filter((change) => change.categories.includes(id));
  const options = {
    locale,
    site: site!,
    path: categoryFeedUrl(locale, id),
    pagePath: categoryUrl(locale, id),
    title: useTranslations(locale)('feeds.categoryTitle', { name }),
  };
  return new Response(changesFeed(changes, options), { headers: atomHeaders });
};
