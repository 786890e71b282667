/**
 * Decap CMS keeps unsaved work in the browser (a local backup) and offers it back when the entry is opened again
 * (src/client/cms/backups.js). Accepted, it must stay, not be replaced by the entry as it loads. It is kept with
 * Decap's "default locale", the left column, which here is the editor's interface language: work left unsaved in
 * Finnish and taken up in English must come back with each language in its own column, and save into each
 * language's own file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { publish, startCms, type CmsSession } from '../support/cms.ts';
import { readMdxFile } from '../../src/build/content-files.ts';

const SERVICE = 'apprenticeship-training';
const draft = { fi: 'Oppisopimuskoulutus (luonnos)', en: 'Apprenticeship training (draft)' };
let cms: CmsSession;
let page: Page;

const field = (name: string, pane = 0) => page.locator(`[id^="${name}-field-"]`).nth(pane);
const serviceName = (locale: string) => (readMdxFile(path.join(cms.repo, 'content/services', locale, `${SERVICE}.mdx`), SERVICE).data as { name: string }).name;

async function openEntry(lang: string) {
  page = await cms.openAdmin(`?lang=${lang}#/collections/services/entries/${SERVICE}`);
  await field('name').waitFor({ state: 'attached', timeout: 20_000 });
}

/** The entry's backup as stored (localForage's default database in IndexedDB), or null. */
const storedBackup = () =>
  page.evaluate(
    (key) =>
      new Promise<any>((resolve, reject) => {
        const request = indexedDB.open('localforage');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('keyvaluepairs').objectStore('keyvaluepairs').get(key);
          read.onsuccess = () => resolve(read.result ?? null);
          read.onerror = () => reject(read.error);
        };
      }),
    `backup.services.${SERVICE}`,
  );

beforeAll(async () => {
  cms = await startCms({ locale: 'fi-FI' });
}, 60_000);

afterAll(async () => {
  await cms?.close();
});

// Each publish is a save, a status change and a merge on decap-server: slower than a file write on a busy machine.
describe("Decap's local backup", { timeout: 120_000 }, () => {
  it('offers unsaved work back after a reload, and keeps it once accepted (Decap alone let the loaded entry replace it)', async () => {
    await openEntry('fi');
    const unsaved = 'Oppisopimuskoulutus (kesken)';
    await field('name', 0).fill(unsaved);
    await expect.poll(async () => JSON.stringify(await storedBackup()), { timeout: 10_000 }).toContain(unsaved);
    const before = cms.dialogs.length;
    await openEntry('fi');
    await expect.poll(() => cms.dialogs.length, { timeout: 15_000 }).toBe(before + 1);
    expect(cms.dialogs.at(-1)).toMatch(/^confirm: /);
    // The entry has loaded by now; what shows must stay the restored work.
    await page.waitForTimeout(1_000);
    expect(await field('name', 0).inputValue()).toBe(unsaved);
    expect(cms.pageErrors).toEqual([]);
  });

  it('restores work left unsaved in Finnish into the right columns in English, and saves each language to its file', async () => {
    await openEntry('fi');
    await field('name', 0).fill(draft.fi);
    await field('name', 1).fill(draft.en);
    // Decap writes the backup a moment (2 s) after the last change.
    await expect.poll(async () => JSON.stringify(await storedBackup()), { timeout: 10_000 }).toContain(draft.en);

    const before = cms.dialogs.length;
    await openEntry('en');
    // The left column is English now, the right one Finnish.
    await expect.poll(() => field('name', 0).inputValue(), { timeout: 15_000 }).toBe(draft.en);
    expect(await field('name', 1).inputValue()).toBe(draft.fi);
    expect(await page.getByText('Language version: Finnish', { exact: true }).isVisible()).toBe(true);
    expect(cms.dialogs.slice(before)).toEqual(['confirm: A local backup was recovered for this entry, would you like to use it?']);
    const backup = await storedBackup();
    expect(backup).toMatchObject({ siteUiLocale: 'en', path: `content/services/${SERVICE}.mdx` });
    expect(backup.raw).toContain(`name: ${draft.en}`);
    expect(Object.keys(backup.i18n)).toEqual(['fi']);
    expect(backup.i18n.fi.raw).toContain(`name: ${draft.fi}`);

    await publish(page);
    await expect.poll(() => serviceName('en'), { timeout: 10_000 }).toBe(draft.en);
    expect(serviceName('fi')).toBe(draft.fi);
    expect(cms.pageErrors).toEqual([]);
  });
});
