/**
 * What a City communications coordinator (WordPress, no git) still met in the Finnish CMS, as she met it: fields the
 * same in every language that behaved three ways (a street address not copied, e-mails and files that looked
 * editable in the English column, copies marked red or required there), an error list that named shared fields
 * twice and a taxonomy id "(suomi)", and a new row red before anything was typed.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { publish, retype, tryPublish, useCmsSession } from '../support/cms.ts';
import { readMdxFile } from '../../src/build/content-files.ts';

const SERVICE = 'espoo-employment-services-advice';
const shared = 'Sama kaikilla kielillä. Muokkaa tätä suomenkielisessä sarakkeessa.';
const session = useCmsSession({ locale: 'fi-FI' });
let page: Page;

/** The Finnish (0) or the English (1) column. */
const column = (pane: 0 | 1) => page.locator(pane === 0 ? '.Pane1' : '.Pane2');
/** The `index`th box of the fields named `name` in a column (a list item's field shares its name's prefix, so top-level ones come first). */
const box = (name: string, pane: 0 | 1 = 0, index = 0) => column(pane).locator(`input[id^="${name}-field-"], textarea[id^="${name}-field-"]`).nth(index);
/** The last box of the fields named `name` in a list of a column (its newest item's). */
const lastIn = (list: string, name: string, pane: 0 | 1) =>
  column(pane).locator(`[id^="${list}-field-"]`).first().locator(`input[id^="${name}-field-"]`).last();
const service = (locale: string) => readMdxFile(path.join(session.cms.repo, 'content/services', locale, `${SERVICE}.mdx`), SERVICE).data as Record<string, any>;
/** The errors Decap shows next to the fields, each as `<field id>: <message>`. */
const marked = () =>
  page
    .locator('ul[class*="ControlErrorsList"]')
    .evaluateAll((lists) => lists.map((list) => `${list.parentElement?.querySelector('label')?.getAttribute('for')}: ${list.textContent}`));
const notice = () => page.getByRole('alert').filter({ hasText: 'Ei tallennettu. Korjaa nämä' });

async function open(hash: string, ready = 'name') {
  page = await session.cms.openAdmin(`?lang=fi${hash}`);
  await page.locator(`[id^="${ready}-field-"]`).first().waitFor({ state: 'attached', timeout: 30_000 });
  // The form is drawn in full (both columns) before anything is typed.
  await page.waitForTimeout(1_000);
}

/** The English column's copy of a part: read-only, and described by the note saying where it is edited. */
async function readOnlyWithNote(input: ReturnType<typeof box>) {
  const readOnly = await input.evaluate((input) => (input as HTMLInputElement).readOnly || input.getAttribute('aria-readonly') === 'true');
  const note = await input.evaluate((input) => {
    const described = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    return described?.classList.contains('site-shared-note') ? described.textContent : '';
  });
  return { readOnly, note };
}

describe('fields the same in every language', { timeout: 180_000 }, () => {
  it('copies a new place’s street address to the English column, where it and every other shared field are read-only with a note', async () => {
    await open(`#/collections/services/entries/${SERVICE}`);
    await page.getByRole('button', { name: 'Lisää toimipaikka' }).first().click();
    await page.keyboard.type('Leppävaaran kirjasto', { delay: 20 });
    await retype(lastIn('locations', 'address', 0), 'Leppävaarankatu 9, 02600 Espoo');
    // The English column's new place: its name to translate, its address copied and read-only.
    const englishAddress = lastIn('locations', 'address', 1);
    await expect.poll(() => englishAddress.inputValue(), { timeout: 10_000 }).toBe('Leppävaarankatu 9, 02600 Espoo');
    expect(await readOnlyWithNote(englishAddress)).toEqual({ readOnly: true, note: shared });
    expect(await readOnlyWithNote(lastIn('locations', 'name', 1))).toEqual({ readOnly: false, note: '' });
    // Typed into, it stays the Finnish column's.
    await englishAddress.focus();
    await page.keyboard.type('X');
    await page.keyboard.press('Backspace');
    expect(await englishAddress.inputValue()).toBe('Leppävaarankatu 9, 02600 Espoo');
    // The same everywhere: a contact's e-mail and phone, a date, the owner, a choice; a web page is each language's.
    for (const copy of [box('email', 1), box('phone', 1), box('owner', 1), box('reviewed', 1)]) {
      expect(await readOnlyWithNote(copy), (await copy.getAttribute('id')) ?? undefined).toEqual({ readOnly: true, note: shared });
    }
    expect(await readOnlyWithNote(box('url', 1))).toEqual({ readOnly: false, note: '' });
    expect(
      await column(1)
        .locator('.site-shared')
        .filter({ has: page.locator('[id^="municipalities-field-"]') })
        .innerText(),
    ).toContain(shared);
    // Nothing in the Finnish column says so.
    expect(await readOnlyWithNote(lastIn('locations', 'address', 0))).toEqual({ readOnly: false, note: '' });
    expect(await column(0).locator('.site-shared').count()).toBe(0);

    await lastIn('locations', 'name', 1).fill('Leppävaara Library');
    await publish(page);
    await expect
      .poll(() => service('en')['locations'].at(-1), { timeout: 15_000 })
      .toEqual({ name: 'Leppävaara Library', address: 'Leppävaarankatu 9, 02600 Espoo' });
    expect(session.cms.pageErrors).toEqual([]);
  });

  it('marks a shared field wrong once, in the Finnish column only, lists it once without a language, and unmarks it when fixed', async () => {
    await open(`#/collections/services/entries/${SERVICE}`);
    await retype(box('email'), 'tyollisyyspalvelut');
    await retype(box('name', 1), '');
    await tryPublish(page);
    await notice().waitFor({ timeout: 15_000 });
    const lines = notice().getByRole('listitem');
    await expect
      .poll(() => lines.allTextContents(), { timeout: 10_000 })
      .toEqual(['Yhteystiedot 1 › Sähköposti: Kirjoita sähköpostiosoite, esim. info@hel.fi. Enintään 254 merkkiä.', 'Nimi (englanti) on pakollinen.']);
    const emails = await page.locator('[id^="email-field-"]').evaluateAll((boxes) => boxes.map((box) => box.id));
    const wrong = await marked();
    expect(wrong.filter((line) => line.startsWith(`${emails[0]}:`))).toHaveLength(1);
    // The English column's copy is neither red nor "required".
    expect(wrong.filter((line) => line.startsWith(`${emails[1]}:`))).toEqual([]);

    await retype(box('email'), 'tyollisyyspalvelut@espoo.fi');
    await expect.poll(async () => (await marked()).filter((line) => /^email-field-/.test(line)), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => lines.allTextContents(), { timeout: 10_000 }).toEqual(['Nimi (englanti) on pakollinen.']);
    expect(await box('email', 1).inputValue()).toBe('tyollisyyspalvelut@espoo.fi');
  });

  it('leaves a new row unmarked until it is left or saved, also after a refused save', async () => {
    await open(`#/collections/services/entries/${SERVICE}`);
    await page.getByRole('button', { name: 'Lisää yhteystieto' }).first().click();
    await page.waitForTimeout(1_500);
    expect(await marked()).toEqual([]);
    await retype(box('name', 1), '');
    await tryPublish(page);
    await notice().waitFor({ timeout: 15_000 });
    const before = await marked();
    await page.getByRole('button', { name: 'Lisää yhteystieto' }).first().click();
    await page.waitForTimeout(1_500);
    // Nothing new is marked: not the new contact's name, nor its English copy.
    expect(await marked()).toEqual(before);
  });
});

describe('names, not ids, files or stored values', { timeout: 180_000 }, () => {
  const taxonomy = path.join('content', 'taxonomies', 'modes.yaml');
  const idBoxes = () => page.locator('input[id^="id-field-"]');

  it('lists terms by their names, makes a new term’s id from its name (still editable), and offers unsaved terms back after a reload', async () => {
    const errors = session.cms.pageErrors.length;
    await open('#/collections/taxonomies/entries/modes', 'terms');
    const titles = await page.locator('[class*="NestedObjectLabel"]').allTextContents();
    expect(titles).toContain('Paikan päällä / In person');
    expect(titles.filter((title) => /^[a-z-]+:/.test(title.trim()))).toEqual([]);
    const hint = await page.locator('[class*="ControlHint"]').filter({ hasText: 'Käytössä:' }).innerText();
    expect(hint).toContain('Paikan päällä (');
    expect(hint).not.toContain('in-person (');

    await page.getByRole('button', { name: 'Lisää termi' }).click();
    await expect.poll(() => idBoxes().count()).toBeGreaterThan(4);
    const id = idBoxes().last();
    await page.locator('input[id^="fi-field-"]').last().fill('Puhelimessa');
    await expect.poll(() => id.inputValue(), { timeout: 5_000 }).toBe('puhelimessa');
    await page.locator('input[id^="en-field-"]').last().pressSequentially('Phone call', { delay: 20 });
    await expect.poll(() => id.inputValue(), { timeout: 5_000 }).toBe('phone-call');
    // The editor's own id stays, whatever the name becomes.
    await retype(id, 'call');
    await page.locator('input[id^="en-field-"]').last().pressSequentially('s', { delay: 20 });
    expect(await id.inputValue()).toBe('call');

    const dialogs = session.cms.dialogs.length;
    await page.waitForTimeout(3_000); // Decap keeps unsaved work 2 s after the last change.
    await open('#/collections/taxonomies/entries/modes', 'terms');
    await expect
      .poll(() => session.cms.dialogs.slice(dialogs), { timeout: 15_000 })
      .toEqual(['confirm: Tästä sisällöstä löytyi paikallinen varmuuskopio. Haluatko käyttää sitä?']);
    await expect.poll(() => idBoxes().last().inputValue(), { timeout: 10_000 }).toBe('call');
    await publish(page);
    await expect.poll(() => session.cms.fileOn('main', taxonomy), { timeout: 15_000 }).toMatch(/\n {2}- id: call\n {4}label:\n/);
    expect(session.cms.fileOn('main', taxonomy)).toMatch(/fi: Puhelimessa/);
    // (A refused save in an earlier test leaves Decap's own rejection, "undefined", among the page's errors.)
    expect(session.cms.pageErrors.slice(errors)).toEqual([]);
  });

  it('lists a term’s problems once, named by the term’s place, and its id with no language', async () => {
    await open('#/collections/taxonomies/entries/modes', 'terms');
    const terms = await idBoxes().count();
    await page.getByRole('button', { name: 'Lisää termi' }).click();
    await expect.poll(() => idBoxes().count()).toBe(terms + 1);
    await idBoxes().last().fill('Väärä tunniste');
    await tryPublish(page);
    await notice().waitFor({ timeout: 15_000 });
    await expect
      .poll(() => notice().getByRole('listitem').allTextContents(), { timeout: 10_000 })
      .toEqual([
        `Termit ${terms + 1} › Tunniste: Käytä vain pieniä kirjaimia a–z, numeroita ja yksittäisiä yhdysmerkkejä, esim. job-search. Enintään 100 merkkiä.`,
        `Termit ${terms + 1} › Nimi (suomi) on pakollinen.`,
        `Termit ${terms + 1} › Nimi (englanti) on pakollinen.`,
      ]);
  });

  it('offers the sign-up link texts the site shows, links "Näytä sivustolla" to the entry in the calendar, and previews dates the Finnish way', async () => {
    const entry = 'end-of-year-get-together-2026';
    await open(`#/collections/calendar/entries/${entry}`, 'title');
    const labels = (await page.locator('label').allTextContents()).join(' | ');
    expect(labels).toContain('Ilmoittautumislinkin teksti');
    expect(labels).not.toMatch(/signup|apply|contact/i);
    await page.locator('[id^="signupAction-field-"]').first().click();
    expect(await page.getByRole('option').allTextContents()).toEqual(['Ilmoittaudu', 'Hae mukaan', 'Ota yhteyttä']);
    await page.keyboard.press('Escape');

    const live = page.getByRole('link', { name: 'Näytä sivustolla' });
    await live.waitFor({ timeout: 15_000 });
    const href = new URL((await live.getAttribute('href'))!);
    expect(`${href.pathname}${href.hash}`).toBe(`/fi/calendar/#entry-${entry}`);
    // The anchor is on the page, at the entry's first listing.
    const calendar = await (await fetch(session.cms.site.url('/fi/calendar/'))).text();
    expect(calendar).toMatch(new RegExp(`<li data-calendar-entry="${entry}" id="entry-${entry}"`));

    const frame = page.locator('iframe').first();
    if (!(await frame.isVisible())) await page.locator('[title="Näytä tai piilota esikatselu"]').click();
    const preview = frame.contentFrame().locator('article.cms-preview');
    await preview.waitFor({ timeout: 15_000 });
    const text = await preview.innerText();
    expect(text).toContain('10.12.2026 klo 17.00–20.00');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/);
  });

  it('names the new-entry button and the file buttons in words, one term for adding a file', async () => {
    page = await session.cms.openAdmin('?lang=fi#/collections/services');
    const add = page.locator('a[href="#/collections/services/new"]').first();
    await add.waitFor({ timeout: 30_000 });
    expect((await add.innerText()).trim()).toBe('Luo uusi: Palvelu');
    await page
      .getByRole('link', { name: 'Mediatiedostot' })
      .or(page.getByRole('button', { name: 'Mediatiedostot' }))
      .first()
      .click();
    await page.getByRole('button', { name: 'Lisää tiedosto', exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByText(/^(Lataa|Lähetä tiedosto)$/).count()).toBe(0);
  });
});
