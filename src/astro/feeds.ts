/**
 * Atom feeds of what changed in the catalogue (issue 20): per locale, per municipality and per category. Written
 * with the `feed` package; each entry is a service, marked new, updated or now outdated, dated by its
 * `updated` date. Newest first, at most 100 entries.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { Feed } from 'feed';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/strings.ts';
import { utcDate } from '../lib/dates.ts';
import { OPEN_DATA_LICENCE } from '../lib/open-data.ts';
import { serviceChanges, type ServiceChange } from './changes.ts';
import { getTaxonomies, labelOf } from './site-data.ts';
import { categoryFeedUrl, categoryUrl, municipalityFeedUrl, municipalityUrl } from '../lib/urls.ts';

export const FEED_ENTRIES = 100;

export interface FeedOptions {
  locale: Locale;
  site: URL;
  /** The feed's own path (`/en/services/feed.xml`) and the page it belongs to. */
  path: string;
  pagePath: string;
  title: string;
}

/**
 * Text as HTML that shows it as written: `feed` writes titles and summaries as `type="html"`, so a reader renders
 * their markup; editor text must reach it escaped.
 */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function changesFeed(changes: readonly ServiceChange[], options: FeedOptions): string {
  const t = useTranslations(options.locale);
  // A feed says what is new, updated or now out of date; an archived service just leaves it ("What's new" says so).
  const entries = changes
    .filter((change) => change.kind !== 'archived')
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.slug.localeCompare(b.slug))
    .slice(0, FEED_ENTRIES);
  const self = new URL(options.path, options.site).href;
  const feed = new Feed({
    title: htmlText(options.title),
    id: self,
    link: new URL(options.pagePath, options.site).href,
    language: options.locale,
    updated: utcDate(entries[0]?.updated ?? '2026-01-01'),
    copyright: OPEN_DATA_LICENCE,
    feedLinks: { atom: self },
    generator: 'Helsinki Spouse Program',
  });
  for (const change of entries) {
    const link = new URL(change.path ?? options.pagePath, options.site).href;
    const kind = t(`feeds.kind.${change.kind}`);
    feed.addItem({
      title: htmlText(`${kind}: ${change.name}`),
      // The same service keeps its id; a new change to it is a new `updated` date.
      id: `tag:${options.site.hostname},2026:${options.locale}/services/${change.slug}`,
      link,
      description: htmlText(change.summary),
      date: utcDate(change.updated),
      category: [{ name: kind, term: change.kind }],
    });
  }
  return feed.atom1();
}

export const atomHeaders = { 'content-type': 'application/atom+xml; charset=utf-8' };

/** The feeds of one municipality's or one category's services: their pages, feed paths and titles, declared once. */
const termFeeds = {
  municipalities: { feedUrl: municipalityFeedUrl, pageUrl: municipalityUrl, title: 'feeds.municipalityTitle' },
  categories: { feedUrl: categoryFeedUrl, pageUrl: categoryUrl, title: 'feeds.categoryTitle' },
} as const;

/** The route of a per-term feed (`/{locale}/municipalities/{id}/feed.xml`, `/{locale}/categories/{id}/feed.xml`). */
export function termFeedRoute(taxonomy: keyof typeof termFeeds): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const { feedUrl, pageUrl, title } = termFeeds[taxonomy];
  return {
    getStaticPaths: async () => {
      const taxonomies = await getTaxonomies();
      return localeCodes.flatMap((locale) => taxonomies[taxonomy].map((term) => ({ params: { locale, id: term.id } })));
    },
    GET: async ({ params, site }) => {
      const locale = params.locale as Locale;
      const id = params.id!;
      const name = labelOf(await getTaxonomies(), taxonomy, id, locale);
      const changes = (await serviceChanges(locale)).filter((change) => change[taxonomy].includes(id));
      const options = { locale, site: site!, path: feedUrl(locale, id), pagePath: pageUrl(locale, id), title: useTranslations(locale)(title, { name }) };
      return new Response(changesFeed(changes, options), { headers: atomHeaders });
    },
  };
}
