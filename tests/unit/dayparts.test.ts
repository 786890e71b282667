/**
 * When a service runs (`dayparts`, the catalogue's "When" facet): the demo content says it only where the service's own
 * text does, and the CMS form offers the field with labels in the editor's language.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot, readServices, readTerms } from '../support/demo-content.ts';
import { cmsSettings } from '../../src/cms/backend.ts';
import { decapConfig, readTerms as readCmsTerms, type DecapCollection } from '../../src/cms/config.ts';

/** What in a service's English text supports each day part: its word, or clock times in that part of the day. */
const evidence: Record<string, RegExp> = {
  morning: /mornings?\b|\b9(\.30)?–1[23](\.00)?\b/i,
  daytime: /daytime|in the day\b|afternoon|\b(8\.30|9|10|12|13)–1[4-6](\.\d\d)?\b/i,
  evening: /evenings?\b|\b1[7-9](\.\d\d)?–/i,
  weekend: /weekends?\b|saturdays?|sundays?/i,
};

describe('day parts in the demo content', () => {
  const services = readServices();
  const english = services.filter((s) => s.locale === 'en');

  it("uses only the taxonomy's parts, and the same in every locale", () => {
    const ids = readTerms('dayparts').map((term) => term.id);
    expect(ids).toEqual(['morning', 'daytime', 'evening', 'weekend']);
    for (const service of services) {
      for (const part of service.data.dayparts ?? []) expect(ids, service.slug).toContain(part);
      const twin = services.find((s) => s.slug === service.slug && s.locale !== service.locale)!;
      expect(service.data.dayparts, service.slug).toEqual(twin.data.dayparts);
    }
    expect(english.filter((s) => s.data.dayparts).length).toBeGreaterThan(20);
  });

  it.each(english.filter((s) => s.data.dayparts).map((s) => [s.slug, s.data.dayparts as string[]]))('%s: its own text says %j', (slug, parts) => {
    const text = readFileSync(path.join(contentRoot, 'services', 'en', `${slug}.mdx`), 'utf8');
    for (const part of parts) expect(text, `${slug} lists ${part}`).toMatch(evidence[part]!);
  });

  it('lists "evening" wherever the schedule says the service runs in the evening', () => {
    const evenings = english.filter((s) => /\bevenings?\b|\b1[7-9](\.\d\d)?–/i.test(String(s.data.schedule ?? '')));
    expect(evenings.length).toBeGreaterThan(3);
    for (const service of evenings) expect(service.data.dayparts ?? [], service.slug).toContain('evening');
  });
});

describe('the CMS form', () => {
  const serviceFields = (ui: 'en' | 'fi') => {
    const config = decapConfig(cmsSettings({}), readCmsTerms(contentRoot), ui);
    return (config.collections.find((c) => c.name === 'services') as DecapCollection).fields;
  };

  it.each([
    ['en', 'When', ['Mornings', 'Daytime', 'Evenings', 'Weekends']],
    ['fi', 'Milloin', ['Aamupäivisin', 'Päivisin', 'Iltaisin', 'Viikonloppuisin']],
  ] as const)('offers the day parts in %s, optional and several at once', (ui, label, options) => {
    const field = serviceFields(ui).find((f) => f.name === 'dayparts');
    expect(field).toMatchObject({ label, widget: 'select', multiple: true, required: false });
    for (const option of options) expect(JSON.stringify(field)).toContain(option);
  });
});
