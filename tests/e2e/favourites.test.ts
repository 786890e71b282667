import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { waitForSearch } from '../support/search-page.ts';
import { pdfText } from '../support/pdf.ts';

const env = useBrowserAndSite();

async function openFavourites(page: Page, locale: string, query = '') {
  await page.goto(env.site.url(`/${locale}/favourites/${query}`));
  await page.waitForFunction(() => document.documentElement.dataset['favouritesReady'] === 'true');
}
const listed = (page: Page, list = '#fav-list') =>
  page.locator(`${list} [data-favourite-item]`).evaluateAll((items) => items.map((li) => li.getAttribute('data-favourite-item')));

describe('favourites in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await env.browser.newContext();
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it('adds from a service page and from a search result, and lists them in both locales', async () => {
    await page.goto(env.site.url('/en/services/work-trial/'));
    const toggle = page.locator('button[data-favourite-toggle="work-trial"]');
    // The button says what pressing it does, and its name starts with what it shows (WCAG 2.5.3).
    expect([await toggle.textContent(), await toggle.getAttribute('aria-label')]).toEqual(['Save to favourites', 'Save to favourites: Work trial']);
    await page.getByRole('button', { name: 'Save to favourites: Work trial' }).click();
    expect([await toggle.textContent(), await toggle.getAttribute('aria-label')]).toEqual(['Remove from favourites', 'Remove from favourites: Work trial']);

    await page.goto(env.site.url('/fi/services/?q=KOTIVA'));
    await waitForSearch(page);
    const resultToggle = page.locator('[data-service-item="kotiva-language-course-with-childcare"] button[data-favourite-toggle]');
    expect(await resultToggle.textContent()).toBe('Lisää suosikkeihin');
    expect(await resultToggle.getAttribute('aria-label')).toMatch(/^Lisää suosikkeihin: .*KOTIVA/);
    await resultToggle.click();
    expect(await resultToggle.textContent()).toBe('Poista suosikeista');
    expect(await resultToggle.getAttribute('aria-label')).toMatch(/^Poista suosikeista: .*KOTIVA/);

    await openFavourites(page, 'en');
    expect(await listed(page)).toEqual(['kotiva-language-course-with-childcare', 'work-trial']);
    expect(await page.locator('#fav-count').textContent()).toBe('2 saved services');
    expect(await page.locator('[data-favourite-item="work-trial"] .meta').textContent()).toContain('Organisation:');
    await page.selectOption('#fav-sort', 'name');
    expect(await listed(page)).toEqual(['kotiva-language-course-with-childcare', 'work-trial']);

    await openFavourites(page, 'fi');
    expect(await page.locator('#fav-count').textContent()).toBe('2 tallennettua palvelua');
    expect(await page.locator('[data-favourite-item="work-trial"] h3').textContent()).toBe('Työkokeilu');
    // Recently viewed: the service page visited above.
    expect(await page.locator('#recent-list [data-recent-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-recent-item')))).toEqual([
      'work-trial',
    ]);
  });

  it('is axe-clean with items, and prints the list with each service URL', async () => {
    await openFavourites(page, 'en');
    expect(await runAxe(page)).toEqual([]);
    const { text } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain(env.site.url('/en/services/work-trial/'));
    expect(text).toContain(env.site.url('/en/services/kotiva-language-course-with-childcare/'));
    expect(text).not.toContain('Recently viewed');
  });

  it('shares the list by link: a fresh browser opens it read-only, and can save it', async () => {
    await openFavourites(page, 'en');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url('') });
    // "Link copied" takes no room: the button and the list stay where they were.
    const before = await Promise.all(['#fav-copy', '#fav-list'].map((s) => page.locator(s).boundingBox()));
    await page.getByRole('button', { name: 'Copy link to this list' }).click();
    await page.waitForFunction(() => document.querySelector('#fav-copy-status')?.textContent === 'Link copied to the clipboard.');
    expect(await Promise.all(['#fav-copy', '#fav-list'].map((s) => page.locator(s).boundingBox()))).toEqual(before);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).search).toBe('?ids=kotiva-language-course-with-childcare,work-trial');

    const fresh = await env.browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await other.waitForFunction(() => document.documentElement.dataset['favouritesReady'] === 'true');
    expect(await listed(other, '#fav-shared-list')).toEqual(['kotiva-language-course-with-childcare', 'work-trial']);
    expect(await other.locator('#fav-shared-list button').count()).toBe(0);
    await other.getByRole('button', { name: 'Save these to my favourites' }).click();
    await openFavourites(other, 'en');
    expect(await listed(other)).toEqual(['kotiva-language-course-with-childcare', 'work-trial']);
    await fresh.close();
  });

  it('reports unknown ids and shows hostile ids as text only', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>'];
    await openFavourites(page, 'en', `?ids=work-trial,no-such-service,${hostile.map(encodeURIComponent).join(',')}`);
    expect(await listed(page, '#fav-shared-list')).toEqual(['work-trial', 'no-such-service', ...hostile]);
    expect(await page.locator('[data-favourite-item="no-such-service"]').textContent()).toContain('no-such-service: this service is no longer available.');
    expect(await page.locator('#fav-shared-list [data-unavailable]').count()).toBe(3);
    expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('removes one and clears all', async () => {
    await openFavourites(page, 'en');
    await page.getByRole('button', { name: 'Remove from favourites: Work trial' }).click();
    expect(await listed(page)).toEqual(['kotiva-language-course-with-childcare']);
    await page.getByRole('button', { name: 'Clear all' }).click();
    expect(await listed(page)).toEqual([]);
    expect(await page.locator('#fav-empty').isVisible()).toBe(true);
  });

  it('keeps favourites on a phone by default: in a new tab, after a restart, with a tab-only list carried over', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fav-profile-'));
    const launch = () =>
      chromium.launchPersistentContext(dir, {
        executablePath: chromiumPath,
        args: chromiumArgs,
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      });
    let phone = await launch();
    let p = phone.pages()[0] ?? (await phone.newPage());
    // What an older version kept per tab (sessionStorage) is not lost: it moves to the device's list.
    await p.goto(env.site.url('/en/'));
    await p.evaluate(() =>
      sessionStorage.setItem('spouse-program:favourites', JSON.stringify([{ slug: 'kotiva-language-course-with-childcare', at: '2026-11-01T10:00:00.000Z' }])),
    );
    await p.goto(env.site.url('/en/services/work-trial/'));
    await p.getByRole('button', { name: 'Save to favourites: Work trial' }).tap();
    const tab = await phone.newPage();
    await openFavourites(tab, 'en');
    expect(await listed(tab)).toEqual(['work-trial', 'kotiva-language-course-with-childcare']);
    expect(await tab.locator('#fav-storage').textContent()).toContain('kept in this browser on this device, also after you close it');
    expect(await tab.locator('#fav-tab-only').isHidden()).toBe(true);
    await phone.close();

    phone = await launch();
    p = phone.pages()[0] ?? (await phone.newPage());
    await openFavourites(p, 'fi');
    expect(await listed(p)).toEqual(['work-trial', 'kotiva-language-course-with-childcare']);
    expect(await p.locator('#recent-list li').count()).toBe(1);
    await p.getByRole('button', { name: 'Tyhjennä historia' }).tap();
    expect(await p.locator('#recent-list li').count()).toBe(0);
    expect(await p.locator('#fav-status').textContent()).toBe('Viimeksi katsotut palvelut poistettiin.');
    await p.getByRole('button', { name: 'Tyhjennä lista' }).tap();
    expect(await listed(p)).toEqual([]);
    await phone.close();
    phone = await launch();
    p = phone.pages()[0] ?? (await phone.newPage());
    await openFavourites(p, 'en');
    expect(await listed(p)).toEqual([]);
    await phone.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('favourites without storage', () => {
  it('shows a clear message when the browser blocks site data', async () => {
    // A real Chromium profile with "block all site data" (cookies content setting 2): Web Storage throws.
    const dir = mkdtempSync(path.join(tmpdir(), 'no-storage-'));
    mkdirSync(path.join(dir, 'Default'), { recursive: true });
    writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath, args: chromiumArgs });
    const page = context.pages()[0] ?? (await context.newPage());
    expect(
      await page.goto(env.site.url('/en/favourites/')).then(() =>
        page.evaluate(() => {
          try {
            localStorage.setItem('x', '1');
            return 'works';
          } catch {
            return 'blocked';
          }
        }),
      ),
    ).toBe('blocked');
    await page.waitForFunction(() => document.documentElement.dataset['favouritesReady'] === 'true');
    expect(await page.locator('#fav-no-storage').isVisible()).toBe(true);
    expect(await page.locator('#fav-no-storage').textContent()).toContain('does not allow this site to save favourites');
    await page.goto(env.site.url('/en/services/work-trial/'));
    expect(await page.locator('button[data-favourite-toggle]').isHidden()).toBe(true);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
