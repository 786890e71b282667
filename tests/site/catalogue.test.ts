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
