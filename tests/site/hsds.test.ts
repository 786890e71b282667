import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readPage, root } from '../support/build.ts';
import { readServices } from '../support/demo-content.ts';
import { hsdsId } from '../../src/lib/hsds.ts';

/**
 * The HSDS 3.0 export validates against Open Referral's own compiled schemas (tests/fixtures/hsds-3.0/, copied
 * unchanged), with Ajv. The first record that does not validate fails the test, naming the service and the path.
 */
const dist = path.join(root, 'dist');
const schemaDir = path.join(root, 'tests', 'fixtures', 'hsds-3.0');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const compile = (file: string) => ajv.compile(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as object);
const validService = compile('service.json');
const validListItem = compile('service_list.json');
const json = (file: string) => JSON.parse(readFileSync(path.join(dist, file), 'utf8'));
const services = readServices();

function problems(validate: ReturnType<typeof compile>, value: unknown, what: string): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${what}: ${error.instancePath || '/'} ${error.message} (schema ${error.schemaPath})`);
}

describe('HSDS 3.0 export', () => {
  it('uses a validator that bites: a missing status and a malformed id are reported with their paths', () => {
    const found = problems(validService, { id: 'not-a-uuid', name: 'x' }, 'x');
    expect(found.some((p) => p.includes("must have required property 'status'"))).toBe(true);
    expect(found.some((p) => p.startsWith('x: /id must match format "uuid"'))).toBe(true);
  });

  for (const locale of ['en', 'fi']) {
    it(`${locale}: every service file validates against service.json, with stable ids`, () => {
      const expected = services.filter((s) => s.locale === locale && ['published', 'outdated'].includes(s.data.status) && s.data.status !== 'archived');
      const files = readdirSync(path.join(dist, locale, 'hsds', 'services'));
      expect(files.length).toBeGreaterThan(40);
      for (const file of files) {
        const service = json(`${locale}/hsds/services/${file}`);
        expect(problems(validService, service, `${locale}/hsds/services/${file} (${service.name})`)).toEqual([]);
        expect(file).toBe(`${service.id}.json`);
      }
      // The same id in both languages and on every build: a v5 UUID of the slug.
      const workTrial = json(`${locale}/hsds/services/${hsdsId('service', 'work-trial')}.json`);
      expect(workTrial.name).toBe(locale === 'en' ? 'Work trial' : 'Työkokeilu');
      expect(workTrial.status).toBe('active');
      expect(workTrial.languages.map((l: { code: string }) => l.code)).toEqual(expect.arrayContaining(['fi']));
      expect(expected.length).toBeGreaterThanOrEqual(files.length - 5);
    });

    it(`${locale}: the list is HSDS's paginated list object, each item valid, drafts and archived services left out`, () => {
      const list = json(`${locale}/hsds/services.json`);
      expect(list).toMatchObject({ total_pages: 1, page_number: 1, first_page: true, last_page: true, empty: false });
      expect(list.total_items).toBe(list.contents.length);
      expect(list.size).toBe(list.contents.length);
      for (const item of list.contents) expect(problems(validListItem, item, `${locale}/hsds/services.json ${item.name}`)).toEqual([]);
      const ids = new Set(list.contents.map((item: { id: string }) => item.id));
      expect(ids.size).toBe(list.contents.length);
      for (const draft of services.filter((s) => s.locale === locale && ['draft', 'archived'].includes(s.data.status))) {
        expect(ids.has(hsdsId('service', draft.slug)), draft.slug).toBe(false);
      }
      const index = json(`${locale}/hsds/index.json`);
      expect(index.version).toBe('3.0');
      expect(index.services).toBe(`https://spouseprogram.fi/${locale}/hsds/services.json`);
    });
  }

  it('maps places, the online channel, languages, cost, contacts and taxonomy terms', () => {
    const cafe = json(`fi/hsds/services/${hsdsId('service', 'library-language-cafe')}.json`);
    const oodi = cafe.service_at_locations.find((sal: { location: { name: string } }) => sal.location.name.includes('Oodi'));
    expect(oodi.location.addresses[0]).toMatchObject({ address_1: 'Töölönlahdenkatu 4', postal_code: '00100', city: 'Helsinki', country: 'FI' });
    expect(cafe.cost_options[0]).toMatchObject({ option: 'Maksuton', amount: 0, currency: 'EUR' });
    const terms = cafe.attributes.map((a: { taxonomy_term: { code: string } }) => a.taxonomy_term.code);
    expect(terms).toEqual(expect.arrayContaining(['integration']));
    // A service that has gone unreviewed stays active, with the notice in `alert`.
    const outdated = json(`en/hsds/services/${hsdsId('service', 'online-career-coaching')}.json`);
    expect(outdated.alert).toMatch(/may be out of date/);
  });

  it('is named on the open-data page in both languages', () => {
    for (const [locale, heading] of [
      ['en', 'In the Open Referral standard (HSDS 3.0)'],
      ['fi', 'Open Referral -standardin HSDS-muoto (HSDS 3.0)'],
    ] as const) {
      const page = readPage(dist, `/${locale}/open-data/`);
      expect(page.querySelector('#hsds')?.text).toBe(heading);
      const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(links).toEqual(expect.arrayContaining([`/${locale}/hsds/index.json`, `/${locale}/hsds/services.json`]));
    }
  });
});
