import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser.ts';
import { isShown, matchesFilterSet, paramFields, readServices, readTerms, servesMunicipality } from '../support/demo-content.ts';
import { allResultSlugs, openFilterGroup, readySerial, resultSlugs, waitForSearch } from '../support/search-page.ts';
import { runAxe } from '../support/axe.ts';
import en from '../../src/i18n/strings/en.json' with { type: 'json' };
import { cardShardPath, isCardShardPath, shardOf } from '../../src/lib/search-files.ts';

let page: Page;
const services = readServices().filter((s) => s.locale === 'en' && isShown(s));

const expected = (filters: Record<string, string[]>) =>
  services
    .filter((s) => matchesFilterSet(s, filters))
    .map((s) => s.slug)
    .sort();

const env = useBrowserAndSite();
beforeAll(async () => {
  page = await env.browser.newPage();
});

describe('catalogue search in Chromium', () => {
  it('lists the whole catalogue when there is no text and no filter', async () => {
    expect(await allResultSlugs(page, env.site.url('/en/services/'))).toEqual(services.map((s) => s.slug).sort());
    expect(await page.locator('#result-announcer').textContent()).toBe('');
  });

  it('finds a service by typing its name, announcing the count politely', async () => {
    await page.goto(env.site.url('/en/services/'));
    const serial = await waitForSearch(page);
    await page.fill('#search-q', 'KOTIVA');
    await waitForSearch(page, serial);
    expect(await resultSlugs(page)).toContain('kotiva-language-course-with-childcare');
    expect(page.url()).toContain('?q=KOTIVA');
    // Announced once the typing pauses (about a second), politely, in the one live region.
    await page.waitForFunction(() => /^\d+ services? found$/.test(document.querySelector('#result-announcer')?.textContent ?? ''), null, { timeout: 5000 });
    expect(await page.getAttribute('#result-announcer', 'aria-live')).toBe('polite');
  });

  it('narrows each filter to exactly the services whose content matches', async () => {
    for (const [param, taxonomy] of Object.entries(paramFields)) {
      const terms = readTerms(taxonomy);
      const value = terms[terms.length - 1]!.id;
      const want = expected({ [param]: [value] });
      expect(want.length, `${param}=${value} has services`).toBeGreaterThan(0);
      expect(await allResultSlugs(page, env.site.url(`/en/services/?${param}=${value}`)), `${param}=${value}`).toEqual(want);
    }
    for (const cost of ['free', 'paid', 'other']) {
      expect(await allResultSlugs(page, env.site.url(`/en/services/?cost=${cost}`)), `cost=${cost}`).toEqual(expected({ cost: [cost] }));
    }
  });

  it('combines values with OR within a filter and AND across filters', async () => {
    const or = expected({ municipality: ['porvoo', 'hanko'] });
    expect(await allResultSlugs(page, env.site.url('/en/services/?municipality=porvoo,hanko'))).toEqual(or);
    expect(or.length).toBeGreaterThan(expected({ municipality: ['porvoo'] }).length - 1);
    const and = expected({ municipality: ['porvoo', 'hanko'], cost: ['free'] });
    expect(await allResultSlugs(page, env.site.url('/en/services/?municipality=porvoo,hanko&cost=free'))).toEqual(and);
    expect(and.length).toBeLessThan(or.length);
  });

  it('shows for each filter value how many results it gives', async () => {
    await page.goto(env.site.url('/en/services/?municipality=porvoo&cost=free'));
    await waitForSearch(page);
    const count = async (key: string, id: string) => Number((await page.locator(`[data-count-for="${key}:${id}"]`).textContent())!.replace(/[()]/g, ''));
    // Another value of a selected group: what that value gives with the other groups' selections.
    expect(await count('municipality', 'hanko')).toBe(expected({ municipality: ['hanko'], cost: ['free'] }).length);
    expect(await count('cost', 'paid')).toBe(expected({ municipality: ['porvoo'], cost: ['paid'] }).length);
    // A value of an unselected group: what adding it gives.
    expect(await count('mode', 'online')).toBe(expected({ municipality: ['porvoo'], cost: ['free'], mode: ['online'] }).length);
    expect(await page.locator('#result-heading').textContent()).toBe(
      `${expected({ municipality: ['porvoo'], cost: ['free'] }).length} free services in Porvoo`,
    );
  });

  it('writes filter changes to the URL, restores them on reload, and Back restores the previous state', async () => {
    await page.goto(env.site.url('/en/services/'));
    let serial = await waitForSearch(page);
    await openFilterGroup(page, 'municipality', 'click');
    await page.check('#f-municipality-kerava');
    serial = await waitForSearch(page, serial);
    expect(new URL(page.url()).search).toBe('?municipality=kerava');
    await page.locator('[data-filter-group="mode"] summary').click();
    await page.check('#f-mode-online');
    await waitForSearch(page, serial);
    expect(new URL(page.url()).search).toBe('?municipality=kerava&mode=online');
    const both = await resultSlugs(page);
    const keravaOnline = expected({ municipality: ['kerava'], mode: ['online'] });
    expect(both.length).toBe(Math.min(20, keravaOnline.length));
    expect(keravaOnline).toEqual(expect.arrayContaining(both));

    await page.reload();
    await waitForSearch(page);
    expect(await page.isChecked('#f-municipality-kerava')).toBe(true);
    expect(await page.isChecked('#f-mode-online')).toBe(true);
    expect((await resultSlugs(page)).sort()).toEqual(both.sort());

    serial = (await readySerial(page))!;
    await page.goBack();
    await waitForSearch(page, serial);
    expect(new URL(page.url()).search).toBe('?municipality=kerava');
    expect(await page.isChecked('#f-mode-online')).toBe(false);
    const kerava = expected({ municipality: ['kerava'] });
    expect(await page.locator('#result-heading').textContent()).toBe(`${kerava.length} services in Kerava`);
    expect(kerava).toEqual(expect.arrayContaining(await resultSlugs(page)));
  });

  it('removes a filter with its active-filter tag', async () => {
    await page.goto(env.site.url('/en/services/?municipality=kerava&cost=free'));
    const serial = await waitForSearch(page);
    await page.getByRole('button', { name: 'Remove filter Cost – Free of charge' }).click();
    await waitForSearch(page, serial);
    expect(new URL(page.url()).search).toBe('?municipality=kerava');
  });

  it('gives the same services for the same query string in the other locale', async () => {
    const query = '?municipality=helsinki,espoo&category=integration';
    const en = await allResultSlugs(page, env.site.url(`/en/services/${query}`));
    const fi = await allResultSlugs(page, env.site.url(`/fi/services/${query}`));
    expect(fi).toEqual(en);
    expect(en.length).toBeGreaterThan(0);
    expect(await page.locator('#result-heading').textContent()).toMatch(/^\d+ Helsingin ja Espoon palvelua \(Kotoutumista tukevat palvelut\)$/);
  });

  it('shows hostile URL input as text and runs no script', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "'><svg onload=alert(3)>", 'javascript:alert(4)'];
    for (const value of hostile) {
      const query = `q=${encodeURIComponent(value)}&municipality=${encodeURIComponent(value)}&${encodeURIComponent(value)}=1&sort=${encodeURIComponent(value)}`;
      await page.goto(env.site.url(`/en/services/?${query}`));
      await waitForSearch(page);
      expect(await page.locator('#search-q').inputValue()).toBe(value);
      expect(await page.locator('#search-notes').textContent()).toContain(`municipality=${value}`);
      expect(await page.locator('#result-heading').textContent()).toContain(value);
      expect(await page.locator('main img, main svg, main script:not([type="application/ld+json"]):not([src])').count()).toBe(0);
    }
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  it('caps the note on ignored parts of a link and says how many more there were', async () => {
    const values = Array.from({ length: 2000 }, (_, i) => `x${i}`).join(',');
    await page.goto(env.site.url(`/fi/services/?municipality=${values}&language=fi`));
    await waitForSearch(page);
    expect(await page.locator('#search-notes li').count()).toBe(10);
    expect(await page.locator('#search-notes').textContent()).toContain('… ja 1990 muuta.');
    // The valid filter still applies.
    expect(await page.locator('#search-notes').textContent()).not.toContain('language=fi');
  });

  it('works with the keyboard alone', async () => {
    await page.goto(env.site.url('/en/services/'));
    let serial = await waitForSearch(page);
    await page.focus('#search-q');
    await page.keyboard.type('coaching');
    await page.keyboard.press('Enter');
    serial = await waitForSearch(page, serial);
    expect(new URL(page.url()).searchParams.get('q')).toBe('coaching');
    // The search leaves the focus on its count; back in the box, Tab passes the search button and "Skip to
    // results" to the first filter group, open from the start: the next Tab reaches its first box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
    await page.focus('#search-q');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-to-results');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-filter-group]')?.getAttribute('data-filter-group'))).toBe('municipality');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-municipality-helsinki');
    await page.keyboard.press('Space');
    await waitForSearch(page, serial);
    expect(new URL(page.url()).search).toBe('?q=coaching&municipality=helsinki');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('has no axe-core violations with filters applied', async () => {
    await page.goto(env.site.url('/en/services/?municipality=helsinki&cost=free&colour=red'));
    await waitForSearch(page);
    expect(await runAxe(page)).toEqual([]);
    await page.goto(env.site.url('/fi/services/?category=integration&access=childcare'));
    await waitForSearch(page);
    expect(await runAxe(page)).toEqual([]);
  });

  it('keeps the query when switching language', async () => {
    await page.goto(env.site.url('/en/services/'));
    const serial = await waitForSearch(page);
    await openFilterGroup(page, 'municipality', 'click');
    await page.check('#f-municipality-espoo');
    await waitForSearch(page, serial);
    expect(await page.getAttribute('[data-language-switch="fi"]', 'href')).toBe('/fi/services/?municipality=espoo');
    await page.getByRole('link', { name: 'Suomeksi' }).click();
    await page.waitForURL('**/fi/services/?municipality=espoo');
    await waitForSearch(page);
    expect(await page.isChecked('#f-municipality-espoo')).toBe(true);
  });

  it('keeps spaces while typing, and typed text when a filter is ticked right away', async () => {
    await page.goto(env.site.url('/en/services/'));
    let serial = await waitForSearch(page);
    await page.locator('#search-q').pressSequentially('job ', { delay: 20 });
    serial = await waitForSearch(page, serial);
    await page.locator('#search-q').pressSequentially('search', { delay: 20 });
    serial = await waitForSearch(page, serial);
    expect(await page.inputValue('#search-q')).toBe('job search');
    // The address follows the last search; on a busy machine a slow keystroke may start one more.
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('job search');

    await page.fill('#search-q', 'cv');
    // The short groups (cost, when) start open on a wide screen.
    const cost = page.locator('details[data-filter-group="cost"]');
    if (!(await cost.evaluate((group: HTMLDetailsElement) => group.open))) await cost.locator('summary').click();
    await page.check('#f-cost-free');
    await waitForSearch(page, serial);
    expect(new URL(page.url()).search).toBe('?q=cv&cost=free');
    expect(await page.inputValue('#search-q')).toBe('cv');
  });

  it('corrects a page number past the end in the address bar', async () => {
    await page.goto(env.site.url('/en/services/?municipality=hanko&page=99'));
    await waitForSearch(page);
    const pages = Math.ceil(expected({ municipality: ['hanko'] }).length / 20);
    expect(new URL(page.url()).search).toBe(pages > 1 ? `?municipality=hanko&page=${pages}` : '?municipality=hanko');
  });

  it('orders by name in the page language by default, and by most recently updated first (ties by name)', async () => {
    for (const locale of ['en', 'fi']) {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      const local = readServices().filter((s) => s.locale === locale && isShown(s) && servesMunicipality(s, 'helsinki'));
      const byName = [...local].sort((a, b) => collator.compare(a.data.name, b.data.name));
      await page.goto(env.site.url(`/${locale}/services/?municipality=helsinki`));
      await waitForSearch(page);
      expect(await resultSlugs(page), locale).toEqual(byName.slice(0, 20).map((s) => s.slug));
      const byUpdated = [...byName].sort((a, b) => String(b.data.updated).localeCompare(String(a.data.updated)));
      const datesLoaded = page.waitForResponse((response) => response.url().endsWith(`/${locale}/services/updated.json`));
      await page.goto(env.site.url(`/${locale}/services/?municipality=helsinki&sort=updated`));
      await waitForSearch(page);
      expect((await datesLoaded).ok()).toBe(true);
      expect(await resultSlugs(page), locale).toEqual(byUpdated.slice(0, 20).map((s) => s.slug));
    }
  });

  it('answers a shared filter link without loading Pagefind, and text with filters from both', async () => {
    const context = await env.browser.newContext();
    const fresh = await context.newPage();
    const paths: string[] = [];
    fresh.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await fresh.goto(env.site.url('/en/services/?municipality=porvoo&cost=free'));
    const serial = await waitForSearch(fresh);
    const want = expected({ municipality: ['porvoo'], cost: ['free'] });
    const shown = await resultSlugs(fresh);
    expect(shown.length).toBe(Math.min(20, want.length));
    expect(shown.every((slug) => want.includes(slug))).toBe(true);
    expect(paths).toContain('/en/services/filter-index.json');
    // The shown results' cards come in the card files that hold them, each fetched once.
    const { slugs } = (await (await fetch(env.site.url('/en/services/filter-index.json'))).json()) as { slugs: string[] };
    const files = [...new Set(shown.map((slug) => shardOf(slugs.indexOf(slug))))].map((shard) => cardShardPath('en', shard));
    expect(paths.filter(isCardShardPath).sort()).toEqual(files.sort());
    expect(paths.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    // The dates are loaded only for the "recently updated" order.
    expect(paths).not.toContain('/en/services/updated.json');

    // A word from one matching service's name: Pagefind finds it, the filters still apply.
    const target = services.find((s) => s.slug === want[0])!;
    const word = String(target.data.name)
      .split(/\s+/)
      .find((w: string) => w.length > 4)!;
    await fresh.fill('#search-q', word);
    await waitForSearch(fresh, serial);
    const found = await resultSlugs(fresh);
    expect(found).toContain(target.slug);
    expect(
      found.every((slug) => want.includes(slug)),
      found.join(),
    ).toBe(true);
    expect(paths.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    expect(paths).toContain('/en/services/pagefind-ids.json');
    await context.close();
  });

  it('reloads the index instead of mixing two deploys when the ids belong to another generation', async () => {
    const context = await env.browser.newContext();
    const fresh = await context.newPage();
    const indexLoads: string[] = [];
    fresh.on('request', (request) => {
      if (request.url().endsWith('/filter-index.json')) indexLoads.push(request.url());
    });
    // The first ids file the page sees comes from "another deploy": other generation, positions shuffled.
    let served = 0;
    await fresh.route('**/en/services/pagefind-ids.json', async (route) => {
      const response = await route.fetch();
      const file = (await response.json()) as { generation: string; ids: string[] };
      const stale = served++ === 0 ? { ...file, generation: 'another-deploy', ids: [...file.ids].reverse() } : file;
      await route.fulfill({ response, json: stale });
    });
    await fresh.goto(env.site.url('/en/services/?q=KOTIVA'));
    // Shown from Pagefind alone; the index and the ids come when the visitor reaches for the filters.
    const quick = await waitForSearch(fresh);
    expect(served).toBe(0);
    await fresh.hover('#search-filters');
    await waitForSearch(fresh, quick);
    expect(await resultSlugs(fresh)).toContain('kotiva-language-course-with-childcare');
    expect(served).toBe(2);
    expect(indexLoads.length).toBe(2);
    await context.close();
  });

  it('loads the ids again when Pagefind knows pages they do not (ids kept from an earlier deploy)', async () => {
    const context = await env.browser.newContext();
    const fresh = await context.newPage();
    let served = 0;
    await fresh.route('**/en/services/pagefind-ids.json', async (route) => {
      const response = await route.fetch();
      const file = (await response.json()) as { generation: string; ids: string[] };
      // Same generation (the filter index did not change), but every Pagefind id is unknown: page texts changed.
      const old = served++ === 0 ? { ...file, ids: file.ids.map((id) => `${id}-old`) } : file;
      await route.fulfill({ response, json: old });
    });
    // With a filter the search needs the ids at once.
    await fresh.goto(env.site.url('/en/services/?q=KOTIVA&municipality=helsinki'));
    await waitForSearch(fresh);
    expect(await resultSlugs(fresh)).toContain('kotiva-language-course-with-childcare');
    expect(served).toBe(2);
    await context.close();
  });

  it('shows a first text search from Pagefind alone, and loads the counts when the visitor reaches for the filters', async () => {
    const context = await env.browser.newContext();
    const fresh = await context.newPage();
    const paths: string[] = [];
    fresh.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await fresh.goto(env.site.url('/en/services/?q=language'));
    const quick = await waitForSearch(fresh);
    const shown = await resultSlugs(fresh);
    expect(shown.length).toBe(20);
    const total = Number(/\d+/.exec((await fresh.locator('#result-heading').textContent())!)![0]);
    expect(total).toBeGreaterThan(20);
    // Pagefind (its results' metadata are the cards) and the list of the other pages: no filter index, ids, dates or card files.
    expect(paths.filter((p) => p.startsWith('/en/services/') && p !== '/en/services/')).toEqual(['/en/services/pagefind-pages.json']);
    expect(await fresh.locator('[data-count-for="municipality:helsinki"]').textContent()).toBe('');
    const firstResult = await fresh.locator('#results li').first().elementHandle();

    const before = paths.length;
    await fresh.hover('#search-filters');
    await waitForSearch(fresh, quick);
    // The index and the ids; the shown cards are the ones already loaded (no card file, no Pagefind fragment again).
    expect(
      paths
        .slice(before)
        .filter((p) => !p.startsWith('/pagefind/index/'))
        .sort(),
    ).toEqual(['/en/services/filter-index.json', '/en/services/pagefind-ids.json']);
    // The full search finds the same, in the same order, and leaves the list as it was (focus and scroll stay).
    expect(await resultSlugs(fresh)).toEqual(shown);
    expect(await firstResult.evaluate((li) => li.isConnected)).toBe(true);
    expect(await fresh.locator('#result-heading').textContent()).toContain(`${total} services`);
    // A count says what ticking the value gives.
    const helsinki = Number((await fresh.locator('[data-count-for="municipality:helsinki"]').textContent())!.replace(/[()]/g, ''));
    expect(helsinki).toBeGreaterThan(0);
    await openFilterGroup(fresh, 'municipality', 'click');
    const counted = await readySerial(fresh);
    await fresh.check('#f-municipality-helsinki');
    await waitForSearch(fresh, counted);
    expect(await fresh.locator('#result-heading').textContent()).toContain(`${helsinki} service`);
    await context.close();
  });

  it('keeps the results shown from Pagefind when their counts fail to load, and loads them on the next reach', async () => {
    const context = await env.browser.newContext();
    const fresh = await context.newPage();
    let failures = 1;
    await fresh.route('**/en/services/filter-index.json', async (route) =>
      failures-- > 0 ? route.fulfill({ status: 500, body: 'Server error' }) : route.continue(),
    );
    await fresh.goto(env.site.url('/en/services/?q=language'));
    const quick = await waitForSearch(fresh);
    const shown = await resultSlugs(fresh);
    const heading = await fresh.locator('#result-heading').textContent();
    await fresh.hover('#search-filters');
    const failed = await waitForSearch(fresh, quick);
    expect(await resultSlugs(fresh)).toEqual(shown);
    expect(await fresh.locator('#result-heading').textContent()).toBe(heading);
    expect(await fresh.locator('[data-count-for="municipality:helsinki"]').textContent()).toBe('');
    // The same search again (Enter) still shows its list; then the next reach for the filters loads the counts.
    await fresh.press('#search-q', 'Enter');
    const again = await waitForSearch(fresh, failed);
    expect(await resultSlugs(fresh)).toEqual(shown);
    await fresh.mouse.move(0, 0);
    await fresh.hover('#search-filters');
    await waitForSearch(fresh, again);
    expect(await fresh.locator('[data-count-for="municipality:helsinki"]').textContent()).toMatch(/^\(\d+\)$/);
    expect(await resultSlugs(fresh)).toEqual(shown);
    await context.close();
  });

  it('still announces a search when the visitor reaches for the filters before its results arrive', async () => {
    const context = await env.browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(env.site.url('/en/services/?q=job'));
    await waitForSearch(fresh);
    // The next search's cards arrive late, so the visitor's Tab to the filters comes while it runs.
    await fresh.route('**/pagefind/fragment/*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await fresh.fill('#search-q', 'language');
    await fresh.press('#search-q', 'Enter');
    await fresh.focus('[data-filter-group="municipality"] summary');
    await fresh.waitForFunction(() => /^\d+ services? found$/.test(document.querySelector('#result-announcer')?.textContent ?? ''), null, {
      timeout: 10_000,
    });
    await fresh.waitForFunction(() => /^\(\d+\)$/.test(document.querySelector('[data-count-for="municipality:helsinki"]')?.textContent ?? ''));
    expect(await fresh.locator('#result-heading').textContent()).toContain('for “language”');
    await context.close();
  });

  it('still lists a result whose card cannot be loaded, as a link to the service', async () => {
    const context = await env.browser.newContext();
    const fresh = await context.newPage();
    // The card files are missing (a deploy removed them since the index was loaded): each result is still a link.
    await fresh.route(/\/en\/services\/cards-\d+\.json$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await fresh.goto(env.site.url('/en/services/?municipality=helsinki'));
    await waitForSearch(fresh);
    const shown = await resultSlugs(fresh);
    expect(shown.length).toBeGreaterThan(0);
    const item = fresh.locator(`[data-service-item="${shown[0]}"] h3 a`);
    expect(await item.getAttribute('href')).toBe(`/en/services/${shown[0]}/`);
    expect(await item.textContent()).toBe(shown[0]);
    expect(await fresh.locator('#result-heading').textContent()).not.toBe(en['search.error']);
    await context.close();
  });

  it('copies the canonical link of the current search (unknown parameters dropped, filters in canonical order)', async () => {
    const origin = new URL(env.site.url('/')).origin;
    const context = await env.browser.newContext();
    const fresh = await context.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await fresh.goto(env.site.url('/en/services/?cost=free&municipality=espoo&bogus=1'));
    await waitForSearch(fresh);
    await fresh.click('#copy-link');
    await fresh.waitForFunction(() => document.querySelector('#copy-status')?.textContent !== '');
    const canonical = env.site.url('/en/services/?municipality=espoo&cost=free');
    expect(await fresh.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect(await fresh.isHidden('#copy-fallback')).toBe(true);
    await context.close();
  });
});
