import { describe, expect, it } from 'vitest';
import { partnersJsonLd } from './json-ld.ts';

describe('partners as schema.org JSON-LD', () => {
  it('types each partner by its kind', () => {
    const ld = partnersJsonLd([
      { name: 'A company', description: 'd', kind: 'company' },
      { name: 'An association', description: 'd', kind: 'organisation', url: 'https://example.org/' },
      { name: 'A public body', description: 'd', kind: 'authority' },
    ]) as { '@graph': Record<string, unknown>[] };
    expect(ld['@graph'].map((p) => p['@type'])).toEqual(['Corporation', 'Organization', 'GovernmentOrganization']);
    expect(ld['@graph'][1]).toMatchObject({ name: 'An association', url: 'https://example.org/' });
  });
});
