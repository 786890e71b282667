import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/strings.ts';
import { getServices, getTaxonomies, labelOf } from '../../astro/site-data.ts';
import type { ServiceSummary } from '../../lib/service-summary.ts';
import { serviceUrl } from '../../lib/urls.ts';

/** The compact list of every service with a page (src/lib/service-summary.ts), for favourites and printed results. */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const [services, taxonomies] = await Promise.all([getServices(locale), getTaxonomies()]);
  const items = services.map(({ slug, data }): ServiceSummary => {
    const cost = t(`cost.${data.cost}`);
    return {
      slug,
      url: serviceUrl(locale, slug),
      name: data.name,
      summary: data.summary,
      provider: data.provider,
      updated: data.updated,
      languages: data.languages.map((id) => labelOf(taxonomies, 'languages', id, locale)),
      cost: data.costNote ? `${cost}. ${data.costNote}` : cost,
      places: (data.locations ?? []).map((place) => {
        const municipality = place.municipality && labelOf(taxonomies, 'municipalities', place.municipality, locale);
        // "Töölönlahdenkatu 4, 00100 Helsinki" already names the town.
        return [place.name, place.address, municipality && !place.address?.includes(municipality) ? municipality : undefined].filter(Boolean).join(', ');
      }),
      contacts: (data.contacts ?? []).map((contact) => `${contact.label}: ${[contact.email, contact.phone, contact.url].filter(Boolean).join(', ')}`),
    };
  });
  return new Response(JSON.stringify(items), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
