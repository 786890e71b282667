import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '../src/build/content-check.ts';
import { readTaxonomyIds } from '../src/build/taxonomy-ids.ts';
import { taxonomyNames } from '../src/schemas/taxonomy.ts';
import { demoContentDir, generateCatalogue } from './generate-catalogue.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'catalogue-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generate-catalogue', () => {
  const outDir = path.join(tmp, 'a');
  const result = generateCatalogue({ services: 30, outDir, seed: 7, today: '2026-11-22' });
  const checked = checkContent(outDir);

  it('writes valid content: the content check finds no problem', () => {
    expect(checked.problems).toEqual([]);
    expect(checked.services).toHaveLength(60);
    expect(readdirSync(path.join(outDir, 'services/en'))).toEqual(readdirSync(path.join(outDir, 'services/fi')));
  });

  it('lists only services with a page as related, at a size where drafts would be picked', () => {
    const large = generateCatalogue({ services: 400, outDir: path.join(tmp, 'large'), seed: 1, today: '2026-11-22' });
    const { problems, services } = checkContent(large.outDir);
    expect(problems).toEqual([]);
    const drafts = new Set(services.filter((s) => s.data.status === 'draft').map((s) => s.slug));
    expect(drafts.size).toBeGreaterThan(5);
    expect(services.filter((s) => s.data.related?.length).length).toBeGreaterThan(100);
  });

  it('uses every taxonomy term', () => {
    const ids = readTaxonomyIds(demoContentDir);
    for (const name of taxonomyNames) {
      const used = new Set(checked.services.flatMap((s) => s.data[name] ?? []));
      expect(
        [...ids[name]].filter((id) => !used.has(id)),
        name,
      ).toEqual([]);
      expect(result.used[name]).toEqual([...ids[name]].sort());
    }
    expect(new Set(checked.services.map((s) => s.data.cost))).toEqual(new Set(['free', 'paid', 'other']));
  });

  it('includes drafts, Finnish-only words and varied lengths', () => {
    expect(result.drafts).toBeGreaterThan(0);
    expect(checked.services.filter((s) => s.data.status === 'draft')).toHaveLength(result.drafts * 2);
    const fi = checked.services
      .filter((s) => s.locale === 'fi')
      .map((s) => s.body)
      .join('\n');
    const enKeywords = checked.services.filter((s) => s.locale === 'en').flatMap((s) => s.data.keywords);
    const finnishOnly = ['kotoutumissuunnitelma', 'starttira', 'työmarkkinatu', 'omaehtoinen', 'selko', 'lähiöasema', 'kotoklubi'];
    expect(finnishOnly.some((word) => fi.toLowerCase().includes(word))).toBe(true);
    // As in the demo content, some English files list the Finnish term as a keyword, so it is found in English too.
    expect(enKeywords.some((keyword) => finnishOnly.some((word) => keyword.toLowerCase().startsWith(word)))).toBe(true);
    const lengths = checked.services.map((s) => s.body.length);
    expect(Math.max(...lengths)).toBeGreaterThan(3 * Math.min(...lengths));
  });

  it('is deterministic for a seed and differs for another', () => {
    const again = path.join(tmp, 'b');
    const other = path.join(tmp, 'c');
    generateCatalogue({ services: 30, outDir: again, seed: 7, today: '2026-11-22' });
    generateCatalogue({ services: 30, outDir: other, seed: 8, today: '2026-11-22' });
    const read = (dir: string) => readdirSync(path.join(dir, 'services/fi')).map((name) => readFileSync(path.join(dir, 'services/fi', name), 'utf8'));
    expect(read(again)).toEqual(read(outDir));
    expect(read(other)).not.toEqual(read(outDir));
  });

  it('never writes into content/ or over a folder it did not create', () => {
    expect(() => generateCatalogue({ services: 3, outDir: path.join(demoContentDir, 'services') })).toThrow(/outside content/);
    const foreign = path.join(tmp, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'keep.txt'), 'mine');
    expect(() => generateCatalogue({ services: 3, outDir: foreign })).toThrow(/not written by this script/);
    expect(readFileSync(path.join(foreign, 'keep.txt'), 'utf8')).toBe('mine');
  });
});
