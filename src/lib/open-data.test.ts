import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toOpenDataService, openDataDocument } from './open-data.ts';
import type { ServiceData } from '../schemas/service.ts';

const term = (id: string, en: string, fi: string) => ({ id, label: { en, fi } });
const terms = {
  municipalities: [term('helsinki', 'Helsinki', 'Helsinki'), term('raasepori', 'Raseborg', 'Raasepori')],
  categories: [term('integration', 'Integration services', 'Kotoutumista tukevat palvelut')],
  situations: [term('home-parent', 'At home with children', 'Hoidan lapsia kotona')],
  languages: [term('fi', 'Finnish', 'suomi')],
  modes: [term('online', 'Online', 'Verkossa')],
  accessibility: [],
  support: [],
  ages: [term('30-54', '30–54', '30–54-vuotiaat')],
  audiences: [term('residents', 'Residents', 'Kuntalaiset')],
  dayparts: [term('evening', 'Evenings', 'Iltaisin')],
};
const data = {
  name: 'Kotoklubi, "Kaneli"',
  summary: '=HYPERLINK("http://evil")',
  keywords: ['club'],
  provider: 'Association',
  categories: ['integration'],
  municipalities: ['all'],
  situations: ['home-parent'],
  audiences: ['residents'],
  ages: ['30-54'],
  languages: ['fi'],
  modes: ['online'],
  dayparts: ['evening'],
  cost: 'free',
  howToJoin: 'Come.',
  status: 'published',
  updated: '2026-01-02',
  reviewed: '2026-01-02',
  owner: 'a@b.fi',
} as ServiceData;

describe('open data', () => {
  const record = toOpenDataService('kotoklubi', data, 'fi', new URL('https://spouseprogram.fi'), terms);
  it('gives the absolute URL and expands "all" municipalities', () => {
    expect(record.url).toBe('https://spouseprogram.fi/fi/services/kotoklubi/');
    expect(record.municipalities).toEqual(['helsinki', 'raasepori']);
    expect(record.accessibility).toEqual([]);
  });
  it('adds the taxonomy labels of the locale to the JSON document', () => {
    const doc = openDataDocument('fi', [record], terms);
    expect(doc.count).toBe(1);
    expect(doc.taxonomies.municipalities).toEqual({ helsinki: 'Helsinki', raasepori: 'Raasepori' });
  });
  it('quotes CSV cells and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
  });
  it('writes labels in the file language', () => {
    const csv = toCsv([record], 'fi', terms, { free: 'Maksuton', paid: 'Maksullinen', other: 'Muu' });
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    // One column per taxonomy facet, in the registry's order (src/lib/facets.ts).
    expect(lines[0]).toBe(
      'slug,url,name,summary,provider,municipalities,categories,situations,languages,modes,accessibility,support,ages,audiences,dayparts,cost,costNote,updated,reviewed',
    );
    expect(lines[1]).toContain('"Kotoklubi, ""Kaneli"""');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[1]).toContain('"Helsinki; Raasepori"');
    expect(lines[1]).toContain('Maksuton');
    expect(lines[1]).toContain(',Iltaisin,');
  });
});
