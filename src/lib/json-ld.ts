/** schema.org GovernmentService structured data for a service page. */
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

/** Serialises JSON for a `<script type="application/ld+json">` so that no `</script>` can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
