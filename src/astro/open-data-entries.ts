/** The published services of a locale as open-data records (used by the JSON and CSV endpoints). */
import type { Locale } from '../i18n/locales.ts';
import { isInOpenData } from '../lib/catalogue.ts';
import { toOpenDataService, type OpenDataService } from '../lib/open-data.ts';
import { getServices, getTaxonomies, type Taxonomies } from './site-data.ts';

export async function openDataServices(locale: Locale, site: URL): Promise<{ services: OpenDataService[]; taxonomies: Taxonomies }> {
  const [taxonomies, services] = await Promise.all([getTaxonomies(), getServices(locale)]);
  return {
    taxonomies,
    services: services.filter((s) => isInOpenData(s.status)).map((s) => toOpenDataService(s.slug, s.data, locale, site, taxonomies)),
  };
}
