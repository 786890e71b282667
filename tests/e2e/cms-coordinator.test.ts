/**
 * What a City communications coordinator (WordPress, no git) still met in the Finnish CMS, as she met it: fields the
 * same in every language that behaved three ways (a street address not copied, e-mails and files that looked
 * editable in the English column, copies marked red or required there), an error list that named shared fields
 * twice and a taxonomy id "(suomi)", and a new row red before anything was typed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { publish, startCms, tryPublish, type CmsSession } from '../support/cms.ts';
import { readMdxFile } from '../../src/build/content-files.ts';

const SERVICE = 'espoo-employment-services-advice';
const shared = 'Sama kaikilla kielillä. Muokkaa tätä suomenkielisessä sarakkeessa.';
let cms: CmsSession;
let page: Page;

/** The Finnish (0) or the English (1) column. */
const column = (pane: 0 | 1) => page.locator(pane === 0 ? '.Pane1' : '.Pane2');
/** The `index`th box of the fields named `name` in a column (a list item's field shares its name's prefix, so top-level ones come first). */
const box = (name: string, pane: 0 | 1 = 0, index = 0) => column(pane).locator(`input[id^="${name}-field-"], textarea[id^="${name}-field-"]`).nth(index);
/** The last box of the fields named `name` in a list of a column (its newest item's). */
const lastIn = (list: string, name: string, pane: 0 | 1) =>
  column(pane).locator(`[id^="${list}-field-"]`).first().locator(`input[id^="${name}-field-"]`).last();
const service = (locale: string) => readMdxFile(path.join(cms.repo, 'content/services', locale, `${SERVICE}.mdx`), SERVICE).data as Record<string, any>;
/** The errors Decap shows next to the fields, each as `<field id>: <message>`. */
const marked = () =>
  page
    .locator('ul[class*="ControlErrorsList"]')
    .evaluateAll((lists) => lists.map((list) => `${list.parentElement?.querySelector('label')?.getAttribute('for')}: ${list.textContent}`));
const notice = () => page.getByRole('alert').filter({ hasText: 'Ei tallennettu. Korjaa nämä' });

/** Replaces a one-line text (Decap's string widget keeps its text when filled over). */
async function retype(input: ReturnType<typeof box>, text: string) {
  await input.fill('');
  if (text) await input.fill(text);
}

async function open(hash: string, ready = 'name') {
  page = await cms.openAdmin(`?lang=fi${hash}`);
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

beforeAll(async () => {
  cms = await startCms({ locale: 'fi-FI' });
}, 60_000);
afterEach(async () => {
  await cms?.reset();
}, 30_000);
afterAll(async () => {
  await cms?.close();
});

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
      expect(await readOnlyWithNote(copy), await copy.getAttribute('id')).toEqual({ readOnly: true, note: shared });
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
    expect(cms.pageErrors).toEqual([]);
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
