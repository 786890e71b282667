/**
 * The site as editors see it while they edit (`npm run cms` runs this same `astro dev`), in real Chromium. The dev
 * server has no Pagefind index and none of the files the build writes from it: the catalogue must still show service
 * names (the build's own cards, not file names), and text search must say it needs a build rather than that it
 * "could not be loaded".
 */
import { CARDS_PER_FILE, cardShardPath } from '../../src/lib/search-files.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { root } from '../support/build.ts';
import { useDevServer } from '../support/dev-server.ts';
import { isShown, matchesFilterSet, readServices } from '../support/demo-content.ts';
import { waitForSearch } from '../support/search-page.ts';
import en from '../../src/i18n/strings/en.json' with { type: 'json' };
import fi from '../../src/i18n/strings/fi.json' with { type: 'json' };

const strings = { en, fi };
const locales = ['en', 'fi'] as const;
const services = readServices().filter(isShown);
const namesIn = (locale: string) => new Map(services.filter((s) => s.locale === locale).map((s) => [s.slug, String(s.data.name)]));
const readDist = (file: string) => JSON.parse(readFileSync(path.join(root, 'dist', file), 'utf8')) as unknown;

const dev = useDevServer();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A new page that records the paths it requests. */
async function openPage(): Promise<{ page: Page; paths: string[] }> {
  const page = await browser.newPage();
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return { page, paths };
}

/** The shown results: each one's slug and the title of its link. */
const shownResults = (page: Page) =>
  page
    .locator('#results [data-service-item]')
    .evaluateAll((items) => items.map((li) => ({ slug: li.getAttribute('data-service-item')!, title: li.querySelector('h3 a')?.textContent ?? '' })));

/** What the dev server must not ask for: Pagefind's files and what the build writes from them (ids, page list). */
const buildOnly = (paths: string[]) => paths.filter((p) => p.startsWith('/pagefind/') || /\/pagefind-(ids|pages)\.json$/.test(p));

describe('the catalogue on the dev server', () => {
  it.each(locales)('%s: lists the services by name, not by file name', async (locale) => {
    const { page, paths } = await openPage();
    await page.goto(dev.server.url(`/${locale}/services/`));
    await waitForSearch(page);
    const names = namesIn(locale);
    const shown = await shownResults(page);
    expect(shown).toHaveLength(20);
    expect(shown).toEqual(shown.map(({ slug }) => ({ slug, title: names.get(slug) })));
    expect(shown.some(({ slug, title }) => slug === title)).toBe(false);
    expect(buildOnly(paths)).toEqual([]);
    await page.close();
  });

  it('answers a filter link with names, and asks for no file that only the build writes', async () => {
    const { page, paths } = await openPage();
    await page.goto(dev.server.url('/en/services/?municipality=espoo'));
    await waitForSearch(page);
    const names = namesIn('en');
    const want = services.filter((s) => s.locale === 'en' && matchesFilterSet(s, { municipality: ['espoo'] })).map((s) => s.slug);
    // The heading names the filter too ("23 services in Espoo").
    expect(await page.locator('#result-heading').textContent()).toBe(`${want.length} services in Espoo`);
    const shown = await shownResults(page);
    expect(shown.length).toBe(Math.min(20, want.length));
    expect(shown.every(({ slug, title }) => want.includes(slug) && title === names.get(slug))).toBe(true);
    expect(buildOnly(paths)).toEqual([]);
    await page.close();
  });

  it.each(locales)('%s: serves every card file as the build writes it', async (locale) => {
    const index = (await (await fetch(dev.server.url(`/${locale}/services/filter-index.json`))).json()) as { slugs: string[] };
    expect(index.slugs).toEqual((readDist(`${locale}/services/filter-index.json`) as { slugs: string[] }).slugs);
    for (let shard = 0; shard * CARDS_PER_FILE < index.slugs.length; shard++) {
      const response = await fetch(dev.server.url(cardShardPath(locale, shard)));
      expect(response.status, String(shard)).toBe(200);
      expect(await response.json(), String(shard)).toEqual(readDist(cardShardPath(locale, shard).slice(1)));
    }
  });
});

describe('text search on the dev server', () => {
  it.each(locales)('%s: says in the page language that it works on the built site only', async (locale) => {
    const { page, paths } = await openPage();
    const hints: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'info') hints.push(message.text());
    });
    await page.goto(dev.server.url(`/${locale}/services/?q=${locale === 'en' ? 'language' : 'kieli'}`));
    await waitForSearch(page);
    expect(await page.locator('#result-heading').textContent()).toBe(strings[locale]['search.needsBuild']);

    await page.goto(dev.server.url(`/${locale}/search/?q=${locale === 'en' ? 'language' : 'kieli'}`));
    await page.waitForFunction(() => document.documentElement.dataset['searchReady']?.startsWith('site-'));
    expect(await page.locator('#site-result-heading').textContent()).toBe(strings[locale]['siteSearch.needsBuild']);
    // Visitors are not told to run commands; the developer finds how in the console.
    expect(strings[locale]['search.needsBuild']).not.toMatch(/npm/);
    expect(hints).toContain('Text search needs a built site: npm run build, then npm run preview');
    expect(buildOnly(paths)).toEqual([]);
    await page.close();
  });
});
