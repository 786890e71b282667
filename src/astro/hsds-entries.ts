/** The services of a locale in HSDS 3.0 (src/lib/hsds.ts): published ones, and outdated ones with their notice. */
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/strings.ts';
import { hsdsService, hsdsTaxonomies, type HsdsService } from '../lib/hsds.ts';
import { serviceUrl } from '../lib/urls.ts';
import { getServices, getTaxonomies, labelOf, oncePerBuild } from './site-data.ts';

const cache = new Map<string, Promise<HsdsService[]>>();

/** Computed once per locale and build: the list and the records files both need every record. */
export function hsdsServices(locale: Locale, site: URL): Promise<HsdsService[]> {
  return oncePerBuild(cache, `${locale} ${site.href}`, () => computeHsdsServices(locale, site));
}

async function computeHsdsServices(locale: Locale, site: URL): Promise<HsdsService[]> {
  const t = useTranslations(locale);
  const [services, taxonomies] = await Promise.all([getServices(locale), getTaxonomies()]);
  const taxonomy = { categories: t('service.categories'), situations: t('service.situations'), audiences: t('service.audiences') };
  return services.map((service) =>
    hsdsService({
      slug: service.slug,
      locale,
      pageUrl: new URL(serviceUrl(locale, service.slug), site).href,
      data: service.data,
      outdated: service.status === 'outdated',
      terms: Object.fromEntries(hsdsTaxonomies.map((name) => [name, service.data[name]])) as Record<(typeof hsdsTaxonomies)[number], string[]>,
      label: (name, id) => labelOf(taxonomies, name, id, locale),
      texts: {
        cost: t(`cost.${service.data.cost}`),
        online: labelOf(taxonomies, 'modes', 'online', locale),
        outdated: `${t('service.outdatedTitle')}. ${t('service.outdatedBody')}`,
        interpreter: labelOf(taxonomies, 'support', 'interpreter', locale),
        taxonomy,
      },
    }),
  );
}
