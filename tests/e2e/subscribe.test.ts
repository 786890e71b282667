import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';

/** "Subscribe" links lead to Atom feeds, and "What's new" is reachable from every page's footer, in both languages. */
const env = useBrowserAndSite();

describe('subscribing to changes', () => {
  for (const [locale, subscribe, whatsNew, path] of [
    ['en', 'Subscribe to changes (Atom feed)', "What's new", '/en/services/'],
    ['fi', 'Tilaa muutokset (Atom-syöte)', 'Mitä uutta', '/fi/municipalities/helsinki/'],
  ] as const) {
    it(`${locale}: the Subscribe link gives an Atom feed, and the footer leads to "What's new"`, async () => {
      const page = await env.browser.newPage();
      await page.goto(env.site.url(path));
      const href = await page.getByRole('link', { name: subscribe }).getAttribute('href');
      const response = await page.request.get(env.site.url(href!));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
      expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      await page.locator('footer').getByRole('link', { name: whatsNew }).click();
      await page.waitForURL(`**/${locale}/whats-new/`);
      expect(await page.locator('h1').textContent()).toBe(whatsNew);
      expect(await page.locator('[data-change]').count()).toBeGreaterThan(0);
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  }
});
