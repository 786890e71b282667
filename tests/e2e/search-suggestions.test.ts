import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { readySerial, resultSlugs, waitForSearch } from '../support/search-page.ts';
import en from '../../src/i18n/strings/en.json' with { type: 'json' };
import fi from '../../src/i18n/strings/fi.json' with { type: 'json' };

/**
 * Suggestions while typing (the ARIA combobox pattern) and "did you mean" after a search that found nothing, in
 * Finnish, with the keyboard and by touch.
 */
const env = useBrowserAndSite();

describe('search suggestions', () => {
  it('suggests service names and keywords as a combobox, keyboard first, and searches the chosen one', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/'));
    const serial = await waitForSearch(page);
    const box = page.locator('#search-q');
    expect(await box.getAttribute('role')).toBe('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.pressSequentially('kielikah');
    const list = page.locator('#search-suggestions');
    await list.waitFor({ state: 'visible' });
    const options = await list.locator('[role="option"]').allTextContents();
    expect(options).toContain('Kirjastojen kielikahvilat');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('#search-suggestions-status').textContent()).toMatch(/^(\d+ ehdotusta|1 ehdotus)\./);
    expect(await runAxe(page)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    const chosen = await page.locator(`#${active}`).textContent();
    await page.keyboard.press('Enter');
    await waitForSearch(page, serial);
    expect(await box.inputValue()).toBe(chosen);
    expect(new URL(page.url()).searchParams.get('q')).toBe(chosen);
    expect(await list.isHidden()).toBe(true);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await resultSlugs(page)).toContain('library-language-cafe');
    await page.close();
  });

  it('closes with Escape, and a tap on a suggestion searches it on a phone', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(env.site.url('/en/services/'));
    const serial = await waitForSearch(page);
    const box = page.locator('#search-q');
    await box.pressSequentially('appren');
    await page.locator('#search-suggestions').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-suggestions').isHidden()).toBe(true);
    await box.pressSequentially('t');
    const option = page.locator('#search-suggestions [role="option"]', { hasText: 'Apprenticeship training' });
    await option.tap();
    await waitForSearch(page, serial);
    expect((await resultSlugs(page))[0]).toBe('apprenticeship-training');
    await context.close();
  });

  it('searches the closest word when a one-word search finds nothing, and says so, keeping the typed word in the URL', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/en/services/?q=apprentiseship'));
    await waitForSearch(page);
    expect(await resultSlugs(page)).toContain('apprenticeship-training');
    expect(await page.locator('#result-heading').textContent()).toMatch(/for “apprenticeship”$/);
    expect(await page.locator('#search-correction').textContent()).toBe('Nothing matched “apprentiseship”. Showing results for “apprenticeship”.');
    expect(new URL(page.url()).searchParams.get('q')).toBe('apprentiseship');
    expect(await page.inputValue('#search-q')).toBe('apprentiseship');
    // Searched from the box, the note is read out with the count.
    const serial = await readySerial(page);
    await page.press('#search-q', 'Enter');
    await waitForSearch(page, serial);
    await expect
      .poll(() => page.locator('#result-announcer').textContent())
      .toMatch(/^Nothing matched “apprentiseship”\. Showing results for “apprenticeship”\. 1 service found$/);

    await page.goto(env.site.url('/fi/services/?q=opisopimus'));
    await waitForSearch(page);
    expect(await resultSlugs(page)).toContain('apprenticeship-training');
    expect(await page.locator('#search-correction').textContent()).toBe('Haulla ”opisopimus” ei löytynyt palveluja. Näytämme tulokset haulla ”oppisopimus”.');

    // Each unknown word of a longer search is corrected.
    await page.goto(env.site.url('/en/services/?q=finish+course'));
    await waitForSearch(page);
    expect(await page.locator('#search-correction').textContent()).toBe('Nothing matched “finish course”. Showing results for “finnish course”.');
    expect((await resultSlugs(page)).slice(0, 3)).toContain('helsinki-adult-education-centre-finnish-courses');

    // A search that finds something has no such note.
    await page.goto(env.site.url('/fi/services/?q=oppisopimus'));
    await waitForSearch(page);
    expect(await page.locator('#search-correction').isHidden()).toBe(true);
    await page.close();
  });

  it('offers “did you mean” when even the closest word finds nothing with the chosen filters, in both languages', async () => {
    const page = await env.browser.newPage();
    // Apprenticeship training is not offered in Espoo.
    await page.goto(env.site.url('/en/services/?q=apprentiseship&municipality=espoo'));
    const serial = await waitForSearch(page);
    expect(await page.locator('#search-correction').isHidden()).toBe(true);
    const suggestion = page.locator('.did-you-mean a');
    await suggestion.first().waitFor();
    expect(await page.locator('.did-you-mean').textContent()).toBe('Did you mean: apprenticeship?');
    await suggestion.first().click();
    await waitForSearch(page, serial);
    expect(new URL(page.url()).searchParams.get('q')).toBe('apprenticeship');

    await page.goto(env.site.url('/fi/services/?q=opisopimus&municipality=espoo'));
    await waitForSearch(page);
    await page.locator('.did-you-mean a').first().waitFor();
    expect(await page.locator('.did-you-mean').textContent()).toMatch(/^Tarkoititko: oppisopimus/);
    expect(await readySerial(page)).toBeTruthy();
    // The words found a service and a filter left it out: the way is removing the filter, not other words.
    await page.goto(env.site.url('/en/services/?q=apprenticeship&municipality=espoo'));
    await waitForSearch(page);
    expect(await page.locator('.no-results').textContent()).toBe(en['search.noResults']);
    expect(await page.locator('#search-correction').isHidden()).toBe(true);
    // With no filter chosen there is none to remove: only other words are offered.
    await page.goto(env.site.url('/fi/services/?q=qxqzwqxq'));
    await waitForSearch(page);
    expect(await page.locator('.no-results').textContent()).toBe(fi['search.noResultsNoFilters']);
    await page.close();
  });
});
