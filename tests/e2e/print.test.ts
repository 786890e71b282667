import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveSite, type SiteServer } from '../support/browser.ts';

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

/** Pages in a PDF, counted from its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('printing a service page', () => {
  it('fits on one or two pages without navigation chrome', async () => {
    await page.goto(site.url('/en/services/kotiva-language-course-with-childcare/'));
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.breadcrumb', '.skip-link', '.language-switcher'].map((selector) => {
        const node = document.querySelector(selector);
        return node ? getComputedStyle(node).display : 'absent';
      }),
    );
    expect(hidden.every((display) => display === 'none' || display === 'absent')).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
