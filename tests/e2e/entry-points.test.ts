import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { allResultSlugs } from '../support/search-page.ts';
import { readServices } from '../support/demo-content.ts';

let page: Page;

const env = useBrowserAndSite();
beforeAll(async () => {
  page = await env.browser.newPage();
});

describe('entry points in Chromium', () => {
  for (const [locale, slug] of [
    ['en', 'new-in-finland-with-children'],
    ['fi', 'spouse-of-international-talent'],
  ] as const) {
    it(`${locale}/${slug}: "open in search" shows the same services in the search UI, and no audience that is only for staff`, async () => {
      await page.goto(env.site.url(`/${locale}/life-situations/${slug}/`));
      const listed = (await page.locator('main [data-service-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-service-item')!))).sort();
      const href = await page.locator('[data-open-in-search]').getAttribute('href');
      // The page leaves out services only for professionals; the link adds the audiences its services serve (never
      // professionals), so the catalogue shows the same list.
      const professionalsOnly = new Set(
        readServices()
          .filter((s) => s.data.audiences.length === 1 && s.data.audiences[0] === 'professionals')
          .map((s) => s.slug),
      );
      const found = await allResultSlugs(page, env.site.url(href!));
      expect(found).toEqual(listed);
      expect(found.filter((slug) => professionalsOnly.has(slug))).toEqual([]);
      expect(new URL(href!, 'https://x').searchParams.get('audience') ?? '').not.toMatch(/professionals/);
    });
  }

  it('is axe-clean', async () => {
    await page.goto(env.site.url('/fi/life-situations/new-in-finland-with-children/'));
    expect(await runAxe(page)).toEqual([]);
  });
});
