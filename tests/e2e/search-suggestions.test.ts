import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';
import { readySerial, resultSlugs, waitForSearch } from '../support/search-page.ts';
import en from '../../src/i18n/strings/en.json' with { type: 'json' };
import fi from '../../src/i18n/strings/fi.json' with { type: 'json' };

/**
 * Suggestions while typing (the ARIA combobox pattern), with the keyboard and by touch, and corrected words.
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

  it('corrects a word no service uses to the closest word of the catalogue, says so, and links to the search as typed', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/en/services/?q=apprentiseship'));
    await waitForSearch(page);
    expect(await resultSlugs(page)).toContain('apprenticeship-training');
    expect(await page.locator('#result-heading').textContent()).toMatch(/for “apprentiseship”$/);
    const note = 'Corrected: “apprentiseship” → “apprenticeship”. Search for “apprentiseship” exactly as typed';
    expect(await page.locator('#search-correction').textContent()).toBe(note);
    expect(new URL(page.url()).searchParams.get('q')).toBe('apprentiseship');
    expect(await page.inputValue('#search-q')).toBe('apprentiseship');
    // Searched from the box, the note is read out with the count.
    let serial = await readySerial(page);
    await page.press('#search-q', 'Enter');
    await waitForSearch(page, serial);
    await expect.poll(() => page.locator('#result-announcer').textContent()).toBe(`${note} 1 service found`);
    // The search as typed: the word in quotes is searched exactly, and finds nothing.
    serial = await readySerial(page);
    await page.locator('#search-correction a').click();
    await waitForSearch(page, serial);
    expect(new URL(page.url()).searchParams.get('q')).toBe('"apprentiseship"');
    expect(await resultSlugs(page)).toEqual([]);
    expect(await page.locator('#search-correction').isHidden()).toBe(true);

    await page.goto(env.site.url('/fi/services/?q=opisopimus'));
    await waitForSearch(page);
    expect(await resultSlugs(page)).toContain('apprenticeship-training');
    expect(await page.locator('#search-correction').textContent()).toBe(
      'Korjasimme hakusanoja: ”opisopimus” → ”oppisopimus”. Hae juuri niin kuin kirjoitit: ”opisopimus”',
    );

    // A corrected word is corrected with the filters chosen too; a filter that leaves nothing is the one to remove.
    await page.goto(env.site.url('/en/services/?q=apprentiseship&municipality=espoo'));
    await waitForSearch(page);
    expect(await page.locator('.no-results').textContent()).toBe(en['search.noResults']);
    expect(await page.locator('#search-correction').textContent()).toMatch(/^Corrected: “apprentiseship” → “apprenticeship”\./);

    // A search that finds something has no such note.
    await page.goto(env.site.url('/fi/services/?q=oppisopimus'));
    await waitForSearch(page);
    expect(await page.locator('#search-correction').isHidden()).toBe(true);
    await page.close();
  });

  it('says, with no filter chosen, that other words may help, not removing a filter', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/?q=qxqzwqxq'));
    await waitForSearch(page);
    expect(await page.locator('.no-results').textContent()).toBe(fi['search.noResultsNoFilters']);
    await page.close();
  });
});
