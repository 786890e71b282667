/**
 * The catalogue in Open Referral's Human Services Data Specification 3.0 (HSDS), the standard that other service
 * finders read (issue 20). One service at a time, in one language; the mapping is documented in the README.
 *
 * Ids are v5 UUIDs of names within this site's namespace (`service:<slug>`, `location:<slug>:<n>`, …), so they are
 * the same on every build and in both languages: the Finnish and English records of a service are the same service.
 * Pure: the endpoints are src/pages/[locale]/hsds/.
 */
import { v5 as uuidv5 } from 'uuid';
import type { Locale } from '../i18n/locales.ts';
import type { ServiceData } from '../schemas/service.ts';
import type { TaxonomyName } from '../schemas/taxonomy.ts';

export const HSDS_VERSION = '3.0';
/** The namespace of every id this site publishes in HSDS: the v5 UUID of its HSDS address. */
export const HSDS_NAMESPACE = uuidv5('https://spouseprogram.fi/hsds/', uuidv5.URL);

/** A stable UUID for a named thing ("service", "helsinki-job-coaching" → always the same id). */
export const hsdsId = (...name: string[]): string => uuidv5(name.join(':'), HSDS_NAMESPACE);

/** The taxonomies published as HSDS taxonomy terms, one HSDS taxonomy per vocabulary. */
export const hsdsTaxonomies = ['categories', 'situations', 'audiences'] as const satisfies readonly TaxonomyName[];

export interface HsdsServiceInput {
  slug: string;
  locale: Locale;
  /** The service's page on this site, absolute. */
  pageUrl: string;
  data: ServiceData;
  /** `outdated`: not reviewed in time; published as active, with `alert`. */
  outdated: boolean;
  /** The term ids of the published taxonomies. */
  terms: Record<(typeof hsdsTaxonomies)[number], readonly string[]>;
  /** A term's or language's label in this locale. */
  label: (taxonomy: TaxonomyName, id: string) => string;
  /** Texts in this locale: the cost, the online place, the notice on an outdated service, the taxonomy names. */
  texts: { cost: string; online: string; outdated: string; interpreter: string; taxonomy: Record<(typeof hsdsTaxonomies)[number], string> };
}

/** "Töölönlahdenkatu 4, 00100 Helsinki" → street, postal code and town (Finnish addresses end "NNNNN Town"). */
export function splitAddress(address: string, municipality: string): { address_1: string; postal_code: string; city: string } {
  const match = /^(.*?),?\s*(\d{5})\s+([^,\d]+)$/.exec(address.trim());
  return match
    ? { address_1: match[1]!.trim(), postal_code: match[2]!, city: match[3]!.trim() }
    : { address_1: address.trim(), postal_code: '', city: municipality };
}

export function hsdsService(input: HsdsServiceInput) {
  const { slug, data, locale } = input;
  const id = hsdsId('service', slug);
  const organizationId = hsdsId('organization', data.provider);
  const physical = (data.locations ?? []).map((place, n) => {
    const locationId = hsdsId('location', slug, String(n));
    const municipality = place.municipality ? input.label('municipalities', place.municipality) : '';
    const address = place.address ? splitAddress(place.address, municipality) : undefined;
    return {
      id: hsdsId('service_at_location', slug, String(n)),
      service_id: id,
      location_id: locationId,
      location: {
        id: locationId,
        location_type: 'physical',
        name: place.name,
        addresses: address
          ? [
              {
                id: hsdsId('address', slug, String(n)),
                location_id: locationId,
                ...address,
                state_province: 'Uusimaa',
                country: 'FI',
                address_type: 'physical',
              },
            ]
          : [],
      },
    };
  });
  const online = data.modes.some((mode) => mode === 'online' || mode === 'hybrid')
    ? [
        {
          id: hsdsId('service_at_location', slug, 'online'),
          service_id: id,
          location_id: hsdsId('location', slug, 'online'),
          location: { id: hsdsId('location', slug, 'online'), location_type: 'virtual', name: input.texts.online, url: input.pageUrl },
        },
      ]
    : [];
  const email = data.contacts?.find((contact) => contact.email)?.email;
  const contacts = (data.contacts ?? []).map((contact, n) => {
    const contactId = hsdsId('contact', slug, String(n));
    return {
      id: contactId,
      service_id: id,
      name: contact.label,
      ...(contact.email ? { email: contact.email } : {}),
      phones: contact.phone ? [{ id: hsdsId('phone', slug, String(n)), contact_id: contactId, number: contact.phone, type: 'voice' }] : [],
    };
  });
  return {
    id,
    organization_id: organizationId,
    name: data.name,
    description: data.summary,
    url: data.links?.[0]?.url.startsWith('http') ? data.links[0].url : input.pageUrl,
    ...(email ? { email } : {}),
    status: 'active',
    ...(data.support?.includes('interpreter') ? { interpretation_services: input.texts.interpreter } : {}),
    application_process: data.howToJoin,
    ...(data.prerequisites ? { eligibility_description: data.prerequisites } : {}),
    fees_description: data.costNote ? `${input.texts.cost}. ${data.costNote}` : input.texts.cost,
    assured_date: data.reviewed,
    ...(input.outdated ? { alert: input.texts.outdated } : {}),
    last_modified: `${data.updated}T00:00:00Z`,
    organization: { id: organizationId, name: data.provider, description: data.provider },
    service_at_locations: [...physical, ...online],
    languages: data.languages.map((code) => ({ id: hsdsId('language', slug, code), service_id: id, name: input.label('languages', code), code })),
    cost_options: [
      {
        id: hsdsId('cost_option', slug),
        service_id: id,
        option: input.texts.cost,
        ...(data.cost === 'free' ? { amount: 0, currency: 'EUR' } : {}),
        ...(data.costNote ? { amount_description: data.costNote } : {}),
      },
    ],
    contacts,
    schedules: data.schedule ? [{ id: hsdsId('schedule', slug), service_id: id, description: data.schedule }] : [],
    attributes: hsdsTaxonomies.flatMap((taxonomy) =>
      input.terms[taxonomy].map((term) => ({
        id: hsdsId('attribute', slug, taxonomy, term),
        link_id: id,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: hsdsId('taxonomy_term', taxonomy, term),
        taxonomy_term: {
          id: hsdsId('taxonomy_term', taxonomy, term),
          code: term,
          name: input.label(taxonomy, term),
          description: input.label(taxonomy, term),
          language: locale,
          taxonomy_id: hsdsId('taxonomy', taxonomy),
          taxonomy_detail: { id: hsdsId('taxonomy', taxonomy), name: input.texts.taxonomy[taxonomy], description: input.texts.taxonomy[taxonomy] },
        },
      })),
    ),
  };
}

export type HsdsService = ReturnType<typeof hsdsService>;

/** The fields of a service that HSDS's list of services carries (`service_list.json`): no nested lists. */
const listFields = [
  'id',
  'organization_id',
  'name',
  'description',
  'url',
  'email',
  'status',
  'assured_date',
  'alert',
  'last_modified',
  'organization',
] as const;

/** HSDS's paginated list of services, all on one page. */
export function hsdsServiceList(services: readonly HsdsService[]) {
  return {
    total_items: services.length,
    total_pages: 1,
    page_number: 1,
    size: services.length,
    first_page: true,
    last_page: true,
    empty: services.length === 0,
    contents: services.map((service) => Object.fromEntries(listFields.filter((key) => key in service).map((key) => [key, service[key as keyof HsdsService]]))),
  };
}
