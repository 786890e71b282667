import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';

/** The feedback form (the accessibility statement's feedback channel) as people fill it in on a phone. */
const env = useBrowserAndSite();

async function phone(width: number): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width, height: 844 }, hasTouch: true, isMobile: true });
  return context.newPage();
}

describe('feedback form in Chromium', () => {
  for (const width of [320, 390]) {
    it(`puts labels above full-width fields at ${width} px`, async () => {
      const page = await phone(width);
      await page.goto(env.site.url('/en/feedback/'));
      const form = await page.locator('#feedback-form').boundingBox();
      for (const id of ['feedback-page', 'feedback-message', 'feedback-email']) {
        const field = (await page.locator(`#${id}`).boundingBox())!;
        const label = (await page.locator(`label[for="${id}"]`).boundingBox())!;
        expect(field.width, id).toBeGreaterThanOrEqual(form!.width - 1);
        expect(label.y + label.height, id).toBeLessThanOrEqual(field.y + 1);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.context().close();
    });
  }

  it('says which field is required and which are optional, in both languages', async () => {
    const page = await phone(390);
    await page.goto(env.site.url('/en/feedback/'));
    expect(await page.getByLabel('Your message (required)').getAttribute('required')).not.toBeNull();
    expect(await page.getByLabel('Your e-mail address, if you want an answer (optional)').count()).toBe(1);
    await page.goto(env.site.url('/fi/feedback/'));
    expect(await page.getByLabel('Viestisi (pakollinen)').count()).toBe(1);
    expect(await page.getByLabel('Mitä sivua tai palvelua palaute koskee? (vapaaehtoinen)').count()).toBe(1);
    await page.context().close();
  });

  it('names the service a "Report an error" link came from, not its path', async () => {
    const page = await phone(390);
    await page.goto(env.site.url('/fi/services/work-trial/'));
    await page.locator('a[data-report-error]').tap();
    await page.waitForURL(/\/fi\/feedback\/\?service=work-trial&name=/);
    await expect.poll(() => page.inputValue('#feedback-page')).toBe('Työkokeilu');
    expect(await page.inputValue('#feedback-service')).toBe('work-trial');
    expect(await page.isChecked('#topic-error')).toBe(true);
    // A link to a service that does not exist keeps what it said, as text.
    await page.goto(env.site.url('/en/feedback/?service=no-such-service'));
    await page.waitForLoadState('networkidle');
    expect(await page.inputValue('#feedback-page')).toBe('no-such-service');
    await page.context().close();
  });

  it('shows the service name from the start, never its slug first, while the catalogue data is slow', async () => {
    const page = await phone(320);
    // The catalogue's data never arrives during the check: what shows is what the link gave.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\.json(\?|$)/, async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    await page.goto(env.site.url('/fi/services/work-trial/'));
    const href = (await page.locator('a[data-report-error]').getAttribute('href'))!;
    await page.goto(env.site.url(href), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.isChecked('#topic-error')).toBe(true);
    expect(await page.inputValue('#feedback-page')).toBe('Työkokeilu');
    expect(await page.inputValue('#feedback-service')).toBe('work-trial');
    release();
    // Without a name in the link the field waits empty for the catalogue's name, rather than showing the slug.
    await page.goto(env.site.url('/en/feedback/?service=work-trial'));
    await expect.poll(() => page.inputValue('#feedback-page')).toBe('Work trial');
    await page.context().close();
  });

  it('thanks the sender with a styled confirmation and ways to go on', async () => {
    const page = await phone(390);
    const cases: [string, string, string][] = [
      ['en', 'Thank you for your feedback', 'Go to the service catalogue'],
      ['fi', 'Kiitos palautteestasi', 'Siirry palveluhakuun'],
    ];
    for (const [locale, heading, catalogue] of cases) {
      await page.goto(env.site.url(`/${locale}/feedback/thanks/`));
      const box = page.locator('main .confirmation');
      expect(await box.locator('h1').textContent()).toBe(heading);
      expect(await box.evaluate((el) => getComputedStyle(el).borderLeftWidth)).not.toBe('0px');
      expect(await page.getByRole('link', { name: catalogue }).getAttribute('href')).toBe(`/${locale}/services/`);
      expect(await runAxe(page)).toEqual([]);
    }
    await page.context().close();
  });
});
