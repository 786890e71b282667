import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageExists, readPage, root } from '../support/build.ts';
import { isPublished, isShown, readServices, readTerms, servesMunicipality } from '../support/demo-content.ts';

const dist = path.join(root, 'dist');
const services = readServices();
const locales = ['en', 'fi'];
const slugs = (list: { slug: string }[]) => [...new Set(list.map((s) => s.slug))].sort();
const listed = (urlPath: string, selector = '[data-service-item]') =>
  [
    ...new Set(
      readPage(dist, urlPath)
        .querySelectorAll(selector)
        .map((li) => li.getAttribute('data-service-item')!),
    ),
  ].sort();

describe('demo catalogue over the built site', () => {
  it('has at least 60 published services in both locales', () => {
    for (const locale of locales) expect(services.filter((s) => s.locale === locale && isPublished(s)).length).toBeGreaterThanOrEqual(60);
  });

  it('gives every published service a page in both locales, and none to drafts or archived ones', () => {
    for (const service of services) {
      expect(pageExists(dist, `/${service.locale}/services/${service.slug}/`), `${service.locale}/${service.slug}`).toBe(isShown(service));
    }
  });

  it('lists on each municipality page exactly the services open to its residents, per category', () => {
    const categories = readTerms('categories');
    for (const municipality of readTerms('municipalities')) {
      for (const locale of locales) {
        const shown = services.filter((s) => s.locale === locale && isShown(s) && servesMunicipality(s, municipality.id));
        const page = `/${locale}/municipalities/${municipality.id}/`;
        expect(listed(page), page).toEqual(slugs(shown));
        for (const category of categories) {
          const expected = slugs(shown.filter((s) => s.data.categories.includes(category.id)));
          const group = readPage(dist, page).querySelector(`[data-category-group="${category.id}"]`);
          const actual = group ? slugs(group.querySelectorAll('[data-service-item]').map((li) => ({ slug: li.getAttribute('data-service-item')! }))) : [];
          expect(actual, `${page} ${category.id}`).toEqual(expected);
          if (group) expect(group.querySelector('h2')?.text).toContain(`(${expected.length})`);
        }
      }
    }
  });

  it('lists on each category page exactly the services of that category', () => {
    for (const category of readTerms('categories')) {
      for (const locale of locales) {
        const expected = slugs(services.filter((s) => s.locale === locale && isShown(s) && s.data.categories.includes(category.id)));
        expect(expected.length, `${category.id} has services`).toBeGreaterThan(0);
        expect(listed(`/${locale}/categories/${category.id}/`)).toEqual(expected);
      }
    }
  });

  it('lists every shown service on the A-Z page', () => {
    for (const locale of locales) {
      expect(listed(`/${locale}/services/a-z/`)).toEqual(slugs(services.filter((s) => s.locale === locale && isShown(s))));
    }
  });

  it('asks how to apply for benefits and says applying is free; other services say how to get started', () => {
    const fact = (locale: string, slug: string, name: string) => readPage(dist, `/${locale}/services/${slug}/`).querySelector(`[data-fact="${name}"]`)!;
    const heading = (locale: string, slug: string) => fact(locale, slug, 'take-part').previousElementSibling?.text.trim();
    for (const service of services.filter((s) => isShown(s) && s.data.categories.includes('financial-support'))) {
      expect(heading(service.locale, service.slug), service.slug).toBe(service.locale === 'fi' ? 'Näin haet' : 'How to apply');
      if (service.data.cost === 'free') {
        expect(fact(service.locale, service.slug, 'cost').text).toContain(service.locale === 'fi' ? 'Hakeminen on maksutonta' : 'Applying is free');
      }
    }
    expect(heading('fi', 'work-trial')).toBe('Näin pääset alkuun');
    expect(fact('fi', 'work-trial', 'cost').text).toContain('Maksuton');
  });

  it('writes the terms after the first in lower case in the who, where and language rows', () => {
    const page = readPage(dist, '/fi/services/spouse-program-company-partnership/');
    expect(page.querySelector('[data-fact="who"]')!.text.trim()).toBe('Yritykset ja työnantajat');
    const multi = services.find((s) => s.locale === 'fi' && isShown(s) && s.data.audiences.includes('companies') && s.data.audiences.length > 1)!;
    const who = readPage(dist, `/fi/services/${multi.slug}/`).querySelector('[data-fact="who"]')!.text.trim();
    for (const item of who.split(', ').slice(1)) expect(item[0], who).toBe(item[0]!.toLocaleLowerCase('fi'));
    const languages = readPage(dist, '/fi/services/work-trial/').querySelector('[data-fact="languages"]')!.text.trim();
    expect(languages).toMatch(/^Suomi(, [a-zäö]+)*$/);
    expect(readPage(dist, '/en/services/work-trial/').querySelector('[data-fact="languages"]')!.text.trim()).toMatch(/^Finnish(, [A-Z][a-z]+)*$/);
  });

  it('publishes GovernmentService JSON-LD that parses on every service page', () => {
    for (const service of services.filter(isShown)) {
      const script = readPage(dist, `/${service.locale}/services/${service.slug}/`).querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script!.textContent);
      expect(data['@type']).toBe('GovernmentService');
      expect(data.name).toBe(service.data.name);
      expect(data.url).toBe(`https://spouseprogram.fi/${service.locale}/services/${service.slug}/`);
    }
  });

  it('exports exactly the published services as JSON and CSV', () => {
    for (const locale of locales) {
      const expected = slugs(services.filter((s) => s.locale === locale && isPublished(s)));
      const json = JSON.parse(readFileSync(path.join(dist, locale, 'services.json'), 'utf8'));
      expect(json.services.map((s: { slug: string }) => s.slug).sort()).toEqual(expected);
      expect(json.count).toBe(expected.length);
      const first = json.services[0];
      expect(first.url).toMatch(new RegExp(`^https://spouseprogram\\.fi/${locale}/services/[a-z0-9-]+/$`));
      const csvRows = readFileSync(path.join(dist, locale, 'services.csv'), 'utf8')
        .replace('\uFEFF', '')
        .trim()
        .split('\r\n')
        .slice(1);
      expect(csvRows.map((row) => row.split(',')[0]).sort()).toEqual(expected);
    }
  });
});
