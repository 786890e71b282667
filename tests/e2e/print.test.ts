import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser.ts';
import { pdfText } from '../support/pdf.ts';

let page: Page;

const env = useBrowserAndSite();
beforeAll(async () => {
  page = await env.browser.newPage();
});

describe('printing a service page', () => {
  it('fits on one or two pages without navigation chrome', async () => {
    await page.goto(env.site.url('/en/services/kotiva-language-course-with-childcare/'));
    const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('KOTIVA Finnish course with childcare');
    expect(text).toContain('How to take part');
    for (const chrome of ['Skip to main content', 'Services by municipality', 'Suomeksi', 'Accessibility statement', 'Save to favourites'])
      expect(text).not.toContain(chrome);

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
