import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { pdfText } from '../support/pdf.ts';
import { waitForSearch } from '../support/search-page.ts';

/**
 * Printing the catalogue without its Print button, on a phone (320×640 and 390×844, touch) in both languages: from
 * the browser's menu the paper says how many services it leaves out and how to print them all; Ctrl+P prints every
 * result with its contacts, as the button does.
 */
const env = useBrowserAndSite();
const phones = [
  { name: '320×640', viewport: { width: 320, height: 640 } },
  { name: '390×844', viewport: { width: 390, height: 844 } },
] as const;
const texts = {
  en: {
    left: (shown: number, total: number) => `only the services on this page of the results (${shown} of ${total}), without their contacts`,
    button: '“Print results”',
  },
  fi: {
    left: (shown: number, total: number) => `vain tämän tulossivun palvelut (${shown}/${total}) ilman yhteystietoja`,
    button: '”Tulosta tulokset”',
  },
};
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('printing the catalogue on a phone', () => {
  for (const { name, viewport } of phones) {
    for (const locale of ['en', 'fi'] as const) {
      it(`says on paper what a print from the browser's menu leaves out, and Ctrl+P prints every result (${name}, ${locale})`, async () => {
        const context = await env.browser.newContext({ viewport, hasTouch: true, isMobile: true });
        const page = await context.newPage();
        await page.goto(env.site.url(`/${locale}/services/?municipality=helsinki&cost=free`));
        await waitForSearch(page);
        const total = Number((await page.locator('#result-heading').textContent())!.match(/\d+/)![0]);
        const shown = await page.locator('#results [data-service-item]').count();
        expect(total).toBeGreaterThan(shown);

        // The browser's own Print: the page on screen, and a note naming what is missing and how to get it.
        const partial = squeeze((await pdfText(await page.pdf({ format: 'A4' }))).text);
        expect(partial).toContain(squeeze(texts[locale].left(shown, total)));
        expect(partial).toContain(squeeze(texts[locale].button));
        expect(await page.locator('[data-print-item]').count()).toBe(0);

        // Ctrl+P: every result, with contacts, and no note.
        await page.evaluate(() => {
          window.print = () => void (document.documentElement.dataset['printed'] = 'true');
        });
        await page.keyboard.press('Control+P');
        await page.waitForFunction(() => document.documentElement.dataset['printed'] === 'true');
        expect(await page.locator('#print-section [data-print-item]').count()).toBe(total);
        const full = squeeze((await pdfText(await page.pdf({ format: 'A4' }))).text);
        expect(full).not.toContain(squeeze(texts[locale].button));
        expect(full).toContain(locale === 'en' ? 'Contacts' : 'Yhteystiedot');
        await context.close();
      });
    }
  }
});
