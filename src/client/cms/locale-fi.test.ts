import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { fi } from './locale-fi.js';

/** A phrases object: nested objects whose leaves are texts. */
type Phrases = { [key: string]: string | Phrases };

// Decap's English phrases, from the decap-cms-locales package that decap-cms installs (decap-cms -> decap-cms-app).
// It is not a direct dependency and ships no types, so it is resolved at run time instead of imported statically.
const enUrl = pathToFileURL(createRequire(import.meta.url).resolve('decap-cms-locales/dist/esm/en/index.js')).href;
const en = ((await import(enUrl)) as { default: typeof fi }).default;

/** Every leaf of a phrases object as [dotted key path, value]. */
function leaves(phrases: Phrases, prefix = ''): [string, unknown][] {
  return Object.entries(phrases).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? leaves(value, path) : [[path, value]];
  });
}

/** The `%{name}` placeholders of a text, sorted and without duplicates. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/%\{[^}]*\}/g) ?? [])].sort();
}

/** How many plural forms a Polyglot text has (`||||` separates them). */
function pluralForms(text: string): number {
  return text.split('||||').length;
}

const english = new Map(leaves(en));
const finnish = new Map(leaves(fi));

describe('Finnish Decap CMS locale', () => {
  it('has exactly the key paths of the English locale', () => {
    const missing = [...english.keys()].filter((path) => !finnish.has(path));
    const extra = [...finnish.keys()].filter((path) => !english.has(path));
    expect({ missing, extra }, `missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'}`).toEqual({ missing: [], extra: [] });
    expect(english.size).toBeGreaterThan(200);
  });

  it('has a non-empty text in every leaf', () => {
    const bad = [...finnish].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([path]) => path);
    expect(bad).toEqual([]);
  });

  it('keeps the placeholders of each English text', () => {
    const mismatched = [...english]
      .filter(([path]) => typeof finnish.get(path) === 'string')
      .flatMap(([path, text]) => {
        const want = placeholders(String(text));
        const got = placeholders(String(finnish.get(path)));
        return JSON.stringify(want) === JSON.stringify(got) ? [] : [`${path}: want ${want.join(' ')}, got ${got.join(' ')}`];
      });
    expect(mismatched).toEqual([]);
  });

  it('has as many plural forms as English', () => {
    const mismatched = [...english]
      .filter(([path]) => typeof finnish.get(path) === 'string')
      .flatMap(([path, text]) => {
        const want = pluralForms(String(text));
        const got = pluralForms(String(finnish.get(path)));
        return want === got ? [] : [`${path}: want ${want} forms, got ${got}`];
      });
    expect(mismatched).toEqual([]);
    expect(pluralForms(fi.workflow.workflowList.currentEntries)).toBe(2);
  });

  it('says "Lisää tiedosto" wherever a file comes in, never "Lataa" or "Lähetä", and uses no symbol the font may lack', () => {
    const file = fi.editor.editorWidgets.file;
    const library = fi.mediaLibrary.mediaLibraryModal;
    expect([file.choose, library.upload]).toEqual(['Lisää tiedosto', 'Lisää tiedosto']);
    expect([file.chooseDifferent, file.addMore, library.uploading]).toEqual(['Vaihda tiedosto', 'Lisää tiedostoja', 'Lisätään…']);
    // "Ladata" is both up- and downloading in Finnish: a download says where the file goes.
    const fileWords = [...finnish].filter(([path]) => /^(editor\.editorWidgets\.(file|image)|mediaLibrary)\./.test(path)).map(([, text]) => String(text));
    expect(fileWords.filter((text) => /\b(Lataa|Lähetä)/.test(text))).toEqual([]);
    expect(library.download).toBe('Tallenna koneelle');
    // The new-entry button's "＋" showed as an empty box: no arrows, symbols, dingbats or full-width forms.
    expect(fi.collection.collectionTop.newButton).toBe('Luo uusi: %{collectionLabel}');
    expect([...finnish].filter(([, text]) => /[\u2190-\u2bff\uff00-\uffef]/u.test(String(text))).map(([path]) => path)).toEqual([]);
  });

  it('is translated into Finnish', () => {
    expect(fi.auth.login).not.toBe(en.auth.login);
    expect(fi.auth.login).toBe('Kirjaudu sisään');
    expect(fi.editor.editorToolbar.save).toBe('Tallenna');
    expect(fi.editor.editorToolbar.unsavedChanges).toBe('Tallentamattomia muutoksia');
    expect(fi.editor.editorToolbar.deployButtonLabel).toBe('Näytä sivustolla');
    expect(fi.editor.editorControlPane.widget.required).toBe('%{fieldLabel} on pakollinen.');
    expect(fi.editor.editorControlPane.i18n.writingInLocale).toBe('Kieliversio: %{locale}');
    const same = [...finnish].filter(([path, value]) => value === english.get(path)).map(([path]) => path);
    expect(same.length / finnish.size, `untranslated: ${same.join(', ')}`).toBeLessThanOrEqual(0.1);
  });
});
