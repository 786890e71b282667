import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage, root } from '../support/build.ts';
import { readYamlDir } from '../support/demo-content.ts';

/** schema.org JSON-LD: it parses, and says what search engines and other finders need. */
const dist = path.join(root, 'dist');
const ldOf = (pathname: string) =>
  readPage(dist, pathname)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.rawText) as Record<string, unknown> & { '@graph'?: Record<string, unknown>[] });

describe('structured data', () => {
  it('every service page: a GovernmentService with url, provider, areaServed and availableLanguage', () => {
    for (const locale of ['en', 'fi']) {
      const slugs = readdirSync(path.join(dist, locale, 'services'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'a-z');
      expect(slugs.length).toBeGreaterThan(40);
      for (const { name } of slugs) {
        const service = ldOf(`/${locale}/services/${name}/`).find((ld) => ld['@type'] === 'GovernmentService');
        expect(service, `${locale}/${name}`).toBeDefined();
        expect(service!['url']).toBe(`https://spouseprogram.fi/${locale}/services/${name}/`);
        expect((service!['provider'] as { name: string }).name.length).toBeGreaterThan(0);
        expect((service!['areaServed'] as unknown[]).length).toBeGreaterThan(0);
        expect((service!['availableLanguage'] as unknown[]).length).toBeGreaterThan(0);
      }
    }
  });

  it('program pages: the program as an Organization of the City of Helsinki; the partners page: every partner', () => {
    const [program] = ldOf('/fi/about/');
    expect(program).toMatchObject({ '@type': 'Organization', name: 'Helsinki Spouse Program', parentOrganization: { name: 'City of Helsinki' } });
    const partners = ldOf('/en/partners/').find((ld) => ld['@graph'])!['@graph']!;
    const listed = readYamlDir('partners');
    expect(partners).toHaveLength(listed.length);
    const typeOf = { company: 'Corporation', organisation: 'Organization', authority: 'GovernmentOrganization' } as const;
    for (const partner of listed) {
      const kind = partner.data.kind as keyof typeof typeOf;
      expect(partners.find((p) => p['name'] === partner.data.name.en)?.['@type'], partner.id).toBe(typeOf[kind]);
    }
  });

  it('the calendar: each dated event as an Event at its Helsinki time and place', () => {
    const events = ldOf('/en/calendar/').find((ld) => ld['@graph'])!['@graph']!;
    const party = events.find((e) => e['name'] === 'End-of-year get-together')!;
    expect(party).toMatchObject({
      '@type': 'Event',
      startDate: '2026-12-10T17:00:00+02:00',
      endDate: '2026-12-10T20:00:00+02:00',
      location: { '@type': 'Place', name: 'Helsinki City Hall' },
    });
    const online = events.find((e) => (e['location'] as { '@type': string } | undefined)?.['@type'] === 'VirtualLocation');
    expect(online?.['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
    // Summer time: +03:00.
    expect(events.find((e) => e['name'] === 'Spring gathering')?.['startDate']).toBe('2027-05-20T17:00:00+03:00');
  });
});
