import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';

/**
 * A link to a month of the calendar opens that folded month, on a phone (320×640 and 390×844, touch) in both
 * languages: a "Coming up" link, the year view's month names, and a pasted address with #month-N. Without
 * JavaScript, a pasted #month-N still shows that month's entries.
 */
const env = useBrowserAndSite();
const phones = [
  { name: '320×640', viewport: { width: 320, height: 640 } },
  { name: '390×844', viewport: { width: 390, height: 844 } },
] as const;

describe('links to a month of the calendar', () => {
  for (const { name, viewport } of phones) {
    for (const locale of ['en', 'fi'] as const) {
      it(`open the month they lead to (${name}, ${locale})`, async () => {
        const context = await env.browser.newContext({ viewport, hasTouch: true, isMobile: true });
        const page = await context.newPage();
        await page.goto(env.site.url(`/${locale}/calendar/`));
        const monthOf = (hash: string) => page.locator(`.calendar-month:has(${hash})`);
        const isOpen = (hash: string) =>
          monthOf(hash)
            .locator('details')
            .evaluate((d) => (d as HTMLDetailsElement).open);

        // "Coming up": an event in a month that is folded (not this month, which is open).
        const hrefs = await page.locator('[data-upcoming] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        const thisMonth = await page.locator('.calendar-month details[open] h3').getAttribute('id');
        const later = hrefs.find((href) => href !== `#${thisMonth}`);
        expect(later, 'a coming event in a later month').toBeDefined();
        expect(await isOpen(later!)).toBe(false);
        await page.locator(`[data-upcoming] a[href="${later}"]`).first().tap();
        await expect.poll(() => isOpen(later!)).toBe(true);
        const firstEntry = monthOf(later!).locator('[data-calendar-entry] h4').first();
        expect(await firstEntry.isVisible()).toBe(true);

        // The year view's month name, for a month further on; then the same link again (no change of address).
        const yearLink = page.locator('.year-grid__name').nth(5);
        const hash = (await yearLink.getAttribute('href'))!;
        expect(await isOpen(hash)).toBe(false);
        await yearLink.tap();
        await expect.poll(() => isOpen(hash)).toBe(true);
        await monthOf(hash).locator('summary').tap();
        expect(await isOpen(hash)).toBe(false);
        await page.goto(env.site.url(`/${locale}/calendar/`));
        await page.goto(env.site.url(`/${locale}/calendar/${hash}`));
        expect(await isOpen(hash)).toBe(true);
        await context.close();
      });
    }
  }

  it('shows a pasted month without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    for (const locale of ['en', 'fi'] as const) {
      await page.goto(env.site.url(`/${locale}/calendar/`));
      const hash = (await page.locator('.year-grid__name').nth(5).getAttribute('href'))!;
      const month = page.locator(`.calendar-month:has(${hash})`);
      const content = month.locator('details > :not(summary)').first();
      expect(await content.isVisible()).toBe(false);
      await page.goto(env.site.url(`/${locale}/calendar/${hash}`));
      expect(await content.isVisible()).toBe(true);
    }
    await context.close();
  });
});
