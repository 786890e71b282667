/**
 * The production path, as a Finnish editor clicks it: decap-server in git mode with the editorial workflow, on a
 * temporary git repository whose `main` is the published site. Save makes a draft branch that the workflow board
 * shows and the site does not; the one "Julkaise" button puts it on `main`. Keywords are typed as a person types
 * them (a comma list kept as typed, split on save), and a refused save says why at the top with links to the fields (also in a hidden column).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { publish, publishButton, startCms, tryPublish, type CmsSession } from '../support/cms.ts';
import { readMdxFile } from '../../src/build/content-files.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { today } from '../../src/client/cms/save-checks.js';

const SERVICE = 'library-language-cafe';
const BRANCH = `cms/services/${SERVICE}`;
const fiFile = `content/services/fi/${SERVICE}.mdx`;
let cms: CmsSession;
let page: Page;

const field = (name: string, pane = 0) => page.locator(`[id^="${name}-field-"]`).nth(pane);
const data = (file: string) => readMdxFile(path.join(cms.repo, file), SERVICE).data as { summary: string; keywords?: string[]; name: string };

async function open(hash: string) {
  page = await cms.openAdmin(hash);
  await page.locator('[id^="name-field-"]').first().waitFor({ state: 'attached', timeout: 20_000 });
  await preview(false);
}

/**
 * Shows the preview, or the English column, on the right (Decap shows one of them there, and remembers which across
 * entries): each has its own toggle, and a toggle clicked again leaves the right side empty.
 */
async function preview(on: boolean) {
  const frame = page.locator('iframe').first();
  // The English column's summary (the second; the first is the Finnish column's).
  const englishColumn = field('summary', 1);
  await field('summary').waitFor();
  // Either is drawn once the form has loaded, unless the right side was left empty.
  await expect
    .poll(async () => (await frame.isVisible()) || (await englishColumn.isVisible()), { timeout: 10_000 })
    .toBe(true)
    .catch(() => undefined);
  const shown = on ? frame : englishColumn;
  if (!(await shown.isVisible())) await page.locator(`[title="${on ? 'Näytä tai piilota esikatselu' : 'Näytä tai piilota kieliversiot'}"]`).click();
  await shown.waitFor();
}

/** Replaces a one-line text (Decap's string widget keeps its text when filled over). */
async function retype(locator: ReturnType<typeof field>, text: string) {
  await locator.fill('');
  if (text) await locator.fill(text);
}

beforeAll(async () => {
  cms = await startCms({ locale: 'fi-FI' });
}, 60_000);

// Each test starts from the published content: no draft branch or unsaved backup left by another.
afterEach(async (ctx) => {
  if (process.env['CMS_DEBUG'] && ctx.task.result?.state === 'fail') {
    await page.screenshot({ path: `/tmp/cms-fail-${ctx.task.name.slice(0, 20).replace(/\W/g, '_')}.png`, fullPage: true }).catch(() => {});
    console.log(
      await page
        .locator('body')
        .innerText()
        .catch(() => ''),
    );
  }
  await cms?.reset();
}, 30_000);

afterAll(async () => {
  await cms?.close();
});

describe('Decap CMS on the production path (git mode, editorial workflow), in Finnish', () => {
  it('saves a draft that only the workflow board shows, and publishes it with the one Julkaise button', { timeout: 120_000 }, async () => {
    await open(`#/collections/services/entries/${SERVICE}`);
    // Nothing to publish on an unchanged page: the button says so instead of doing nothing.
    await expect.poll(() => publishButton(page).isDisabled(), { timeout: 15_000 }).toBe(true);
    const published = data(fiFile).summary;
    const summary = 'Harjoittele suomea rennosti kirjaston kielikahvilassa!';
    await retype(field('summary'), summary);
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByText('Tila: Kesken', { exact: true }).waitFor({ timeout: 30_000 });
    // A draft: a branch of its own; the site's branch (checked out) is unchanged.
    expect(cms.git('branch', '--list', 'cms/*').trim()).toBe(BRANCH);
    expect(cms.fileOn(BRANCH, fiFile)).toContain(summary);
    expect(data(fiFile).summary).toBe(published);

    await page.getByRole('link', { name: /Kirjoitat kokoelmaan Palvelut/ }).click();
    await page.getByRole('link', { name: 'Työnkulku' }).click();
    await page
      .getByText(/Kirjastojen kielikahvilat/)
      .first()
      .waitFor({ timeout: 30_000 });

    // Reopened from its branch, the draft has both languages (the English file, unchanged, is read too).
    await open(`#/collections/services/entries/${SERVICE}`);
    expect(await field('name', 0).inputValue()).toBe(data(fiFile).name);
    await expect.poll(() => page.locator(`input[id^="name-field-"][value="${data(`content/services/en/${SERVICE}.mdx`).name}"]`).count()).toBe(1);
    expect(await publishButton(page).isDisabled()).toBe(false);
    await publish(page);
    // Published: merged into main, the draft branch gone, Decap's own confirmation asked once.
    expect(data(fiFile).summary).toBe(summary);
    expect(cms.git('branch', '--list', 'cms/*').trim()).toBe('');
    expect(cms.dialogs.at(-1)).toBe('confirm: Haluatko varmasti julkaista tämän sisällön?');
    expect(cms.git('status', '--porcelain').trim()).toBe('');
    // One edited field, one changed line, and "Päivitetty" set to the day of the save in both languages' files:
    // nothing else moves.
    const day = today();
    const updated = (file: string) => cms.git('show', `HEAD~1:${file}`).match(/^updated: .*$/m)?.[0];
    const enFile = `content/services/en/${SERVICE}.mdx`;
    expect(cms.git('diff', '--numstat', 'HEAD~1', 'HEAD').trim().split('\n').sort()).toEqual([`1\t1\t${enFile}`, `2\t2\t${fiFile}`]);
    const changed = (file: string) =>
      cms
        .git('diff', '--unified=0', 'HEAD~1', 'HEAD', '--', file)
        .split('\n')
        .filter((line) => /^[-+][^-+]/.test(line));
    expect(changed(fiFile)).toEqual([`-summary: ${published}`, `+summary: ${summary}`, `-${updated(fiFile)}`, `+updated: ${day}`]);
    expect(changed(enFile)).toEqual([`-${updated(enFile)}`, `+updated: ${day}`]);
    expect(cms.pageErrors).toEqual([]);
  });

  it('never says saved while the saved draft differs: add "!", save, toggle the preview, remove "!"', { timeout: 120_000 }, async () => {
    await open(`#/collections/services/entries/${SERVICE}`);
    const summary = await field('summary').inputValue();
    await field('summary').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('!');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByText('Tila: Kesken', { exact: true }).waitFor({ timeout: 30_000 });
    await expect.poll(() => cms.fileOn(BRANCH, fiFile) ?? '', { timeout: 10_000 }).toContain(`${summary}!`);
    await preview(true);
    await preview(false);
    await field('summary').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Backspace');
    expect(await field('summary').inputValue()).toBe(summary);
    // The draft still has the "!": the form must say so, and Save must be there to press.
    await expect.poll(() => page.getByText('Tallentamattomia muutoksia', { exact: true }).count(), { timeout: 5_000 }).toBe(1);
    expect(await page.getByText('Muutokset tallennettu', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tallenna', exact: true }).isDisabled()).toBe(false);
    await publish(page);
    expect(data(fiFile).summary).toBe(summary);
  });

  it(
    'keeps every letter of a comma list typed key by key, and saves it as separate keywords; a paste too, in both languages',
    { timeout: 180_000 },
    async () => {
      await open(`#/collections/services/entries/${SERVICE}`);
      const before = data(fiFile).keywords ?? [];
      const enFile = `content/services/en/${SERVICE}.mdx`;
      const beforeEn = data(enFile).keywords ?? [];
      const active = () => page.evaluate(() => [document.activeElement?.id ?? '', (document.activeElement as HTMLInputElement | null)?.value ?? '']);
      // "Lisää hakusana" puts the cursor in the new box; a person types the list at a person's pace.
      await page.getByRole('button', { name: 'Lisää hakusana' }).first().click();
      await expect.poll(async () => (await active())[0]).toMatch(/^keywords-field-/);
      const [box] = await active();
      await page.keyboard.type('suomen kieli, keskustelu, iltakurssi', { delay: 40 });
      // Every letter is in the box it was typed in: nothing is split or moved while typing.
      expect(await active()).toEqual([box, 'suomen kieli, keskustelu, iltakurssi']);
      // A comma list pasted into a new box (inserted at once, as a paste is), and one in the English column.
      await page.getByRole('button', { name: 'Lisää hakusana' }).first().click();
      await expect.poll(async () => (await active())[0]).not.toBe(box);
      await page.keyboard.insertText('kahvila, lainaus , ');
      await page.getByRole('button', { name: 'Lisää hakusana' }).nth(1).click();
      await expect.poll(async () => (await active())[1]).toBe('');
      await page.keyboard.insertText('evening course, Finnish practice');
      await publish(page);
      // One keyword per comma-separated part; "keskustelu" was there already and "Finnish practice" too: no repeats.
      expect(before).toContain('keskustelu');
      expect(data(fiFile).keywords).toEqual([...before, 'suomen kieli', 'iltakurssi', 'kahvila', 'lainaus']);
      expect(beforeEn).toContain('Finnish practice');
      expect(data(enFile).keywords).toEqual([...beforeEn, 'evening course']);
      // The form shows what was saved.
      const shown = () => page.locator('input[id^="keywords-field-"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      await expect.poll(shown, { timeout: 20_000 }).toEqual([...before, 'suomen kieli', 'iltakurssi', 'kahvila', 'lainaus', ...beforeEn, 'evening course']);
      expect(cms.contentCheck().output).toContain('Content OK');
    },
  );

  it('says at the top why a save was refused, with links to the fields, also those of a hidden column', { timeout: 120_000 }, async () => {
    await open(`#/collections/services/entries/${SERVICE}`);
    const head = cms.git('rev-parse', 'HEAD');
    await retype(field('summary'), 'a'.repeat(151));
    await retype(field('provider'), '');
    await tryPublish(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Ei tallennettu. Korjaa nämä' });
    await notice.waitFor({ timeout: 15_000 });
    const links = notice.getByRole('button');
    // Each line names the field and its language once; no line twice.
    await expect
      .poll(() => links.allTextContents())
      .toEqual(expect.arrayContaining(['Tiivistelmä (suomi): Enintään 150 merkkiä.', 'Järjestäjä (suomi) on pakollinen.']));
    const lines = await links.allTextContents();
    expect(new Set(lines).size).toBe(lines.length);
    for (const line of lines) expect(line).not.toMatch(/^([^:(]+)(?: \([^)]*\))?: \1:/);
    await notice.getByRole('button', { name: 'Tiivistelmä (suomi): Enintään 150 merkkiä.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^summary-field-/);
    // The notice is in the form, not over it: the field it led to is in view and not under the notice.
    const overlap = await page.evaluate(() => {
      const a = document.activeElement!.getBoundingClientRect();
      const b = document.getElementById('site-refusal')!.getBoundingClientRect();
      return a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right && a.bottom > 0 && a.top < innerHeight;
    });
    expect(overlap).toBe(false);

    // Fixed, the notice follows: once nothing is left it closes.
    await retype(field('summary'), 'Kielikahvilassa puhut suomea muiden kanssa.');
    await retype(field('provider'), 'Helsingin kaupunginkirjasto');
    await expect.poll(() => notice.isVisible(), { timeout: 10_000 }).toBe(false);

    // The English column hidden by the preview: its refused field is one link away.
    await preview(false);
    // The English name's box (the other inputs named "name" are places').
    await retype(page.locator(`input[id^="name-field-"][value="${data(`content/services/en/${SERVICE}.mdx`).name}"]`), '');
    const bothColumns = await page.locator('input[id^="name-field-"]').count();
    await preview(true);
    expect(await page.locator('input[id^="name-field-"]').count()).toBe(bothColumns / 2);
    await tryPublish(page);
    await notice.waitFor({ timeout: 15_000 });
    await notice.getByRole('button', { name: 'Nimi (englanti): Kirjoita tämä myös englanniksi.' }).click();
    await expect.poll(() => page.locator('input[id^="name-field-"]').count(), { timeout: 10_000 }).toBe(bothColumns);
    await expect.poll(() => links.allTextContents(), { timeout: 10_000 }).toContain('Nimi (englanti) on pakollinen.');
    expect(cms.git('rev-parse', 'HEAD')).toBe(head);
    expect(cms.git('branch', '--list', 'cms/*').trim()).toBe('');
  });

  it('copies a new contact to the English file when only the Finnish column is on screen, and asks for its English name', { timeout: 120_000 }, async () => {
    const other = 'hanko-language-cafe';
    const contacts = (locale: string) =>
      (readMdxFile(path.join(cms.repo, `content/services/${locale}/${other}.mdx`), other).data as { contacts?: { label: string; email?: string }[] })
        .contacts ?? [];
    const before = { fi: contacts('fi'), en: contacts('en') };
    await open(`#/collections/services/entries/${other}`);
    // The preview replaces the English column.
    await preview(true);
    await page.getByRole('button', { name: 'Lisää yhteystieto' }).first().click();
    const email = 'kielikahvila@hanko.example';
    const emails = page.locator('input[id^="email-field-"]');
    const newEmail = emails.nth((await emails.count()) - 1);
    await newEmail.fill(email);
    await newEmail.locator('xpath=preceding::input[starts-with(@id,"label-field-")][1]').fill('Kielikahvilan vetäjä');
    await tryPublish(page);
    // Brought in step and told so; the English name is asked for, one link away in the hidden column.
    await page.getByRole('status').filter({ hasText: 'Toisen kielen luettelot päivitettiin vastaamaan sinun luetteloitasi: Yhteystiedot.' }).waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'Ei tallennettu. Korjaa nämä' });
    await notice.getByRole('button', { name: /\(englanti\): Kirjoita tämä myös englanniksi\.$/ }).click();
    const english = page.locator(`input[id^="email-field-"][value="${email}"]`).nth(1);
    await english.waitFor({ timeout: 10_000 });
    await english.locator('xpath=preceding::input[starts-with(@id,"label-field-")][1]').fill('Language café host');
    await publish(page);
    expect(contacts('fi')).toEqual([...before.fi, { label: 'Kielikahvilan vetäjä', email }]);
    expect(contacts('en')).toEqual([...before.en, { label: 'Language café host', email }]);
  });

  it('refuses a body link written "www.…" or to a page the site does not have, saying how to write it', { timeout: 120_000 }, async () => {
    const other = 'kotoklubi-kaneli';
    const file = path.join(cms.repo, `content/services/fi/${other}.mdx`);
    // A body as editors paste it: one link without https://, one to a page that does not exist.
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nLisätietoja: [Helmet](www.helmet.fi) ja [ohjeet](/fi/ei-ole-olemassa/).\n`);
    cms.git('commit', '--quiet', '-am', 'Pasted links');
    const head = cms.git('rev-parse', 'HEAD');
    await open(`#/collections/services/entries/${other}`);
    await field('summary').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tervetuloa!');
    await tryPublish(page);
    await page
      .getByText(/Linkki ”www\.helmet\.fi” tekstissä: kirjoita koko osoite, joka alkaa https:\/\/, esim\. https:\/\/www\.helmet\.fi\./)
      .first()
      .waitFor({ timeout: 20_000 });
    await page
      .getByText(/Linkki ”\/fi\/ei-ole-olemassa\/” tekstissä: sivustolla ei ole tällaista sivua\./)
      .first()
      .waitFor();
    expect(cms.git('rev-parse', 'HEAD')).toBe(head);
    expect(cms.git('branch', '--list', 'cms/*').trim()).toBe('');
  });
});
