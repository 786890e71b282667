import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveSite, type SiteServer } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { allResultSlugs } from '../support/search-page.ts';

let browser: Browser;
let site: SiteServer;
let page: Page;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveSite()]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('entry points in Chromium', () => {
  for (const [locale, slug] of [['en', 'new-in-finland-with-children'], ['fi', 'spouse-of-international-talent']] as const) {
    it(`${locale}/${slug}: "open in search" shows the same services in the search UI`, async () => {
      await page.goto(site.url(`/${locale}/life-situations/${slug}/`));
      const listed = [...new Set(await page.locator('[data-category-group] [data-service-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-service-item')!)))].sort();
      const href = await page.locator('[data-open-in-search]').getAttribute('href');
      expect(await allResultSlugs(page, site.url(href!))).toEqual(listed);
    });
  }

  it('is axe-clean', async () => {
    await page.goto(site.url('/fi/life-situations/new-in-finland-with-children/'));
    expect(await runAxe(page)).toEqual([]);
  });
});
