/** A service's card metadata, in one language: what its search result and its entry in static lists show. */
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/strings.ts';
import type { SearchCard } from '../lib/facet-index.ts';
import { expandAll } from '../lib/facets.ts';
import { EVERY_MUNICIPALITY } from '../lib/service-card.ts';
import type { ServiceData } from '../schemas/service.ts';
import { labelOf, type Taxonomies } from './site-data.ts';

export function serviceCardMeta(
  locale: Locale,
  t: Translate,
  slug: string,
  data: ServiceData,
  taxonomies: Taxonomies,
): Required<Omit<SearchCard['meta'], 'title'>> {
  const labels = (taxonomy: 'categories' | 'municipalities' | 'support' | 'dayparts' | 'languages', ids: readonly string[], separator = ', ') =>
    ids.map((id) => labelOf(taxonomies, taxonomy, id, locale)).join(separator);
  const all = taxonomies.municipalities.map((term) => term.id);
  const municipalityIds = expandAll(data.municipalities, all);
  return {
    slug,
    summary: data.summary,
    categories: labels('categories', data.categories),
    municipalities: municipalityIds.length === all.length ? EVERY_MUNICIPALITY : labels('municipalities', municipalityIds),
    // "Other (see note)" means nothing on a card without the note.
    cost: t(data.cost === 'other' ? 'card.costVaries' : `cost.${data.cost}`),
    // "Evenings · Weekends": when it runs, so "evening" can be judged from the list.
    when: labels('dayparts', data.dayparts ?? [], ' · '),
    // "In English, Finnish" / "Kielet: suomi, englanti": whether one can take part in one's own language, at a glance.
    languages:
      data.languages.length === 0
        ? ''
        : t(data.languages.length === 1 ? 'card.language' : 'card.languages', {
            languages: locale === 'en' ? labels('languages', data.languages) : labels('languages', data.languages).toLocaleLowerCase(locale),
          }),
    support: labels('support', data.support ?? []),
    updated: data.updated,
  };
}
