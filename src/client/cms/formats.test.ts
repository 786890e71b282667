import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as YAML from 'yaml';
import { KEY_ORDER_KEY, createFormats, withoutEmpty } from './formats.js';
import { cmsCollections } from '../../cms/collections.ts';
import { listFiles, parseYaml, readMdxFile, resolveContentDir } from '../../build/content-files.ts';
import { localeCodes } from '../../i18n/locales.ts';
import { serviceSchema } from '../../schemas/service.ts';
import { readTaxonomyIds } from '../../build/taxonomy-ids.ts';

const [[, mdxExtension, frontmatter], [, yamlExtension, yaml]] = createFormats(YAML) as [
  [string, string, ReturnType<typeof createFormats>[number][2]],
  [string, string, ReturnType<typeof createFormats>[number][2]],
];
const contentDir = resolveContentDir();

/** Every content file the CMS edits, with the format that reads it. */
function cmsFiles() {
  return cmsCollections.flatMap((collection) => {
    const dirs =
      collection.layout === 'mdx-per-locale'
        ? localeCodes.map((code) => path.join(contentDir, collection.folder, code))
        : [path.join(contentDir, collection.folder)];
    return dirs.flatMap((dir) =>
      listFiles(dir, collection.layout === 'mdx-per-locale' ? '.mdx' : '.yaml').map((name) => ({
        file: path.join(dir, name),
        format: collection.layout === 'mdx-per-locale' ? frontmatter : yaml,
      })),
    );
  });
}

describe('withoutEmpty', () => {
  it('drops what the schemas mean by "not given": null, blank text, emptied lists and objects', () => {
    expect(withoutEmpty({ a: '', b: '  ', c: null, d: [], e: {}, f: [{ label: '' }], g: 'kept', h: 0, i: false, j: ['x', '', null] })).toEqual({
      g: 'kept',
      h: 0,
      i: false,
      j: ['x'],
    });
    expect(withoutEmpty({})).toBeUndefined();
  });
});

describe('Decap formats for the content files', () => {
  it('registers MDX front matter and YAML under the extensions of the content files', () => {
    expect([mdxExtension, yamlExtension]).toEqual(['mdx', 'yaml']);
  });

  it('reads and writes back every content file with the same data (front matter, body, YAML)', () => {
    const files = cmsFiles();
    expect(files.length).toBeGreaterThan(150);
    for (const { file, format } of files) {
      const text = readFileSync(file, 'utf8');
      const data = format.fromFile(text);
      const written = format.toFile(data, []);
      expect(format.fromFile(written), file).toEqual(data);
      // Written in any form order, the file keeps its own order of keys.
      const reordered = format.toFile(data, Object.keys(data).reverse());
      expect(format.fromFile(reordered)[KEY_ORDER_KEY], file).toEqual(data[KEY_ORDER_KEY]);
      const { [KEY_ORDER_KEY]: _order, ...read } = data;
      if (format === frontmatter) {
        // The site's own reader (YAML core schema, src/build/content-files.ts) sees the same front matter and body.
        const { body, ...meta } = read;
        const reread = readMdxFile(file, file);
        expect(meta, file).toEqual(reread.data);
        expect(String(body).trim(), file).toBe(reread.body?.trim());
      } else {
        expect(read, file).toEqual(parseYaml(text));
      }
    }
  });

  it("keeps a file's own order of keys, and puts a field it lacked after them", () => {
    const text = '---\nsummary: Short.\nname: Late name\n---\n\nBody.\n';
    const data = { ...frontmatter.fromFile(text), provider: 'Team' };
    expect(frontmatter.toFile(data, ['name', 'provider', 'summary'])).toBe('---\nsummary: Short.\nname: Late name\nprovider: Team\n---\n\nBody.\n');
    // A new entry (no file yet) is written in form order.
    expect(frontmatter.toFile({ summary: 'S', name: 'N' }, ['name', 'summary'])).toBe('---\nname: N\nsummary: S\n---\n');
    expect(yaml.toFile(yaml.fromFile('start: 2027-05-20\ntitle:\n  en: A\n'), ['title', 'start'])).toBe('start: 2027-05-20\ntitle:\n  en: A\n');
  });

  it('writes a service whose editor emptied optional fields as a valid file, in its own order, lists on one line', () => {
    const schema = serviceSchema(readTaxonomyIds(contentDir));
    const file = path.join(contentDir, 'services/en', listFiles(path.join(contentDir, 'services/en'), '.mdx')[0]!);
    const data = frontmatter.fromFile(readFileSync(file, 'utf8'));
    // What Decap hands over after an editor clears optional fields and list items.
    const edited = { ...data, schedule: '', costNote: null, accessibility: [], links: [{ label: '', url: '' }], keywords: [] };
    const written = frontmatter.toFile(edited, ['name', 'summary', 'keywords', 'provider', 'categories']);
    const reread = readMdxFile(file, file);
    const front = YAML.parse(written.split('---\n')[1]!);
    expect(schema.safeParse(front).success).toBe(true);
    expect(front).not.toHaveProperty('schedule');
    expect(front).not.toHaveProperty('links');
    expect(Object.keys(front).slice(0, 3)).toEqual(['name', 'summary', 'provider']);
    expect(written).toMatch(/^categories: \[[a-z-]+(, [a-z-]+)*\]$/m);
    expect(written).toMatch(/^---\n[\s\S]+\n---\n\n\S/);
    expect(written.trimEnd().endsWith(String(reread.body).trim().split('\n').at(-1)!)).toBe(true);
  });

  it('keeps dates as YYYY-MM-DD text and never folds long lines', () => {
    const written = yaml.toFile({ title: { en: 'x'.repeat(200), fi: 'y' }, start: '2027-05-20', months: [5, 6] }, ['title', 'start']);
    expect(written).toContain('start: 2027-05-20\n');
    expect(written).toContain(`en: ${'x'.repeat(200)}\n`);
    expect(written).toContain('months: [5, 6]\n');
    expect(yaml.fromFile(written)['start']).toBe('2027-05-20');
  });
});
