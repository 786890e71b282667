import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser.ts';
import en from '../../src/i18n/strings/en.json' with { type: 'json' };

/** The site-wide search: one Pagefind index per language, program pages and services together. */
const env = useBrowserAndSite();
let page: Page;
beforeAll(async () => {
  page = await env.browser.newPage();
});

async function results(pathname: string): Promise<{ heading: string; urls: string[] }> {
  await page.goto(env.site.url(pathname));
  await page.waitForFunction(() => (document.documentElement.dataset['searchReady'] ?? '').startsWith('site-'));
  return {
    heading: (await page.locator('#site-result-heading').textContent()) ?? '',
    urls: await page.locator('#site-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)),
  };
}

describe('site-wide search in Chromium', () => {
  it('finds program pages and services in the page language only', async () => {
    const en = await results('/en/search/?q=accessibility');
    expect(en.urls).toContain('/en/accessibility/');
    expect(en.urls.every((url) => url.startsWith('/en/'))).toBe(true);
    const fi = await results('/fi/search/?q=saavutettavuusseloste');
    expect(fi.urls[0]).toBe('/fi/accessibility/');
    expect(fi.urls.every((url) => url.startsWith('/fi/'))).toBe(true);
  });

  it('lists services with program pages and says when nothing matches', async () => {
    const kotiva = await results('/fi/search/?q=kotiva');
    expect(kotiva.urls).toContain('/fi/services/kotiva-language-course-with-childcare/');
    const none = await results('/en/search/?q=zzqxjvw');
    expect(none.urls).toEqual([]);
    expect(none.heading).toBe(en['siteSearch.noResults']);
  });

  it('finds the page where spouses join the Slack community and the newsletter, in both languages', async () => {
    expect((await results('/en/search/?q=newsletter')).urls).toContain('/en/join/');
    expect((await results('/fi/search/?q=uutiskirje')).urls).toContain('/fi/join/');
  });
});

describe('site-wide search on a slow connection', () => {
  const words = { en: ['Loading the search…', 'Searching…'], fi: ['Ladataan hakua…', 'Haetaan…'] } as const;
  for (const locale of ['en', 'fi'] as const) {
    it(`shows a loading status from the first paint, before the results (${locale})`, async () => {
      const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const slow = await context.newPage();
      // What the first painted frame with the heading showed.
      await slow.addInitScript(() => {
        const w = window as unknown as { firstSeen?: { text: string; visible: boolean } };
        const look = () => {
          const heading = document.getElementById('site-result-heading');
          if (heading && !w.firstSeen) w.firstSeen = { text: heading.textContent.trim(), visible: heading.getBoundingClientRect().height > 0 };
          else if (!w.firstSeen) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      const cdp = await context.newCDPSession(slow);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 562.5,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await slow.goto(env.site.url(`/${locale}/search/?q=kela`), { waitUntil: 'commit' });
      await slow.waitForFunction(() => (document.documentElement.dataset['searchReady'] ?? '').startsWith('site-'), null, { timeout: 30_000 });
      const firstSeen = await slow.evaluate(() => (window as unknown as { firstSeen: { text: string; visible: boolean } }).firstSeen);
      expect(words[locale]).toContain(firstSeen.text);
      expect(firstSeen.visible).toBe(true);
      expect(await slow.locator('#site-results li').count()).toBeGreaterThan(0);
      await context.close();
    });
  }
});
