import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readPage, root } from '../support/build.ts';
import { isShown, matchesFilterSet, readEntryPoints, readServices } from '../support/demo-content.ts';

const dist = path.join(root, 'dist');
const services = readServices();
const entryPoints = readEntryPoints();

describe('life-situation entry points', () => {
  it('include the service tray for parents at home and the spouse path, in both locales', () => {
    for (const locale of ['en', 'fi']) {
      const slugs = entryPoints.filter((e) => e.locale === locale).map((e) => e.slug);
      expect(slugs).toEqual(
        expect.arrayContaining([
          'new-in-finland-with-children',
          'spouse-of-international-talent',
          'looking-for-work',
          'career-or-studies',
          'starting-a-business',
          'work-ability-and-health',
        ]),
      );
    }
    expect(
      entryPoints
        .filter((e) => e.locale === 'en')
        .map((e) => e.slug)
        .sort(),
    ).toEqual(
      entryPoints
        .filter((e) => e.locale === 'fi')
        .map((e) => e.slug)
        .sort(),
    );
  });

  it('list each service matching their filter set once, leaving out services only for professionals', () => {
    let professionalsOnly = 0;
    for (const entry of entryPoints) {
      const forProfessionals = (entry.data.filters.audience ?? []).includes('professionals');
      const matching = services.filter((s) => s.locale === entry.locale && isShown(s) && matchesFilterSet(s, entry.data.filters));
      const onlyForProfessionals = (s: (typeof services)[number]) => s.data.audiences.length === 1 && s.data.audiences[0] === 'professionals';
      professionalsOnly += matching.filter(onlyForProfessionals).length;
      const expected = matching
        .filter((s) => forProfessionals || !onlyForProfessionals(s))
        .map((s) => s.slug)
        .sort();
      expect(expected.length, `${entry.locale}/${entry.slug} has services`).toBeGreaterThan(0);
      const page = readPage(dist, `/${entry.locale}/life-situations/${entry.slug}/`);
      const items = page.querySelectorAll('main [data-service-item]').map((li) => li.getAttribute('data-service-item'));
      expect(new Set(items).size, `${entry.locale}/${entry.slug} lists each service once`).toBe(items.length);
      expect([...items].sort(), `${entry.locale}/${entry.slug}`).toEqual(expected);
      expect(page.querySelector('[data-service-count]')?.getAttribute('data-service-count')).toBe(String(expected.length));
    }
    // The demo content has services only for professionals that match an entry point's filters, so the rule is tested.
    expect(professionalsOnly).toBeGreaterThan(0);
  });

  it('link to the catalogue search with the filters they store, and nothing else', () => {
    for (const entry of entryPoints) {
      const href = readPage(dist, `/${entry.locale}/life-situations/${entry.slug}/`).querySelector('[data-open-in-search]')!.getAttribute('href')!;
      const url = new URL(href, 'https://spouseprogram.fi');
      expect(url.pathname).toBe(`/${entry.locale}/services/`);
      const fromLink = Object.fromEntries([...url.searchParams].map(([k, v]) => [k, v.split(',').sort()]));
      // The filters the entry point stores; without an audience of its own, the audiences its listed services serve
      // (so the count agrees with the page's), never guidance staff.
      const stored = Object.fromEntries(Object.entries(entry.data.filters as Record<string, string[]>).map(([k, v]) => [k, [...v].sort()]));
      const { audience, ...rest } = fromLink;
      if (stored['audience']) expect(fromLink).toEqual(stored);
      else {
        expect(rest).toEqual(stored);
        expect(audience ?? []).not.toContain('professionals');
      }
    }
  });

  it('are reachable from the home page of each locale, with the search and the Spouse Program', () => {
    for (const locale of ['en', 'fi']) {
      const links = readPage(dist, `/${locale}/`)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
      for (const entry of entryPoints.filter((e) => e.locale === locale)) expect(links).toContain(`/${locale}/life-situations/${entry.slug}/`);
      expect(links).toContain(`/${locale}/services/`);
      expect(links).toContain(`/${locale}/about/`);
    }
  });
});
