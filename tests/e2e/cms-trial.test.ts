/**
 * What a new editor met in the second trial (Finnish interface, git-mode decap-server with the editorial workflow):
 * a save that failed with a bare "API_ERROR", a typed year 2027 stored as 1907 and "15.4.2027" read as 4 December (in a fi-FI and an en-US browser),
 * unsaved work on a new entry that came back empty, "Lisää hakusana" leaving the focus on the button, a refused save
 * that told one batch of problems per attempt, a new service named on the English site by its Finnish name, and a
 * preview of one language only.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { publish, startCms, tryPublish, type CmsSession } from '../support/cms.ts';
import { readMdxFile } from '../../src/build/content-files.ts';

const SERVICE = 'library-language-cafe';
const PAGE = 'about';
const fiFile = `content/services/fi/${SERVICE}.mdx`;

for (const locale of ['fi-FI', 'en-US']) {
  describe(`Decap CMS in Finnish, browser in ${locale}`, { timeout: 120_000 }, () => {
    let cms: CmsSession;
    let page: Page;
    const field = (name: string, pane = 0) => page.locator(`[id^="${name}-field-"]`).nth(pane);
    const data = (file: string) => readMdxFile(path.join(cms.repo, file), SERVICE).data as Record<string, unknown>;

    /** Opens an entry in Finnish (`?lang=fi`, whatever the browser's language), once its form is drawn. */
    async function open(hash: string) {
      page = await cms.openAdmin(`?lang=fi${hash}`);
      await field('name').waitFor({ state: 'attached', timeout: 20_000 });
    }

    /** Shows the preview (true) or the English column (false) on the right; Decap remembers which. */
    async function preview(on: boolean) {
      const frame = page.locator('iframe').first();
      const englishColumn = field('summary', 1);
      await expect
        .poll(async () => (await frame.isVisible()) || (await englishColumn.isVisible()), { timeout: 10_000 })
        .toBe(true)
        .catch(() => undefined);
      const shown = on ? frame : englishColumn;
      if (!(await shown.isVisible())) await page.locator(`[title="${on ? 'Näytä tai piilota esikatselu' : 'Näytä tai piilota kieliversiot'}"]`).click();
      await shown.waitFor();
    }

    async function retype(locator: ReturnType<typeof field>, text: string) {
      await locator.fill('');
      if (text) await locator.fill(text);
    }

    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

    beforeAll(async () => {
      cms = await startCms({ locale });
    }, 60_000);
    afterEach(async () => {
      await cms?.reset();
    }, 30_000);
    afterAll(async () => {
      await cms?.close();
    });

    it('takes a date typed the Finnish way, key by key, whatever the browser: 15.4.2027 is 15 April, stored 2027-04-15', async () => {
      await open(`#/collections/services/entries/${SERVICE}`);
      const box = field('reviewed');
      const understood = page.locator('[id^="reviewed-field-"][id$="-understood"]').first();
      // A stored date shows the Finnish way (d.m.yyyy), with the format in the hint.
      expect(await box.inputValue()).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
      expect(await page.getByText('Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi').count()).toBeGreaterThan(0);
      // A US-style date is refused rather than guessed (4 December or 12 April?).
      await box.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('4/12/2027', { delay: 30 });
      await page.keyboard.press('Tab');
      expect(await understood.innerText()).toBe('');
      await tryPublish(page);
      await expect.poll(() => page.getByText('Päivämäärää ei tunnistettu', { exact: false }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // An impossible day too.
      await box.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('31.2.2027', { delay: 30 });
      await page.keyboard.press('Tab');
      await tryPublish(page);
      await expect.poll(() => page.getByText('Tätä päivää ei ole kalenterissa', { exact: false }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // Key by key, the Finnish way: the box keeps every key and names the day it understood.
      await box.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('15.4.2027', { delay: 30 });
      await page.keyboard.press('Tab');
      expect(await box.inputValue()).toBe('15.4.2027');
      expect(await understood.innerText()).toBe('torstai 15. huhtikuuta 2027');
      // The ISO way is taken too, and shown the Finnish way once the entry is opened again.
      const updated = field('updated');
      await updated.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('2027-04-16', { delay: 30 });
      await page.keyboard.press('Tab');
      if (locale !== 'fi-FI') return;
      await publish(page);
      // The message after Publish agrees with the help: this is a practice copy, shown here at once.
      expect(await page.getByText(/^Julkaistu\. Tämä on harjoituskopio: muutos näkyy heti/).count()).toBeGreaterThan(0);
      expect(data(fiFile)['reviewed']).toBe('2027-04-15');
      expect(data(`content/services/en/${SERVICE}.mdx`)['reviewed']).toBe('2027-04-15');
      await open(`#/collections/services/entries/${SERVICE}`);
      expect(await field('reviewed').inputValue()).toBe('15.4.2027');
    });

    if (locale !== 'fi-FI') return;

    it('previews every collection, new and existing entries, without an error panel', async () => {
      const entries = [
        ['services', SERVICE],
        ['pages', PAGE],
        ['entry-points', 'looking-for-work'],
        ['calendar', 'library-language-cafes'],
        ['partners', 'familia'],
      ];
      // (The taxonomy files have no preview: `preview: false` in the generated config.)
      const hashes = [...entries.flatMap(([name, slug]) => [`#/collections/${name}/new`, `#/collections/${name}/entries/${slug}`])];
      page = await cms.openAdmin(`?lang=fi${hashes[0]}`);
      for (const hash of hashes) {
        await page.evaluate((to) => (location.hash = to), hash);
        await page.locator('[id*="-field-"]').first().waitFor({ state: 'attached', timeout: 20_000 });
        const frame = page.locator('iframe').first();
        if (!(await frame.isVisible())) await page.locator('[title="Näytä tai piilota esikatselu"]').click();
        await frame.waitFor();
        const preview = frame.contentFrame();
        // Drawn: the site's preview (an article per language), or Decap's error panel
        // ("Virhe – Tapahtui virhe" with the TypeError) when a preview throws.
        await preview.locator('article.cms-preview, [class*="rror"]').first().waitFor({ state: 'attached', timeout: 10_000 });
        const shown = `${await page.locator('body').innerText()}\n${await preview.locator('body').innerText()}`;
        expect(shown, hash).not.toMatch(/Tapahtui virhe|TypeError|Cannot read properties/);
      }
    });

    it('says in plain Finnish what happened when git refuses the save (a branch named "cms"), not "API_ERROR"', async () => {
      cms.git('branch', 'cms');
      try {
        await open(`#/collections/services/entries/${SERVICE}`);
        await retype(field('summary'), 'Harjoittele suomea rennosti kirjaston kielikahvilassa.');
        await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
        const toast = page.locator('.Toastify__toast-body').filter({ hasText: 'Muutosta ei tallennettu' });
        await toast.waitFor({ timeout: 30_000 });
        const text = await toast.innerText();
        expect(text).toContain('Yritä uudelleen: napsauta ”Julkaise” vielä kerran.');
        expect(text).not.toContain('API_ERROR');
        // The detail stays for whoever helps.
        expect(await toast.getAttribute('title')).toContain('API_ERROR');
      } finally {
        cms.git('branch', '-D', 'cms');
      }
    });

    it('brings back what was typed in a new, never saved entry after a reload', async () => {
      await open('#/collections/services/new');
      const typed = { name: 'Kielikahvila Kalliossa', summary: 'Puhu suomea rennosti.' };
      await field('name').fill(typed.name);
      await field('summary').fill(typed.summary);
      // Decap writes the backup a moment (2 s) after the last change, in localForage's default IndexedDB store.
      const storedBackup = () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve, reject) => {
              const request = indexedDB.open('localforage');
              request.onerror = () => reject(request.error);
              request.onsuccess = () => {
                const read = request.result.transaction('keyvaluepairs').objectStore('keyvaluepairs').get('backup.services');
                read.onsuccess = () => resolve(JSON.stringify(read.result ?? null));
                read.onerror = () => reject(read.error);
              };
            }),
        );
      await expect.poll(storedBackup, { timeout: 15_000 }).toContain(typed.summary);
      const before = cms.dialogs.length;
      await open('#/collections/services/new');
      await expect.poll(() => cms.dialogs.length, { timeout: 15_000 }).toBe(before + 1);
      expect(cms.dialogs.at(-1)).toMatch(/^confirm: /);
      await page.waitForTimeout(1_000);
      expect(await field('name').inputValue()).toBe(typed.name);
      expect(await field('summary').inputValue()).toBe(typed.summary);
    });

    it('puts the cursor in the new box of every list of texts: a keyword, a contact', async () => {
      await open(`#/collections/services/entries/${SERVICE}`);
      await page.getByRole('button', { name: 'Lisää hakusana' }).first().click();
      await expect.poll(focusedId).toMatch(/^keywords-field-/);
      // Typed as a person types (the box is Decap's, which redraws on each key).
      await page.keyboard.type('suomen kieli', { delay: 50 });
      const boxes = page.locator('input[id^="keywords-field-"]');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('suomen kieli');
      expect(await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toContain('suomen kieli');
      await page.getByRole('button', { name: 'Lisää yhteystieto' }).first().click();
      await expect.poll(focusedId).toMatch(/^label-field-/);
    });

    it('lists every problem of a refused save at once, Decap’s and the admin’s, each a link to its field', async () => {
      const file = path.join(cms.repo, fiFile);
      // A body as pasted: a link without https:// and a run of 201 characters (content:check's cap is 200).
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nLisätietoja: [Helmet](www.helmet.fi). ${'k'.repeat(201)}\n`);
      cms.git('commit', '--quiet', '-am', 'Pasted body');
      const head = cms.git('rev-parse', 'HEAD');
      await open(`#/collections/services/entries/${SERVICE}`);
      await preview(false);
      const englishName = page.locator(`input[id^="name-field-"][value="${(data(`content/services/en/${SERVICE}.mdx`) as { name: string }).name}"]`);
      await retype(englishName, '');
      await preview(true);
      await retype(field('summary'), 'a'.repeat(151));
      await retype(field('provider'), '');
      await tryPublish(page);
      const notice = page.getByRole('alert').filter({ hasText: 'Ei tallennettu. Korjaa nämä' });
      await notice.waitFor({ timeout: 15_000 });
      const links = notice.getByRole('listitem');
      const expected = [
        'Tiivistelmä (suomi): Enintään 150 merkkiä.',
        'Järjestäjä (suomi) on pakollinen.',
        'Nimi (englanti): Kirjoita tämä myös englanniksi.',
        /^Kuvaus \(suomi\): sanassa on 201 merkkiä \(”k{20}…”\); sana saa olla enintään 200 merkkiä/,
        /^Linkki ”www\.helmet\.fi” tekstissä: kirjoita koko osoite/,
      ];
      await expect
        .poll(
          async () => {
            const texts = await links.allTextContents();
            return expected.every((want) => texts.some((text) => (typeof want === 'string' ? text === want : want.test(text))));
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      // The English name is in the column the preview hides: its link shows the column and goes to the box.
      await notice.getByRole('button', { name: 'Nimi (englanti): Kirjoita tämä myös englanniksi.' }).click();
      await expect.poll(focusedId, { timeout: 10_000 }).toMatch(/^name-field-/);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('');
      expect(await field('summary', 1).isVisible()).toBe(true);
      await notice.getByRole('button', { name: 'Järjestäjä (suomi) on pakollinen.' }).click();
      expect(await focusedId()).toMatch(/^provider-field-/);
      expect(cms.git('rev-parse', 'HEAD')).toBe(head);
      expect(cms.git('branch', '--list', 'cms/*').trim()).toBe('');
    });

    it('previews each language under its own label, Finnish first', async () => {
      await open(`#/collections/services/entries/${SERVICE}`);
      await preview(true);
      const frame = page.frameLocator('iframe').first();
      const labels = frame.locator('section.cms-preview-language > p');
      await expect.poll(() => labels.allTextContents(), { timeout: 15_000 }).toEqual(['Esikatselu: suomi', 'Esikatselu: englanti']);
      const headings = frame.locator('section.cms-preview-language h1');
      expect(await headings.allTextContents()).toEqual([data(fiFile)['name'], data(`content/services/en/${SERVICE}.mdx`)['name']]);
      expect(await frame.locator('section.cms-preview-language').evaluateAll((sections) => sections.map((s) => s.getAttribute('lang')))).toEqual(['fi', 'en']);
    });

    it('names a new service’s file (its URL on both sites) after its English name', { timeout: 180_000 }, async () => {
      await open('#/collections/services/new');
      await preview(false);
      const names = { fi: 'Kävelyryhmä puolisoille', en: 'Walking group for spouses' };
      const slug = 'walking-group-for-spouses';
      for (const [pane, name] of [names.fi, names.en].entries()) {
        await field('name', pane).fill(name);
        await field('summary', pane).fill(pane === 0 ? 'Kävele ja puhu suomea.' : 'Walk and speak Finnish.');
        await field('provider', pane).fill(pane === 0 ? 'Spouse Program' : 'Spouse Program');
        await field('howToJoin', pane).fill(pane === 0 ? 'Tule paikalle.' : 'Just come.');
      }
      // Choices typed into their boxes, as in the option lists (Finnish labels).
      for (const [name, option] of [
        ['categories', 'Verkostoitumisen palvelut'],
        ['municipalities', 'Helsinki'],
        ['situations', 'Etsin töitä'],
        ['audiences', 'Asukkaat'],
        ['ages', '30–54-vuotiaat'],
        ['languages', 'suomi'],
        ['modes', 'Verkossa'],
        ['cost', 'Maksuton'],
      ] as const) {
        await field(name).click();
        await field(name).fill(option);
        await page.keyboard.press('Enter');
      }
      await field('reviewed').fill('2026-11-01');
      await field('owner').fill('spouseprogram@example.org');
      await publish(page);
      await expect.poll(() => existsSync(path.join(cms.repo, `content/services/fi/${slug}.mdx`)), { timeout: 15_000 }).toBe(true);
      expect(existsSync(path.join(cms.repo, `content/services/en/${slug}.mdx`))).toBe(true);
      expect(readFileSync(path.join(cms.repo, `content/services/fi/${slug}.mdx`), 'utf8')).not.toContain('siteSlug');
      const fi = readMdxFile(path.join(cms.repo, `content/services/fi/${slug}.mdx`), slug).data as Record<string, unknown>;
      const en = readMdxFile(path.join(cms.repo, `content/services/en/${slug}.mdx`), slug).data as Record<string, unknown>;
      expect([fi['name'], en['name']]).toEqual([names.fi, names.en]);
      // Not a file named after the Finnish name.
      expect(
        cms
          .git('ls-files', 'content/services')
          .split('\n')
          .filter((file) => file.includes('kavelyryhma')),
      ).toEqual([]);
    });
  });
}
