/** Decap's local backups rewritten for the editor's language, against the generated configurations and formats. */
import { describe, expect, it } from 'vitest';
import * as YAML from 'yaml';
import { decapConfig, readTerms } from '../../cms/config.ts';
import { cmsSettings } from '../../cms/backend.ts';
import { resolveContentDir } from '../../build/content-files.ts';
import { KEY_ORDER_KEY, createFormats } from './formats.js';
import { wrapBackupReads, backupCollection, backupInLocale, backupLocale, backupsForEditor, recordBackupLocale } from './backups.js';

const terms = readTerms(resolveContentDir());
const configFor = (ui: 'en' | 'fi') => decapConfig(cmsSettings({}), terms, ui);
const formats = new Map(createFormats(YAML).map(([name, , formatter]) => [name, formatter]));
const blank = (format: string) => formats.get(format)!.toFile({});
const forEditor = (ui: 'en' | 'fi') => backupsForEditor(configFor(ui), blank);

const text = { fi: '---\nname: Kielikahvila\n---\n\nTervetuloa.\n', en: '---\nname: Language café\n---\n\nWelcome.\n' };
// As Decap 3.16 writes it: the path without its locale folder, the other language under i18n.
const writtenInFinnish = {
  raw: text.fi,
  path: 'content/services/language-cafe.mdx',
  mediaFiles: [{ path: 'public/attachments/flyer.pdf' }],
  i18n: { en: { raw: text.en } },
  siteUiLocale: 'fi',
};
const key = 'backup.services.language-cafe';

describe("Decap's local backups for the editor's language", () => {
  it("puts the editor's language in `raw` and the other under `i18n`, and back", () => {
    const english = forEditor('en')(key, writtenInFinnish);
    expect(english).toEqual({
      raw: text.en,
      path: 'content/services/language-cafe.mdx',
      mediaFiles: [{ path: 'public/attachments/flyer.pdf' }],
      i18n: { fi: { raw: text.fi } },
      siteUiLocale: 'en',
    });
    expect(forEditor('fi')(key, english)).toEqual(writtenInFinnish);
    // A new entry's backup (no path, no slug in the key) too.
    expect(forEditor('en')('backup.pages', { ...writtenInFinnish, path: '' })).toMatchObject({ raw: text.en, path: '', i18n: { fi: { raw: text.fi } } });
  });

  it('leaves alone a backup already in the language, and one of a collection holding every language in one form', () => {
    expect(forEditor('fi')(key, writtenInFinnish)).toBe(writtenInFinnish);
    const calendar = { raw: 'title:\n  en: Coffee\n  fi: Kahvit\n', path: '', mediaFiles: [], siteUiLocale: 'fi' };
    expect(forEditor('en')('backup.calendar', calendar)).toBe(calendar);
    const modes = { raw: 'terms:\n  - id: online\n', path: 'content/taxonomies/modes.yaml', mediaFiles: [], siteUiLocale: 'fi' };
    expect(forEditor('en')('backup.taxonomies.modes', modes)).toBe(modes);
    // Decap's own copy for its error page is text, and an unknown collection's backup is never read.
    expect(forEditor('en')('backup', text.fi)).toBe(text.fi);
    expect(forEditor('en')('backup.removed.x', writtenInFinnish)).toBe(writtenInFinnish);
  });

  it('tells the language of a backup written before it was recorded by the language missing from `i18n`', () => {
    const { siteUiLocale: _, ...unrecorded } = writtenInFinnish;
    expect(backupLocale(unrecorded, ['en', 'fi'])).toBe('fi');
    expect(forEditor('en')(key, unrecorded)).toMatchObject({ raw: text.en, i18n: { fi: { raw: text.fi } }, siteUiLocale: 'en' });
    // An entry with nothing in the other language has no `i18n` for it: then nothing tells, and the backup stays.
    const alone = { ...unrecorded, i18n: {} };
    expect(backupLocale(alone, ['en', 'fi'])).toBe(undefined);
    expect(forEditor('en')(key, alone)).toBe(alone);
  });

  it('gives the language an entry had nothing in an empty entry, which Decap still restores', () => {
    const onlyFinnish = { ...writtenInFinnish, i18n: {} };
    const english = forEditor('en')(key, onlyFinnish) as typeof writtenInFinnish;
    expect(english).toMatchObject({ raw: '---\n{}\n---\n', i18n: { fi: { raw: text.fi } } });
    expect(formats.get('spouse-frontmatter')!.fromFile(english.raw)).toEqual({ body: '', [KEY_ORDER_KEY]: [] });
  });

  it('moves the locale folder of a path with one, and trusts the recorded language over it', () => {
    const withFolder = { ...writtenInFinnish, path: 'content/services/fi/language-cafe.mdx' };
    expect(backupInLocale(withFolder, 'en', ['en', 'fi'], '')).toMatchObject({ raw: text.en, path: 'content/services/en/language-cafe.mdx' });
    const { siteUiLocale: _, ...unrecorded } = withFolder;
    expect(backupLocale({ ...unrecorded, i18n: {} }, ['en', 'fi'])).toBe('fi');
    expect(backupLocale({ ...withFolder, siteUiLocale: 'en' }, ['en', 'fi'])).toBe('en');
  });

  it('names the collection of an entry backup by its key', () => {
    expect(['backup.services.language-cafe', 'backup.entry-points', 'backup', 'localForageTest', 3].map(backupCollection)).toEqual([
      'services',
      'entry-points',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("records the editor's language in the entry backups Decap writes to its store, and nothing else", () => {
    const written: [unknown, unknown][] = [];
    const target = {
      put(this: unknown, value: unknown, key?: unknown) {
        written.push([value, key]);
        return undefined as unknown as IDBRequest;
      },
    };
    recordBackupLocale('en', target);
    const store = (db: string, name: string) => ({ name, transaction: { db: { name: db } }, put: target.put });
    const backup = { raw: text.en, path: '', mediaFiles: [] };
    store('localforage', 'keyvaluepairs').put(backup, 'backup.services');
    store('localforage', 'keyvaluepairs').put(text.en, 'backup');
    store('localforage', 'keyvaluepairs').put({ sha: 'x' }, 'gh.x');
    store('other', 'keyvaluepairs').put(backup, 'backup.services');
    expect(written).toEqual([
      [{ ...backup, siteUiLocale: 'en' }, 'backup.services'],
      [text.en, 'backup'],
      [{ sha: 'x' }, 'gh.x'],
      [backup, 'backup.services'],
    ]);
  });

  it("answers a read of an entry's backup in the editor's language once its form shows, never after leaving it, and others at once", async () => {
    const answered: [string, unknown][] = [];
    // A request answers through the handler set on it, with `result`, as IndexedDB does once the value is read.
    class FakeRequest {
      handler?: () => void;
      constructor(readonly result: unknown) {}
      set onsuccess(handler: () => void) {
        this.handler = handler;
      }
    }
    const request = Object.getOwnPropertyDescriptor(FakeRequest.prototype, 'onsuccess')!;
    const stored: Record<string, unknown> = { 'backup.services.language-cafe': writtenInFinnish, 'backup.services': writtenInFinnish, 'gh.x': 'x' };
    const target = {
      get(this: unknown, key: unknown) {
        const made = new FakeRequest(stored[String(key)] ?? writtenInFinnish);
        queueMicrotask(() => made.handler?.());
        return made as unknown as IDBRequest;
      },
    };
    let formShown = false;
    let entry = '#/collections/services/entries/language-cafe';
    wrapBackupReads({ rewrite: forEditor('en'), formShown: () => formShown, currentEntry: () => entry, maxWaitMs: 400 }, { target, request: request });
    const store = { name: 'keyvaluepairs', transaction: { db: { name: 'localforage' } }, get: target.get };
    const otherStore = { name: 'keyvaluepairs', transaction: { db: { name: 'other' } }, get: target.get };
    const read = (key: string, from: { get: (key: unknown) => IDBRequest } = store) => {
      const made = from.get(key) as unknown as { onsuccess?: () => void; result: unknown };
      made.onsuccess = () => answered.push([key, made.result]);
    };
    read('backup.services.language-cafe');
    read('backup.services');
    read('gh.x');
    read('backup.services.language-cafe', otherStore);
    await new Promise((resolve) => setTimeout(resolve, 120));
    // Other keys and stores at once, as they are; an entry's backup, a new entry's too, waits for its form.
    expect(answered.map(([key]) => key)).toEqual(['gh.x', 'backup.services.language-cafe']);
    expect(answered[0]![1]).toBe('x');
    expect(answered[1]![1]).toBe(writtenInFinnish);
    formShown = true;
    await expect.poll(() => answered.length).toBe(4);
    expect(answered.slice(2)).toEqual([
      ['backup.services.language-cafe', expect.objectContaining({ raw: text.en, siteUiLocale: 'en' })],
      ['backup.services', expect.objectContaining({ raw: text.en, siteUiLocale: 'en' })],
    ]);

    // Asked, then the editor went to another entry: Decap would offer it there, so no answer comes.
    formShown = false;
    read('backup.services.language-cafe');
    entry = '#/collections/services/entries/work-trial';
    formShown = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answered.length).toBe(4);

    // A form that never shows: answered after the longest wait.
    formShown = false;
    read('backup.services.work-trial');
    await expect.poll(() => answered.length, { timeout: 2_000 }).toBe(5);
  });
});
