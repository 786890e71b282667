import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { sideScroll } from '../support/browser-gates.ts';
import { readEntryPoints, readServices } from '../support/demo-content.ts';
import { openFilterGroup, waitForSearch } from '../support/search-page.ts';

/**
 * What people came for in the first screen of a phone (320×640 and 390×844, touch), in both languages: a pasted
 * filtered link's count and first result, with its filters folded into one line that opens them; a life situation's
 * count and first service; the loading state before the results on a slow connection, with nothing jumping; Back
 * closing the filter dialog; and a heading that names what is shown.
 */
const env = useBrowserAndSite();
const phones = [
  { name: '320×640', viewport: { width: 320, height: 640 } },
  { name: '390×844', viewport: { width: 390, height: 844 } },
] as const;
const phone = (viewport: { width: number; height: number }) => ({ viewport, hasTouch: true, isMobile: true });

/** The bottom edge of an element in the first screen (the page not scrolled). */
const bottomOf = async (page: Page, selector: string) => {
  const box = (await page.locator(selector).first().boundingBox())!;
  return box.y + box.height;
};

async function withPage(viewport: { width: number; height: number }, test: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await env.browser.newContext(phone(viewport));
  try {
    await test(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const pasted = {
  en: { path: '/en/services/?municipality=helsinki,espoo,vantaa&cost=free', line: '4 filters: Helsinki, Espoo, Vantaa, Free of charge · Change' },
  fi: { path: '/fi/services/?municipality=helsinki,espoo,vantaa&cost=free', line: '4 suodatinta: Helsinki, Espoo, Vantaa, Maksuton · Muuta' },
} as const;

describe('a pasted filtered link on a phone', () => {
  for (const { name, viewport } of phones) {
    for (const locale of ['en', 'fi'] as const) {
      it(`shows its count and first result in the first screen at ${name} (${locale}), the filters folded into one line`, async () => {
        await withPage(viewport, async (page) => {
          await page.goto(env.site.url(pasted[locale].path));
          await waitForSearch(page);
          expect(await page.evaluate(() => window.scrollY)).toBe(0);
          expect(await bottomOf(page, '#result-heading')).toBeLessThanOrEqual(viewport.height);
          // The first result's name, not just its edge.
          expect(await bottomOf(page, '#results [data-service-item] h3')).toBeLessThanOrEqual(viewport.height);
          expect(await page.locator('#filters-toggle').textContent()).toBe(pasted[locale].line);
          expect(await page.locator('#active-filters').isVisible()).toBe(false);
          // Copy link and Print where a phone user looks: under the filters' line, above the count, in the first screen.
          const headingTop = (await page.locator('#result-heading').boundingBox())!.y;
          for (const tool of ['#copy-link', '#print-results']) {
            expect(await page.locator(tool).isVisible(), tool).toBe(true);
            expect(await bottomOf(page, tool), tool).toBeLessThanOrEqual(headingTop);
          }
          expect(await sideScroll(page, viewport.width)).toBeUndefined();
          // The line opens the filters, with the link's four ticks.
          await page.locator('#filters-toggle').tap();
          expect(await page.locator('#filters-dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
          expect(await page.locator('#filters-dialog input:checked').count()).toBe(4);
        });
      });
    }
  }

  for (const locale of ['en', 'fi'] as const) {
    it(`names what it shows in the heading (${locale})`, async () => {
      await withPage(phones[1].viewport, async (page) => {
        const q = locale === 'en' ? 'Finnish course' : 'suomen kurssi';
        await page.goto(env.site.url(`/${locale}/services/?q=${encodeURIComponent(q)}&municipality=espoo&cost=free`));
        await waitForSearch(page);
        const heading = await page.locator('#result-heading').textContent();
        if (locale === 'en') expect(heading).toMatch(/^(\d+ free services|1 free service) in Espoo for “Finnish course”$/);
        else expect(heading).toMatch(/^(\d+ maksutonta Espoon palvelua|1 maksuton Espoon palvelu) haulla ”suomen kurssi”$/);
        await page.goto(env.site.url(`/${locale}/services/?municipality=helsinki,vantaa&language=en`));
        await waitForSearch(page);
        const other = await page.locator('#result-heading').textContent();
        if (locale === 'en') expect(other).toMatch(/^\d+ services in Helsinki and Vantaa \(English\)$/);
        else expect(other).toMatch(/^\d+ Helsingin ja Vantaan palvelua \(englanti\)$/);
      });
    });
  }
});

describe('a life situation on a phone', () => {
  for (const { name, viewport } of phones) {
    it(`shows its count and first service in the first screen at ${name}, in every life situation and language`, async () => {
      await withPage(viewport, async (page) => {
        for (const entry of readEntryPoints().filter((e) => e.data['status'] !== 'draft')) {
          await page.goto(env.site.url(`/${entry.locale}/life-situations/${entry.slug}/`));
          const where = `${entry.locale}/${entry.slug}`;
          expect(await bottomOf(page, '#entry-services'), where).toBeLessThanOrEqual(viewport.height);
          expect(await bottomOf(page, 'main [data-service-item] h3'), where).toBeLessThanOrEqual(viewport.height);
        }
      });
    });
  }
});

describe("a life situation's catalogue link", () => {
  it('finds as many services as the page lists, with no audience the services do not serve, in every life situation and language', async () => {
    await withPage(phones[1].viewport, async (page) => {
      for (const entry of readEntryPoints().filter((e) => e.data['status'] !== 'draft')) {
        const where = `${entry.locale}/${entry.slug}`;
        await page.goto(env.site.url(`/${entry.locale}/life-situations/${entry.slug}/`));
        const listed = Number(await page.locator('#entry-services').getAttribute('data-service-count'));
        const href = new URL((await page.locator('[data-open-in-search]').getAttribute('href'))!, page.url());
        const slugs = await page.locator('main [data-service-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-service-item')!));
        const served = new Set(
          readServices()
            .filter((s) => s.locale === entry.locale && slugs.includes(s.slug))
            .flatMap((s) => s.data.audiences as string[]),
        );
        for (const audience of (href.searchParams.get('audience') ?? '').split(',').filter(Boolean)) {
          expect(audience, where).not.toBe('professionals');
          expect(served.has(audience), `${where}: ${audience}`).toBe(true);
        }
        await page.locator('[data-open-in-search]').tap();
        await page.waitForURL((url) => url.pathname === `/${entry.locale}/services/`);
        await waitForSearch(page);
        const heading = (await page.locator('#result-heading').textContent())!;
        expect(Number(heading.match(/\d+/)?.[0]), `${where}: ${heading}`).toBe(listed);
      }
    });
  });
});

describe('the catalogue while it loads, on a slow connection', () => {
  for (const locale of ['en', 'fi'] as const) {
    it(`shows the heading with "Searching…" before the results, and nothing jumps when they come (${locale})`, async () => {
      await withPage(phones[0].viewport, async (page, context) => {
        // What the first painted frame with the heading showed, and the layout shift from the first paint on.
        await page.addInitScript(() => {
          const w = window as unknown as { firstSeen?: { text: string; visible: boolean; results: number }; cls: number };
          w.cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) w.cls += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          const look = () => {
            const heading = document.getElementById('result-heading');
            if (heading && !w.firstSeen) {
              w.firstSeen = {
                text: heading.textContent.trim(),
                visible: heading.getBoundingClientRect().height > 0,
                results: document.querySelectorAll('#results [data-service-item]').length,
              };
            } else if (!w.firstSeen) requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        // Slow 4G as Lighthouse and DevTools throttle it.
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 562.5,
          downloadThroughput: (1.6 * 1024 * 1024) / 8,
          uploadThroughput: (750 * 1024) / 8,
        });
        await page.goto(env.site.url(`/${locale}/services/?municipality=helsinki,espoo,vantaa&cost=free`), { waitUntil: 'commit' });
        await waitForSearch(page);
        const firstSeen = await page.evaluate(() => (window as unknown as { firstSeen: { text: string; visible: boolean; results: number } }).firstSeen);
        expect(firstSeen).toEqual({ text: locale === 'en' ? 'Searching…' : 'Haetaan…', visible: true, results: 0 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.05);
        expect(await page.locator('#results').getAttribute('aria-busy')).toBeNull();
      });
    });
  }
});

describe('Back with the filters open on a phone', () => {
  for (const { name, viewport } of phones) {
    it(`closes the filters and keeps the ticks, and one "Show N services" is one step back (${name})`, async () => {
      await withPage(viewport, async (page) => {
        const start = env.site.url('/en/services/?municipality=espoo');
        await page.goto(env.site.url('/en/'));
        await page.goto(start);
        let serial = await waitForSearch(page);
        const tick = async (id: string) => {
          await page.locator(`#${id}`).tap();
          serial = await waitForSearch(page, serial);
        };
        const dialogOpen = () => page.locator('#filters-dialog').evaluate((d: HTMLDialogElement) => d.open);

        // Two ticks, then Back: the dialog closes, the ticks stay; the next Back leaves the catalogue.
        await page.locator('#filters-toggle').tap();
        await openFilterGroup(page, 'cost');
        await tick('f-cost-free');
        await page.locator('[data-filter-group="language"] summary').tap();
        await tick('f-language-en');
        await page.goBack();
        await expect.poll(dialogOpen).toBe(false);
        expect(new URL(page.url()).search).toBe('?municipality=espoo&language=en&cost=free');
        expect(await page.locator('#f-cost-free').isChecked()).toBe(true);
        expect(await page.locator('#filters-toggle').textContent()).toBe('3 filters: Espoo, English, Free of charge · Change');
        await page.goBack();
        await expect.poll(() => new URL(page.url()).pathname).toBe('/en/');

        // Two ticks and "Show N services": one Back returns to the link as it was, the next leaves.
        await page.goto(start);
        serial = await waitForSearch(page);
        await page.locator('#filters-toggle').tap();
        await openFilterGroup(page, 'cost');
        await tick('f-cost-free');
        await tick('f-cost-paid');
        await page.locator('#filters-show').tap();
        expect(new URL(page.url()).search).toBe('?municipality=espoo&cost=free,paid');
        await page.goBack();
        serial = await waitForSearch(page, serial);
        expect(new URL(page.url()).search).toBe('?municipality=espoo');
        expect(await page.locator('#f-cost-free').isChecked()).toBe(false);

        // Opened and closed with nothing ticked: no step is added.
        await page.locator('#filters-toggle').tap();
        await page.locator('#filters-close').tap();
        // The dialog takes its own entry back as it closes; a person presses Back after that.
        await expect.poll(() => page.evaluate(() => Boolean((history.state as Record<string, unknown> | null)?.['filtersPanel']))).toBe(false);
        await page.goBack();
        await expect.poll(() => new URL(page.url()).pathname).toBe('/en/');
      });
    });
  }
});

describe('the home page on a phone', () => {
  for (const { name, viewport } of phones) {
    for (const locale of ['en', 'fi'] as const) {
      it(`has the catalogue search in the first screen and the life situations in the first two (${name}, ${locale})`, async () => {
        await withPage(viewport, async (page) => {
          await page.goto(env.site.url(`/${locale}/`));
          expect(await bottomOf(page, '#home-search-q')).toBeLessThanOrEqual(viewport.height);
          // The hint under it tells it from the header's site search, by that box's own label.
          const headerLabel = (await page.locator('label[for="site-search-q"]').textContent())!.trim();
          expect(await page.locator('#home-search-q').getAttribute('aria-describedby')).toBe('home-search-hint');
          expect(await page.locator('#home-search-hint').isVisible()).toBe(true);
          expect(await page.locator('#home-search-hint').textContent()).toContain(headerLabel);
          expect(await bottomOf(page, '#life-situations')).toBeLessThanOrEqual(2 * viewport.height);
          expect(await bottomOf(page, '#life-situations + .card-list h3')).toBeLessThanOrEqual(2 * viewport.height);
          const q = locale === 'en' ? 'Finnish course' : 'suomen kurssi';
          await page.locator('#home-search-q').fill(q);
          await page.locator('.home-search button[type="submit"]').tap();
          await page.waitForURL((url) => url.pathname === `/${locale}/services/`);
          await waitForSearch(page);
          expect(await page.locator('#search-q').inputValue()).toBe(q);
          expect(await page.locator('#result-heading').textContent()).toContain(q);
        });
      });
    }
  }
});

describe('sharing a search on a phone', () => {
  it('offers the system share sheet where there is one, and "Link copied" moves nothing', async () => {
    await withPage(phones[1].viewport, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url('/') });
      // Chromium on Linux has no share sheet: the phone's is stood in for by a function that records what it gets.
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'share', {
          value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data),
        });
      });
      await page.goto(env.site.url('/en/services/?municipality=espoo&cost=free'));
      await waitForSearch(page);
      await page.locator('#share-link').tap();
      expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url)).toBe(page.url());
      expect(await page.locator('#copy-link').isVisible()).toBe(true);
      const before = (await page.locator('#print-results').boundingBox())!;
      await page.locator('#copy-link').tap();
      await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied to the clipboard.');
      expect(await page.locator('#print-results').boundingBox()).toEqual(before);
    });
  });

  it('keeps only "Copy link" where the browser has no share sheet', async () => {
    await withPage(phones[0].viewport, async (page) => {
      await page.goto(env.site.url('/fi/services/?municipality=espoo'));
      await waitForSearch(page);
      const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
      expect(await page.locator('#share-link').isVisible()).toBe(hasShare);
      expect(await page.locator('#copy-link').isVisible()).toBe(true);
    });
  });
});

describe('the catalogue by keyboard', () => {
  const words = { en: 'Skip to results', fi: 'Siirry hakutuloksiin' } as const;
  for (const locale of ['en', 'fi'] as const) {
    it(`skips the filters to the results, and a search leaves the focus on its count (${locale})`, async () => {
      await withPage({ width: 1280, height: 800 }, async (page) => {
        await page.goto(env.site.url(`/${locale}/services/`));
        await waitForSearch(page);
        await page.locator('#search-q').focus();
        const active = () => page.evaluate(() => document.activeElement?.id ?? '');
        // The search button, then the skip link: not 21 checkboxes.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        expect(await active()).toBe('skip-to-results');
        expect(await page.locator('#skip-to-results').textContent()).toContain(words[locale]);
        expect((await page.locator('#skip-to-results').boundingBox())!.width).toBeGreaterThan(44);
        await page.keyboard.press('Enter');
        expect(await active()).toBe('result-heading');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#results [data-service-item]')))).toBe(true);

        await page.locator('#search-q').fill(locale === 'en' ? 'Finnish course' : 'suomen kurssi');
        await page.locator('#search-q').press('Enter');
        await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('q'))).toBeTruthy();
        await expect.poll(active).toBe('result-heading');
        expect(await page.locator('#result-heading').textContent()).toContain(locale === 'en' ? 'Finnish course' : 'suomen kurssi');
      });
    });
  }
});

/** Every box of `selector` that is shown is at least 44×44 px. */
const tooSmall = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.getBoundingClientRect()))
    .then((boxes) => ({ shown: boxes.length, small: boxes.filter((b) => b.width < 44 || b.height < 44).map((b) => `${b.width}×${b.height}`) }));

describe('tap targets on a phone', () => {
  it('page links are at least 44×44 px', async () => {
    await withPage(phones[0].viewport, async (page) => {
      await page.goto(env.site.url('/en/services/'));
      await waitForSearch(page);
      const { shown, small } = await tooSmall(page, '#pagination a');
      expect(shown).toBeGreaterThan(1);
      expect(small).toEqual([]);
    });
  });

  for (const { name, viewport } of phones) {
    for (const locale of ['en', 'fi'] as const) {
      it(`filter rows, "Report an error" and the language link are at least 44×44 px, the whole row ticks (${name}, ${locale})`, async () => {
        await withPage(viewport, async (page) => {
          await page.goto(env.site.url(`/${locale}/services/`));
          await waitForSearch(page);
          await page.locator('#filters-toggle').tap();
          for (const group of await page.locator('#filters-dialog details').all()) await group.evaluate((d: HTMLDetailsElement) => (d.open = true));
          const rows = await tooSmall(page, '#filters-dialog .filter-group li label');
          expect(rows.shown).toBeGreaterThan(20);
          expect(rows.small).toEqual([]);
          expect((await tooSmall(page, '#filters-dialog .filter-group summary')).small).toEqual([]);
          // A tap on the row's far end and one on the box itself each tick it.
          const row = page.locator('#f-cost-free').locator('xpath=..');
          await row.scrollIntoViewIfNeeded();
          const box = (await row.boundingBox())!;
          await page.touchscreen.tap(box.x + box.width - 4, box.y + box.height / 2);
          expect(await page.locator('#f-cost-free').isChecked()).toBe(true);
          const tick = (await page.locator('#f-cost-free').boundingBox())!;
          await page.touchscreen.tap(tick.x + tick.width / 2, tick.y + tick.height / 2);
          expect(await page.locator('#f-cost-free').isChecked()).toBe(false);
          await page.locator('#filters-close').tap();
          // Closed with nothing changed, the dialog takes its own history entry back (history.back()): leaving before
          // that step is done aborted the next page's load on a busy machine.
          await expect.poll(() => page.evaluate(() => Boolean((history.state as Record<string, unknown> | null)?.['filtersPanel']))).toBe(false);
          await page.waitForLoadState();

          await page.goto(env.site.url(`/${locale}/services/espoo-employment-services-advice/`));
          const links = await tooSmall(page, '[data-report-error], [data-language-switch]');
          expect(links.shown).toBe(2);
          expect(links.small).toEqual([]);
        });
      });
    }
  }
});
