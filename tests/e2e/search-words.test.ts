import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from '../../src/build/content-files.ts';
import { root } from '../support/build.ts';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { readySerial, resultSlugs, waitForSearch } from '../support/search-page.ts';

/**
 * How the catalogue search treats the words of a search: several words best effort, a word no service has left out
 * with a note, either language on either page, and a place named offered as a filter, never set silently.
 */
const env = useBrowserAndSite();

describe('the words of a search', () => {
  it('leaves out a word no service has and finds what the other words find, saying so', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/en/services/?q=apprenticeship+qxzvwk'));
    await waitForSearch(page);
    expect((await resultSlugs(page))[0]).toBe('apprenticeship-training');
    expect(await page.locator('#search-correction').textContent()).toBe(
      'Left out, as no service uses them: “qxzvwk”. Search for “apprenticeship qxzvwk” exactly as typed',
    );
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('says so when no service has every word, and lists those with some of them', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/?q=yki+mentorointi'));
    await waitForSearch(page);
    const found = await resultSlugs(page);
    expect(found).toContain('yki-language-test');
    expect(found).toContain('partner-company-mentoring');
    expect(await page.locator('#search-correction').textContent()).toBe(
      'Mikään palvelu ei vastaa kaikkia hakusanojasi. Nämä vastaavat osaan niistä, tärkeimmät sanat ensin.',
    );
    // A search whose words one service has together says nothing of the kind.
    await page.goto(env.site.url('/fi/services/?q=yki+testi'));
    await waitForSearch(page);
    expect((await resultSlugs(page))[0]).toBe('yki-language-test');
    expect(await page.locator('#search-correction').isHidden()).toBe(true);
    await page.close();
  });

  it('finds services by the other language’s words, and shows them in the page’s language', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/?q=apprenticeship+training'));
    await waitForSearch(page);
    expect((await resultSlugs(page)).slice(0, 3)).toContain('apprenticeship-training');
    expect(await page.locator('#results [data-service-item="apprenticeship-training"] a').first().getAttribute('href')).toMatch(/^\/fi\//);
    await page.goto(env.site.url('/en/services/?q=oppisopimuskoulutus'));
    await waitForSearch(page);
    expect((await resultSlugs(page))[0]).toBe('apprenticeship-training');
    expect(await page.locator('#results [data-service-item="apprenticeship-training"] a').first().getAttribute('href')).toMatch(/^\/en\//);
    await page.close();
  });

  it('searches a word the page’s language lacks in the other language’s index, loading that index only then', async () => {
    const page = await env.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(env.site.url('/en/services/?q=apprenticeship'));
    await waitForSearch(page);
    expect(loaded.filter((file) => file.startsWith('/pagefind/') && file.includes('fi_'))).toEqual([]);
    // "puutöitä" (woodwork) is only in the Finnish page of the youth workshop.
    await page.goto(env.site.url('/en/services/?q=puut%C3%B6it%C3%A4'));
    await waitForSearch(page);
    expect(await resultSlugs(page)).toEqual(['raseborg-hanko-youth-workshop']);
    expect(await page.locator('#results [data-service-item="raseborg-hanko-youth-workshop"] a').first().getAttribute('href')).toMatch(/^\/en\//);
    expect(loaded.some((file) => file.startsWith('/pagefind/index/fi_'))).toBe(true);
    expect(await page.locator('#search-correction').isHidden()).toBe(true);
    await page.close();
  });

  it('finds inflected Finnish forms of a word, consonant gradation included', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/?q=palkkatuesta'));
    await waitForSearch(page);
    expect((await resultSlugs(page)).slice(0, 3)).toContain('pay-subsidy');
    await page.close();
  });

  it('offers to show only the services in a municipality the search names, and sets it only when asked', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/?q=oppisopimus+vantaalla'));
    await waitForSearch(page);
    expect(new URL(page.url()).searchParams.get('municipality')).toBeNull();
    expect(await resultSlugs(page)).toContain('apprenticeship-training');
    const offer = page.locator('#search-correction a', { hasText: 'Näytä vain Vantaan palvelut' });
    const serial = await readySerial(page);
    await offer.click();
    await waitForSearch(page, serial);
    expect(new URL(page.url()).searchParams.get('municipality')).toBe('vantaa');
    expect(await resultSlugs(page)).toContain('apprenticeship-training');
    // With the filter set, it is not offered again.
    expect(await page.locator('#search-correction').isHidden()).toBe(true);
    await page.close();
  });

  it('corrects a typo inside a long compound, which Pagefind would match by its first part only', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/?q=kotoutumiskoulutsu'));
    await waitForSearch(page);
    expect((await resultSlugs(page)).slice(0, 3)).toContain('integration-training');
    expect(await page.locator('#search-correction').textContent()).toContain('”kotoutumiskoulutsu” → ”kotoutumiskoulutus”');
    await page.close();
  });

  it('lists the services offered in a named place before those elsewhere that match the other words as well', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/?q=suomen+kurssi+porvoossa'));
    await waitForSearch(page);
    const slugs = await resultSlugs(page);
    expect(slugs[0]).toBe('porvoo-finnish-course-for-immigrants');
    // Helsinki's Finnish courses match "suomen kurssi" as well, but are not offered in Porvoo.
    expect(slugs.slice(0, 5)).not.toContain('helsinki-adult-education-centre-finnish-courses');
    // Every service offered in Porvoo (or everywhere) that is listed comes before every one offered elsewhere only.
    const offeredInPorvoo = slugs.map((slug) => {
      const { municipalities } = parseFrontMatter(readFileSync(path.join(root, 'content/services/fi', `${slug}.mdx`), 'utf8')).data as {
        municipalities: string[];
      };
      return municipalities.includes('porvoo') || municipalities.includes('all');
    });
    const firstElsewhere = offeredInPorvoo.indexOf(false);
    expect(firstElsewhere === -1 ? [] : offeredInPorvoo.slice(firstElsewhere)).not.toContain(true);
    await page.close();
  });
});
