import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser.ts';

let page: Page;

const env = useBrowserAndSite();
beforeAll(async () => {
  page = await env.browser.newPage();
});

describe('language switcher in Chromium', () => {
  it('goes from an English program page to the same page in Finnish and back', async () => {
    await page.goto(env.site.url('/en/about/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Suomeksi' }).click();
    await page.waitForURL('**/fi/about/');
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(await page.locator('h1').textContent()).toBe('Tietoa Spouse Programista');
    await page.getByRole('link', { name: 'In English' }).click();
    await page.waitForURL('**/en/about/');
    expect(await page.locator('h1').textContent()).toBe('About the Spouse Program');
  });

  it('keeps the service slug when switching on a service page', async () => {
    await page.goto(env.site.url('/fi/services/kotiva-language-course-with-childcare/'));
    await page.getByRole('link', { name: 'In English' }).click();
    await page.waitForURL('**/en/services/kotiva-language-course-with-childcare/');
    expect(await page.locator('h1').textContent()).toBe('KOTIVA Finnish course with childcare');
  });

  it('sends / to the browser language, English by default', async () => {
    for (const [locale, expected] of [
      ['fi-FI', '/fi/'],
      ['en-GB', '/en/'],
      ['de-DE', '/en/'],
    ] as const) {
      const context = await env.browser.newContext({ locale });
      const visitor = await context.newPage();
      await visitor.goto(env.site.url('/'));
      expect(new URL(visitor.url()).pathname, locale).toBe(expected);
      await context.close();
    }
  });

  it('answers an unknown address with the 404 page of its language', async () => {
    const response = await page.goto(env.site.url('/fi/palvelut-joita-ei-ole/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Sivua ei löytynyt');
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
  });
});
