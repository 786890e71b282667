/** Every service of a locale with the kind of its latest change (src/lib/changes.ts), archived ones included. */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { firstCommitDates } from '../build/git-dates.ts';
import { resolveContentDir } from '../build/content-files.ts';
import { changeKind, type ChangeKind } from '../lib/changes.ts';
import { expandAll } from '../lib/facets.ts';
import { buildToday, effectiveStatus } from '../lib/review.ts';
import { parseEntryId, serviceUrl } from '../lib/urls.ts';
import { getTaxonomies, oncePerBuild } from './site-data.ts';

export interface ServiceChange {
  slug: string;
  name: string;
  summary: string;
  /** Its page; none for an archived service, which has no page any more. */
  path: string | undefined;
  updated: string;
  kind: ChangeKind;
  municipalities: string[];
  categories: string[];
}

let addedDates: Map<string, string> | undefined;

const cache = new Map<string, Promise<ServiceChange[]>>();

/** Computed once per locale and build: every feed and the "What's new" page filter the same list. */
export function serviceChanges(locale: Locale): Promise<ServiceChange[]> {
  return oncePerBuild(cache, locale, () => computeServiceChanges(locale));
}

async function computeServiceChanges(locale: Locale): Promise<ServiceChange[]> {
  addedDates ??= firstCommitDates(resolveContentDir());
  const today = buildToday();
  const [entries, taxonomies] = await Promise.all([getCollection('services'), getTaxonomies()]);
  const allMunicipalities = taxonomies.municipalities.map((term) => term.id);
  return entries.flatMap((entry) => {
    const { locale: entryLocale, slug } = parseEntryId(entry.id);
    const status = effectiveStatus(entry.data.status, entry.data.reviewed, today);
    if (entryLocale !== locale || status === 'draft') return [];
    return [
      {
        slug,
        name: entry.data.name,
        summary: entry.data.summary,
        path: status === 'archived' ? undefined : serviceUrl(locale, slug),
        updated: entry.data.updated,
        kind: changeKind({ status, updated: entry.data.updated, added: addedDates!.get(`services/${locale}/${slug}.mdx`) }, today),
        municipalities: expandAll(entry.data.municipalities, allMunicipalities),
        categories: [...entry.data.categories],
      },
    ];
  });
}
