/**
 * The catalogue search's own files for a locale (filter index, dates): built once per build for both routes, and on
 * every request under `astro dev`, like the service list they come from, so edits show up.
 */
import type { Locale } from '../i18n/locales.ts';
import { serviceFacetValues } from '../lib/facets.ts';
import { buildSearchFiles, type SearchDatesFile, type SearchIndexFile } from '../lib/facet-index.ts';
import { buildToday } from '../lib/review.ts';
import { getKnownValues, getServices, oncePerBuild } from './site-data.ts';

const built = new Map<string, Promise<{ index: SearchIndexFile; dates: SearchDatesFile }>>();

export function catalogueSearchFiles(locale: Locale): Promise<{ index: SearchIndexFile; dates: SearchDatesFile }> {
  return oncePerBuild(built, `${locale}:${buildToday()}`, () =>
    Promise.all([getServices(locale), getKnownValues()]).then(([services, known]) =>
      buildSearchFiles(services.map((s) => ({ slug: s.slug, updated: s.data.updated, filters: serviceFacetValues(s.data, known) }))),
    ),
  );
}
