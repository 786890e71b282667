/** The admin's own checks, against the generated Finnish form (the fields Decap's i18n leaves unchecked). */
import { describe, expect, it } from 'vitest';
import { decapConfig, readTerms, type DecapCollection } from '../../cms/config.ts';
import { cmsSettings } from '../../cms/backend.ts';
import { resolveContentDir } from '../../build/content-files.ts';
import { termUsage } from '../../build/term-usage.ts';
import { halfFilledObjects, idsInUseRemoved, otherLocaleProblems, timeChanges } from './locale-check.js';
import { displayValue } from './previews.js';

const contentDir = resolveContentDir();
const config = decapConfig(cmsSettings({}), readTerms(contentDir), 'fi', termUsage(contentDir));
const collection = (name: string) => config.collections.find((c): c is DecapCollection => c.name === name && 'folder' in c)!;
const texts = {
  requiredIn: { en: config.site_strings['cms.requiredIn.en']!, fi: config.site_strings['cms.requiredIn.fi']! },
  folder: '/attachments/',
  folderMessage: config.site_strings['cms.rule.attachment']!,
  count: config.site_strings['cms.rule.count']!,
};
const english = {
  name: 'Language café',
  summary: 'Practise Finnish over coffee.',
  provider: 'Library',
  howToJoin: 'Just come.',
  attachments: [{ label: 'Flyer', file: '/attachments/flyer.pdf' }],
};

describe("the admin's checks of the other language", () => {
  it('puts the editor\'s language first, and checks only the others ("Write this in English too.")', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['fi', 'en'], default_locale: 'fi' });
    const entry = { i18n: { en: { data: { ...english, name: ' ', summary: 'x'.repeat(151) } } } };
    const problems = otherLocaleProblems(collection('services'), entry, config.i18n, texts);
    expect(problems).toEqual([
      { locale: 'en', path: ['name'], label: 'Nimi', message: 'Kirjoita tämä myös englanniksi.' },
      { locale: 'en', path: ['summary'], label: 'Tiivistelmä', message: 'Enintään 150 merkkiä.' },
    ]);
    expect(otherLocaleProblems(collection('services'), { i18n: { en: { data: english } } }, config.i18n, texts)).toEqual([]);
    // YAML collections hold both languages in one form, which Decap checks itself.
    expect(otherLocaleProblems(collection('calendar'), { i18n: {} }, config.i18n, texts)).toEqual([]);
  });

  it("checks list items' texts, with their number, but not the parts that are the same in every language (copies, checked in the editor's column)", () => {
    const entry = { i18n: { en: { data: { ...english, attachments: [english.attachments[0], { label: ' ', file: 'https://evil.example/x.pdf' }] } } } };
    const problems = otherLocaleProblems(collection('services'), entry, config.i18n, texts);
    // The file is the Finnish column's (copied over on save, ./mirror.js), which Decap and the admin check there.
    expect(problems.map((p) => [p.label, p.path.join('.'), p.message])).toEqual([
      ['Liitteet 2 › Liitteen nimi', 'attachments.1.label', 'Kirjoita tämä myös englanniksi.'],
    ]);
  });

  it('writes times the Finnish way ("17.30", "9.00") as HH:MM, at any depth', () => {
    const calendar = collection('calendar');
    const data = { startTime: '17.30', endTime: '19:00', occurrences: [{ date: '2026-12-10', startTime: '9.00' }, { date: '2026-12-11' }] };
    expect(timeChanges(calendar.fields, data)).toEqual([
      { path: ['startTime'], value: '17:30' },
      { path: ['occurrences', 0, 'startTime'], value: '09:00' },
    ]);
    expect(timeChanges(calendar.fields, { startTime: '17:30' })).toEqual([]);
  });

  it('checks list lengths in the other language, and refuses an optional text given in only one language', () => {
    const keywords = Array.from({ length: 31 }, (_, i) => `word ${i}`);
    const problems = otherLocaleProblems(collection('services'), { i18n: { en: { data: { ...english, keywords } } } }, config.i18n, texts);
    expect(problems.map((p) => [p.label, p.message])).toEqual([['Hakusanat', 'Anna 0–30 kohdetta.']]);
    const calendar = collection('calendar').fields;
    const message = config.site_strings['cms.requiredBoth']!;
    expect(halfFilledObjects(calendar, { location: { fi: 'Oodi' } }, message)).toEqual([{ label: 'Paikka', message }]);
    expect(halfFilledObjects(calendar, { location: { fi: 'Oodi', en: 'Oodi' } }, message)).toEqual([]);
    expect(halfFilledObjects(calendar, { occurrences: [{ date: '2026-12-01', location: { en: 'Oodi' } }] }, message)).toEqual([
      { label: 'Sarjan päivät 1 › Paikka', message },
    ]);
  });

  it('names the taxonomy ids in use that a form would drop', () => {
    expect(idsInUseRemoved({ online: 1, 'in-person': 2 }, { terms: [{ id: 'online' }, { id: 'phone' }] })).toEqual(['in-person']);
    // The files are named, so that a refusal can say where a term is used.
    expect(config.site_term_usage['modes']?.['online']).toContain('content/services/fi/digital-skills-for-working-life.mdx');
  });

  it("previews labels in the editor's language, never ids", () => {
    const fields = collection('services').fields;
    const modes = fields.find((f) => f.name === 'modes')!;
    expect(displayValue(modes, ['in-person', 'online'], 'fi')).toBe('Paikan päällä, Verkossa');
    const status = fields.find((f) => f.name === 'status')!;
    expect(displayValue(status, 'draft', 'fi')).toBe('Luonnos: ei näy sivustolla');
    const title = collection('calendar').fields.find((f) => f.name === 'title')!;
    expect(displayValue(title, { en: 'Intake', fi: 'Haku' }, 'fi')).toBe('Haku');
  });
});
