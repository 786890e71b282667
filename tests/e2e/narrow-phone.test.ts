import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { reflowContext } from '../support/browser-gates.ts';
import { waitForSearch } from '../support/search-page.ts';

/**
 * What a new user found on a 320×640 touch phone, in both languages: the municipality filter open from the start.
 */
const env = useBrowserAndSite();
const locales = ['en', 'fi'] as const;
const HEIGHT = reflowContext.viewport.height;

async function onPhone(test: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await env.browser.newContext(reflowContext);
  try {
    await test(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const bottomOf = async (page: Page, selector: string) => {
  const box = (await page.locator(selector).first().boundingBox())!;
  return box.y + box.height;
};

describe('the filter panel at 320×640', () => {
  for (const locale of locales) {
    it(`opens with the municipality group open, as on a wide screen (${locale})`, async () => {
      await onPhone(async (page) => {
        await page.goto(env.site.url(`/${locale}/services/`));
        await waitForSearch(page);
        await page.locator('#filters-toggle').tap();
        const municipality = page.locator('#filters-dialog details[data-filter-group="municipality"]');
        expect(await municipality.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
        // Its places are in view, and the next groups' headings still start in the first screen.
        expect(await page.locator('#f-municipality-helsinki').isVisible()).toBe(true);
        expect(await bottomOf(page, '#filters-dialog [data-filter-group="municipality"] li:last-child')).toBeLessThanOrEqual(HEIGHT);
        for (const key of ['cost', 'language', 'when']) {
          expect(await bottomOf(page, `#filters-dialog [data-filter-group="${key}"] summary`), key).toBeLessThanOrEqual(HEIGHT);
        }
        await page.locator('#f-municipality-espoo').tap();
        await expect.poll(() => new URL(page.url()).searchParams.get('municipality')).toBe('espoo');
      });
    });
  }
});
