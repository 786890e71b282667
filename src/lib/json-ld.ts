/** schema.org structured data: GovernmentService for service pages, Organization for the program and its partners, Event for dated calendar events. */
export interface GovernmentServiceInput {
  url: string;
  name: string;
  description: string;
  provider: string;
  areas: string[];
  categories: string[];
  audiences: string[];
  languages: string[];
  isFree: boolean;
  updated: string;
}

export function governmentServiceJsonLd(input: GovernmentServiceInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    serviceType: input.categories.join(', '),
    provider: { '@type': 'GovernmentOrganization', name: input.provider },
    areaServed: input.areas.map((name) => ({ '@type': 'City', name })),
    audience: input.audiences.map((name) => ({ '@type': 'Audience', audienceType: name })),
    availableLanguage: input.languages,
    isAccessibleForFree: input.isFree,
    dateModified: input.updated,
  };
}

/** The City of Helsinki, which runs the program. */
const cityOfHelsinki = { '@type': 'GovernmentOrganization', name: 'City of Helsinki', url: 'https://www.hel.fi/' };

/** The Spouse Program itself, on its program pages. */
export function programJsonLd(input: { url: string; name: string; description: string; inLanguage: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${new URL('/', input.url).href}#program`,
    name: input.name,
    url: new URL('/', input.url).href,
    description: input.description,
    parentOrganization: cityOfHelsinki,
    mainEntityOfPage: input.url,
    inLanguage: input.inLanguage,
  };
}

/** The program's partners: companies, organisations and authorities. */
export function partnersJsonLd(
  partners: { name: string; url?: string | undefined; description: string; kind: 'company' | 'organisation' | 'authority' }[],
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': partners.map((partner) => ({
      '@type': partner.kind === 'authority' ? 'GovernmentOrganization' : partner.kind === 'company' ? 'Corporation' : 'Organization',
      name: partner.name,
      ...(partner.url ? { url: partner.url } : {}),
      description: partner.description,
    })),
  };
}

export interface EventInput {
  name: string;
  description: string;
  /** YYYY-MM-DD, and HH:MM in Helsinki time if the event has a time. */
  date: string;
  end?: string | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  place?: string | undefined;
  url: string;
}

/** A Helsinki wall-clock time as an ISO date-time with its offset (+02:00 in winter, +03:00 in summer). */
export function helsinkiDateTime(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((part) => part.type === 'timeZoneName')!
    .value.replace('GMT', '');
  return `${date}T${time}:00${offset || '+00:00'}`;
}

/** Dated calendar events. A place that says "online" is a virtual location. */
export function eventsJsonLd(events: EventInput[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': events.map((event) => ({
      '@type': 'Event',
      name: event.name,
      description: event.description,
      startDate: event.startTime ? helsinkiDateTime(event.date, event.startTime) : event.date,
      ...(event.endTime ? { endDate: helsinkiDateTime(event.end ?? event.date, event.endTime) } : event.end ? { endDate: event.end } : {}),
      eventStatus: 'https://schema.org/EventScheduled',
      ...(event.place
        ? /online|verkossa|teams/i.test(event.place)
          ? { eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation', name: event.place, url: event.url } }
          : {
              eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
              location: { '@type': 'Place', name: event.place.split(',')[0], address: event.place },
            }
        : {}),
      organizer: cityOfHelsinki,
      url: event.url,
    })),
  };
}

/** Serialises JSON for a `<script type="application/ld+json">` so that no `</script>` can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
