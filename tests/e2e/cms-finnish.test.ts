/**
 * Decap CMS as a Finnish editor uses it (a fi-FI browser), against decap-server on a copy of the content: the
 * interface and the form in Finnish, saving refused while either language is missing, a PDF on both language
 * sides, a preview with labels, a calendar event written the Finnish way that builds, a taxonomy renamed but its
 * used ids kept, and an entry opened and left without a question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Page } from 'playwright-core';
import { buildSite, readPage, tmpRoot } from '../support/build.ts';
import { publish, startCms, tryPublish, type CmsSession } from '../support/cms.ts';
import { readMdxFile } from '../../src/build/content-files.ts';
import { today } from '../../src/client/cms/save-checks.js';

const SERVICE = 'apprenticeship-training';
const buildName = 'cms-finnish-e2e';
let cms: CmsSession;
let page: Page;

const field = (name: string, pane = 0) => page.locator(`[id^="${name}-field-"]`).nth(pane);
const serviceFile = (locale: string) => path.join(cms.repo, 'content/services', locale, `${SERVICE}.mdx`);

async function open(hash: string, ready: string) {
  page = await cms.openAdmin(hash);
  await page.locator(`[id^="${ready}-field-"]`).first().waitFor({ state: 'attached', timeout: 20_000 });
}

/** "Julkaise": saves a draft, marks it ready and publishes it (merged into the temporary repository's main). */
const save = () => publish(page);
/** "Julkaise" where the save is to be refused. */
const refusedSave = () => tryPublish(page);

/** Replaces a one-line text (Decap's string widget keeps its text when filled over). */
async function retype(locator: ReturnType<typeof field>, text: string) {
  await locator.fill('');
  if (text) await locator.fill(text);
}

beforeAll(async () => {
  cms = await startCms({ locale: 'fi-FI' });
}, 60_000);

afterAll(async () => {
  await cms?.close();
  rmSync(path.join(tmpRoot, buildName), { recursive: true, force: true });
});

// Each publish is a save, a status change and a merge on decap-server: slower than a file write on a busy machine.
describe('Decap CMS for a Finnish editor', { timeout: 120_000 }, () => {
  it('speaks Finnish: the menus, the collections, the form, its counters and help; the left column stays Finnish', async () => {
    page = await cms.openAdmin('#/collections/services');
    for (const text of ['Sisällöt', 'Mediatiedostot', 'Kokoelmat', 'Palvelut', 'Kalenteri', 'Luokittelut', 'Oppisopimuskoulutus / Apprenticeship training']) {
      await expect.poll(() => page.getByText(text, { exact: true }).count(), { message: text, timeout: 15_000 }).toBeGreaterThan(0);
    }
    // The list shows every language's name, the editor's first, and searches them all.
    await expect
      .poll(() => page.getByText('Kirjastojen kielikahvilat / Language cafés in libraries', { exact: true }).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.getByPlaceholder('Hae kaikista').fill('kielikahvila');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(/kielikahvila/i).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByPlaceholder('Hae kaikista').fill('Language cafés');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('Kirjastojen kielikahvilat / Language cafés in libraries', { exact: true }).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);

    await open(`#/collections/services/entries/${SERVICE}`, 'name');
    for (const text of ['Kirjoitat kokoelmaan Palvelut', 'Julkaistu', 'Julkaise', 'Näytä sivustolla']) {
      await expect.poll(() => page.getByText(text, { exact: true }).count(), { message: text, timeout: 15_000 }).toBeGreaterThan(0);
    }
    const labels = await page.locator('label').allTextContents();
    for (const label of ['Nimi', 'Tiivistelmä', 'Järjestäjä', 'Kunta', 'Toteutustapa', 'Näkyvyys sivustolla', 'Vastuutiimin sähköposti']) {
      expect(
        labels.some((text) => text.startsWith(label)),
        label,
      ).toBe(true);
    }
    expect(labels.join(' ')).not.toMatch(/\b(Name|Summary|Provider|Status)\b/);
    await expect.poll(() => page.getByText(/^\d+ \/ 150 merkkiä$/).count()).toBe(2);
    // The counter is read with its field.
    const summary = field('summary');
    const counter = await summary.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${counter}"]`).innerText()).toMatch(/^\d+ \/ 150 merkkiä/);
    // Each column is labelled with its language's name; the left one is the editor's language, only the right one
    // switches, and its menu names the languages too.
    await page.getByText('Kieliversio: suomi', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: 'Kieliversio: suomi' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Kieliversio: englanti', exact: true }).click();
    await expect.poll(() => page.getByRole('menuitem').allTextContents()).toEqual(expect.arrayContaining(['Englanti']));
    expect((await page.getByRole('menuitem').allTextContents()).filter((text) => /^(fi|en)$/i.test(text.trim()))).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.getByText(/Kirjoitat kielellä/).count()).toBe(0);
    expect(await field('updated').isDisabled()).toBe(false);
    // Lists count in Finnish: the partitive after a number other than one, in both columns.
    await expect.poll(() => page.getByText('5 hakusanaa', { exact: true }).count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByText(/^(1 yhteystieto|(0|[2-9]|\d{2,}) yhteystietoa)$/).count()).toBe(2);
    expect(await page.getByText(/^\d+ (hakusanat|yhteystiedot|linkit)$/).count()).toBe(0);
    // No widget types or field keys in screen-reader names.
    expect(await page.locator('[aria-label^="Kenttä: "]').count()).toBe(0);
    // Dates are typed boxes with a Finnish placeholder (no English "Now" button; Päivitetty is set on save).
    expect(await page.locator('[id^="updated-field-"]').first().getAttribute('placeholder')).toBe('pp.kk.vvvv');
    expect(await page.getByRole('button', { name: /^updated:/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Ohje', exact: true }).click();
    const help = page.getByRole('dialog', { name: 'Näin muutos päätyy sivustolle' });
    await help.waitFor();
    const helpText = (await help.textContent()) ?? '';
    // Locally: a practice copy, in words without git (only the sentence for developers names it); online: when.
    expect(helpText).toContain('Olet nyt tässä. Tämä on harjoituskopio omalla koneellasi.');
    expect(helpText.split('Kehittäjälle:')[0]).not.toMatch(/git|haara|GitHub/i);
    expect(helpText).toContain('muutos näkyy yleensä noin 5 minuutin kuluessa');
    await help.getByRole('button', { name: 'Sulje' }).click();
    expect(cms.pageErrors).toEqual([]);
  });

  it('opens and leaves an entry without edits without asking anything', async () => {
    await open(`#/collections/services/entries/${SERVICE}`, 'name');
    await page.waitForTimeout(2_000);
    expect(await page.getByText('Tallentamattomia muutoksia').count()).toBe(0);
    const before = cms.dialogs.length;
    await page.locator('a[href="#/collections/services"]').first().click();
    await page.waitForURL(/#\/collections\/services$/);
    expect(cms.dialogs.slice(before)).toEqual([]);
  });

  it('refuses to save without the Finnish name, or without the English one, with a Finnish message next to the field', async () => {
    const before = ['fi', 'en'].map((locale) => readFileSync(serviceFile(locale), 'utf8'));
    await open(`#/collections/services/entries/${SERVICE}`, 'name');
    const finnishName = await field('name', 0).inputValue();
    await retype(field('name', 0), '');
    await refusedSave();
    await page.getByText('Nimi on pakollinen.').first().waitFor();
    await page.getByText('Ei tallennettu. Tarkista punaisella merkityt kentät.').first().waitFor();

    await retype(field('name', 0), finnishName);
    await retype(field('name', 1), '');
    await refusedSave();
    // The English column's field is marked before Decap's own check, so Decap refuses at once, and the notice at
    // the top lists it.
    await page.getByRole('alert').filter({ hasText: 'Ei tallennettu. Korjaa nämä' }).getByText('Nimi (englanti) on pakollinen.').waitFor();
    // Next to the English field, as Decap marks its own errors.
    await page.getByText('Nimi on pakollinen.').first().waitFor();
    await page.waitForTimeout(300);
    expect(['fi', 'en'].map((locale) => readFileSync(serviceFile(locale), 'utf8'))).toEqual(before);

    // Fixed, the English name saves: no error outlives its fix.
    await retype(field('name', 1), 'Apprenticeship training (updated)');
    await save();
    await expect
      .poll(() => (readMdxFile(serviceFile('en'), SERVICE).data as { name: string }).name, { timeout: 10_000 })
      .toBe('Apprenticeship training (updated)');
    expect((readMdxFile(serviceFile('fi'), SERVICE).data as { name: string }).name).toBe(finnishName);
  });

  it('attaches a PDF once for both languages: the English side gets the item to name, and the file read-only', async () => {
    await open(`#/collections/services/entries/${SERVICE}`, 'name');
    const pdf = 'kurssiesite.pdf';
    await page.getByRole('button', { name: 'Lisää liite' }).first().click();
    // One word wherever a file comes in: "Lisää tiedosto" on the field and in the media library.
    const choose = page.getByRole('button', { name: 'Lisää tiedosto', exact: true }).first();
    // The new item's name box is the one just before its file button.
    await choose.locator('xpath=preceding::input[starts-with(@id,"label-field-")][1]').fill('Kurssiesite');
    await choose.click();
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles([{ name: pdf, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${pdf}\n%%EOF\n`) }]);
    expect(await page.getByRole('button', { name: 'Lisää tiedosto', exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Käytä valittuja' }).click();
    // Both columns show the file: the English list took the new item over, its file as a read-only copy.
    await expect.poll(() => page.getByText(`/attachments/${pdf}`).count()).toBe(2);
    const englishName = page.locator('input[id^="label-field-"]').last();
    expect(await englishName.inputValue()).toBe('');
    const change = page.getByRole('button', { name: 'Vaihda tiedosto' });
    // Decap redraws the file widgets after the paths: wait for both buttons.
    await expect.poll(() => change.count()).toBe(2);
    expect(await change.nth(1).isDisabled()).toBe(true);
    expect(await change.nth(1).locator('xpath=ancestor::div[contains(@class, "site-shared")][1]').innerText()).toContain(
      'Sama kaikilla kielillä. Muokkaa tätä suomenkielisessä sarakkeessa.',
    );
    await englishName.fill('Course flyer');
    await save();
    const attachments = (locale: 'fi' | 'en') => (readMdxFile(serviceFile(locale), SERVICE).data as { attachments?: unknown[] }).attachments;
    await expect.poll(() => attachments('fi'), { timeout: 10_000 }).toEqual([{ label: 'Kurssiesite', file: `/attachments/${pdf}` }]);
    expect(attachments('en')).toEqual([{ label: 'Course flyer', file: `/attachments/${pdf}` }]);
    expect(readdirSync(path.join(cms.repo, 'public/attachments'))).toEqual([pdf]);
    expect(cms.contentCheck().output).toContain('Content OK');
  });

  it('enters a contact once: the English side gets its e-mail and asks only for its name', async () => {
    await open(`#/collections/services/entries/${SERVICE}`, 'name');
    const email = 'courses@example.org';
    await page.getByRole('button', { name: 'Lisää yhteystieto' }).first().click();
    // The new contact is the last of the Finnish column's: its name box and e-mail box.
    const emails = page.locator('input[id^="email-field-"]');
    const count = await emails.count();
    const newEmail = emails.nth(count / 2 - 1);
    await newEmail.fill(email);
    await newEmail.locator('xpath=preceding::input[starts-with(@id,"label-field-")][1]').fill('Kurssitoimisto');
    await expect.poll(() => page.locator(`input[id^="email-field-"][value="${email}"]`).count()).toBe(2);
    await refusedSave();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Ei tallennettu. Korjaa nämä' })
      .getByText(/Yhteystiedon nimi.*(pakollinen|englanniksi)/)
      .first()
      .waitFor();
    await page
      .locator(`input[id^="email-field-"][value="${email}"]`)
      .nth(1)
      .locator('xpath=preceding::input[starts-with(@id,"label-field-")][1]')
      .fill('Course office');
    await save();
    const contacts = (locale: 'fi' | 'en') =>
      (readMdxFile(serviceFile(locale), SERVICE).data as { contacts?: { label: string; email?: string }[] }).contacts ?? [];
    await expect.poll(() => contacts('en').at(-1), { timeout: 10_000 }).toEqual({ label: 'Course office', email });
    expect(contacts('fi').at(-1)).toEqual({ label: 'Kurssitoimisto', email });
  });

  it('previews the page with labels in Finnish, not ids', async () => {
    await open(`#/collections/services/entries/${SERVICE}`, 'name');
    await page.locator('[title="Näytä tai piilota esikatselu"]').click();
    // The Finnish page comes first, then the English one (each language's preview under its name).
    const preview = page.locator('iframe').first().contentFrame().locator('section[lang="fi"]');
    await preview.locator('h1').waitFor();
    const text = await preview.innerText();
    expect(await preview.locator('h1').innerText()).toBe(await field('name').inputValue());
    for (const label of ['Toteutustapa', 'Verkossa ja paikan päällä', 'Kunta', 'Helsinki', 'Näkyvyys sivustolla', 'Julkaistu: näkyy sivustolla'])
      expect(text).toContain(label);
    expect(text).not.toMatch(/\b(hybrid|in-person|published|studies|spouses)\b/);
    // Related services are stored by file name: the preview leaves them out rather than show ids.
    expect(text).not.toMatch(/pay-subsidy|labour-market-training/);
  });

  it('saves a calendar event with a place and a time written "17.30", stored as 17:30', async () => {
    await open('#/collections/calendar/new', 'en');
    // Each { en, fi } text in form order: title, description, place.
    await field('en', 0).fill('Spouse coffee morning');
    await field('fi', 0).fill('Puolisoiden aamukahvit');
    await field('en', 1).fill('Meet other spouses over coffee.');
    await field('fi', 1).fill('Tapaa muita puolisoita kahvin äärellä.');
    await field('start').fill('2026-12-17');
    await field('startTime').fill('17.30');
    await field('endTime').fill('19.00');
    await field('en', 2).fill('Oodi Central Library, Töölönlahdenkatu 4');
    await field('fi', 2).fill('Keskustakirjasto Oodi, Töölönlahdenkatu 4');
    await field('audiences').click();
    await field('audiences').fill('Kansainvälisten osaajien puolisot');
    await page.keyboard.press('Enter');
    // Months by name, and no repetition unless chosen.
    await field('months').click();
    expect(await page.getByText('Joulukuu', { exact: true }).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect((await page.locator('label').allTextContents()).some((label) => label.startsWith('Toistuvuus'))).toBe(true);
    await save();
    const file = path.join(cms.repo, 'content/calendar/spouse-coffee-morning.yaml');
    await expect.poll(() => existsSync(file), { timeout: 10_000 }).toBe(true);
    expect(YAML.parse(readFileSync(file, 'utf8'))).toMatchObject({
      title: { en: 'Spouse coffee morning', fi: 'Puolisoiden aamukahvit' },
      start: '2026-12-17',
      startTime: '17:30',
      endTime: '19:00',
      location: { fi: 'Keskustakirjasto Oodi, Töölönlahdenkatu 4' },
      recurrence: 'none',
      audiences: ['spouses'],
    });
  });

  it('saves a series of three dates typed the Finnish way, and lists them as 15.4.2027', async () => {
    await open('#/collections/calendar/new', 'en');
    await field('en', 0).fill('Spring language evenings');
    await field('fi', 0).fill('Kevään kieli-illat');
    await field('en', 1).fill('Practise Finnish together.');
    await field('fi', 1).fill('Harjoittele suomea yhdessä.');
    const typed = ['15.4.2027', '13.05.2027', '10.6.2027'];
    for (const [index, date] of typed.entries()) {
      await page.getByRole('button', { name: 'Lisää päivä', exact: true }).first().click();
      const box = page.locator('input[id^="date-field-"]').nth(index);
      await box.click();
      await page.keyboard.type(date, { delay: 20 });
      await page.keyboard.press('Tab');
      expect(await box.inputValue()).toBe(date);
    }
    await field('audiences').click();
    await field('audiences').fill('Kansainvälisten osaajien puolisot');
    await page.keyboard.press('Enter');
    await save();
    const file = path.join(cms.repo, 'content/calendar/spring-language-evenings.yaml');
    await expect.poll(() => existsSync(file), { timeout: 10_000 }).toBe(true);
    const saved = YAML.parse(readFileSync(file, 'utf8')) as { occurrences: { date: string }[]; start?: string };
    expect(saved.occurrences.map((o) => o.date)).toEqual(['2027-04-15', '2027-05-13', '2027-06-10']);
    expect(saved.start).toBeUndefined();
    expect(cms.contentCheck().output).toContain('Content OK');
    // Folded, a row is titled with its date the way it was typed.
    await open('#/collections/calendar/entries/spring-language-evenings', 'en');
    const firstRow = page.locator('[class*="ListItemTopBar"]').first();
    await firstRow.locator('button').first().click();
    await expect.poll(() => page.getByText('15.4.2027', { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.getByText('2027-04-15', { exact: true }).count()).toBe(0);
    // A row with no date yet, folded, is titled without a date (Decap's date filter read a missing date as today).
    const rows = await page.locator('[class*="ListItemTopBar"]').count();
    await page.getByRole('button', { name: 'Lisää päivä', exact: true }).first().click();
    const newRow = page.locator('[class*="ListItemTopBar"]').nth(rows);
    await newRow.waitFor();
    expect(await page.locator('input[id^="date-field-"]').last().inputValue()).toBe('');
    await newRow.locator('button').first().click();
    const now = new Date();
    const todays = [`${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`, today()];
    await expect.poll(async () => (await newRow.locator('xpath=..').innerText()).trim(), { timeout: 10_000 }).toBe('Päivä');
    for (const text of todays) expect(await page.getByText(text, { exact: true }).count()).toBe(0);
  });

  it('opens a new service with nothing marked red, "Tarkistettu" set to today, and Julkaise apart from the delete button', async () => {
    // A refused save first: it must not leave the next form marked.
    await open(`#/collections/services/entries/${SERVICE}`, 'name');
    await retype(field('name', 0), '');
    await refusedSave();
    await page.getByText('Nimi on pakollinen.').first().waitFor();
    // Decap's red delete button is set apart from Julkaise, plain, not a second big red button beside it.
    const publishBox = await page.locator('#site-publish').boundingBox();
    const remove = page.getByRole('button', { name: 'Poista julkaistu sisältö', exact: true });
    const removeBox = await remove.boundingBox();
    expect(removeBox!.x - (publishBox!.x + publishBox!.width)).toBeGreaterThanOrEqual(40);
    expect(await remove.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(255, 255, 255)');

    await open('#/collections/services/new', 'name');
    await field('summary').waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('ul[class*="ControlErrorsList"] li').allTextContents()).toEqual([]);
    const now = new Date();
    expect(await field('reviewed').inputValue()).toBe(`${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`);
    const hints = await page.locator('[class*="ControlHint"]').allTextContents();
    expect(hints.join(' ')).toContain('Molemmat kielet käyttävät samaa osoitetta');
    expect(hints.join(' ')).toContain('Tarkistusraportti ryhmittelee palvelut sen mukaan');
  });

  it('renames a delivery mode, keeping its id', { timeout: 240_000 }, async () => {
    const file = path.join(cms.repo, 'content/taxonomies/modes.yaml');
    await open('#/collections/taxonomies/entries/modes', 'id');
    // A term's row: its top bar holds the expand (first) and remove (last) buttons.
    const topBar = (summary: string) =>
      page.getByText(summary, { exact: true }).locator('xpath=ancestor::div[contains(@class,"ListItem")][1]').locator(':scope > div').first();
    await topBar('Verkossa / Online').locator('button').first().click();
    const finnishLabel = page.locator('input[id^="fi-field-"]').nth(1);
    expect(await finnishLabel.inputValue()).toBe('Verkossa');
    await retype(finnishLabel, 'Etänä verkossa');
    await save();
    const terms = () => (YAML.parse(readFileSync(file, 'utf8')) as { terms: { id: string; label: { fi: string } }[] }).terms;
    await expect.poll(() => terms().find((t) => t.id === 'online')?.label.fi, { timeout: 10_000 }).toBe('Etänä verkossa');
  });

  it('refuses at once to remove a term that content uses, naming the entries, and keeps it', async () => {
    const file = path.join(cms.repo, 'content/taxonomies/modes.yaml');
    await open('#/collections/taxonomies/entries/modes', 'id');
    // Remove "in-person" (its ✕ named by the term's names), which services use: refused at once, naming the
    // services by their names (no id, no file), the term kept.
    const before = readFileSync(file, 'utf8');
    const dialogs = cms.dialogs.length;
    await page.getByRole('button', { name: 'Poista Paikan päällä / In person', exact: true }).click();
    const refusal = page
      .getByRole('status')
      .filter({ hasText: /Termiä ”Paikan päällä” käyttävät nämä sisällöt, joten sitä ei voi poistaa: .*Kirjastojen kielikahvilat/ });
    await refusal.waitFor();
    expect(await refusal.innerText()).not.toMatch(/services\/|\.mdx|in-person/);
    expect(await page.getByText('Paikan päällä / In person', { exact: true }).count()).toBe(1);
    expect(cms.dialogs.slice(dialogs)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('builds the site from what the editor saved', { timeout: 240_000 }, async () => {
    expect(cms.contentCheck().output).toContain('Content OK');
    const build = buildSite(path.join(cms.repo, 'content'), buildName);
    expect(build.status, build.output).toBe(0);
    const calendar = readPage(build.outDir, '/fi/calendar/').querySelector('main')!.text;
    expect(calendar).toContain('Puolisoiden aamukahvit');
    expect(calendar).toContain('Keskustakirjasto Oodi, Töölönlahdenkatu 4');
    expect(calendar).toMatch(/klo 17\.30[–-]19\.00/);
    expect(readPage(build.outDir, '/fi/services/digital-skills-for-working-life/').querySelector('main')!.text).toContain('Etänä verkossa');
  });
});
