import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as YAML from 'yaml';
import { taxonomyCollection } from './taxonomy-collection.ts';
import type { DecapField } from './fields.ts';
import { createFormats, FORMAT_NAMES } from '../client/cms/formats.js';
import { termUsage } from '../build/term-usage.ts';
import { readTaxonomies } from '../build/taxonomy-ids.ts';
import { resolveContentDir } from '../build/content-files.ts';
import { localeCodes } from '../i18n/locales.ts';
import { taxonomyFile, taxonomyNames } from '../schemas/taxonomy.ts';
import { entryErrors } from '../../tests/support/decap-validate.ts';
import { fixtureContent } from '../../tests/support/fixture-content.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const contentDirs = { demo: resolveContentDir(), fixture: fixtureContent };
const collection = taxonomyCollection();
const byName = (fields: readonly DecapField[] | undefined, name: string) => fields?.find((field) => field.name === name);

describe('the taxonomies collection', () => {
  it('is a files collection in the site YAML format, one file per taxonomy in taxonomy order', () => {
    expect(collection).toMatchObject({ name: 'taxonomies', label: 'Taxonomies', format: FORMAT_NAMES.yaml, editor: { preview: false } });
    expect(collection).not.toHaveProperty('folder');
    expect(collection.files.map((file) => file.name)).toEqual([...taxonomyNames]);
    for (const file of collection.files) {
      expect(file.file).toBe(`content/taxonomies/${file.name}.yaml`);
      expect(existsSync(path.join(repoRoot, file.file)), file.file).toBe(true);
    }
  });

  it("is labelled in the editor's language", () => {
    const modes = (ui: 'en' | 'fi') => taxonomyCollection({}, ui).files.find((file) => file.name === 'modes')!;
    expect(modes('en').label).toBe('Delivery modes');
    expect(modes('fi').label).toBe('Toteutustavat');
    expect(taxonomyCollection({}, 'fi').label).toBe('Luokittelut');
    expect(modes('fi').fields[0]).toMatchObject({ label: 'Termit', summary: '{{fields.label.fi}} / {{fields.label.en}}' });
    expect(modes('fi').fields[0]!.fields?.map((field) => field.label)).toEqual(['Tunniste', 'Nimi', 'Taivutusmuodot', 'Kuvaus']);
  });

  it('edits one folded list, `terms`, of id, label, optional forms and optional description', () => {
    for (const file of collection.files) {
      expect(file.fields.map((field) => field.name)).toEqual(['terms']);
      const terms = file.fields[0]!;
      // Folded to the names, never the id (a term list showed ids).
      expect(terms).toMatchObject({ widget: 'list', min: 1, collapsed: true, summary: '{{fields.label.en}} / {{fields.label.fi}}' });
      expect(terms.fields?.map((field) => field.name)).toEqual(['id', 'label', 'forms', 'description']);
      const id = byName(terms.fields, 'id')!;
      expect(id).toMatchObject({ widget: 'string', label: 'ID' });
      expect(id).not.toHaveProperty('required');
      const idRule = new RegExp(id.pattern![0]);
      expect(['in-person', 'a1', 'b'].every((value) => idRule.test(value))).toBe(true);
      expect(['In Person', 'in--person', '-x', 'in person', ''].some((value) => idRule.test(value))).toBe(false);
      const label = byName(terms.fields, 'label')!;
      expect(label).toMatchObject({ widget: 'object' });
      expect(label.fields?.map((field) => [field.name, field.widget, field.required])).toEqual(localeCodes.map((code) => [code, 'string', undefined]));
      const forms = byName(terms.fields, 'forms')!;
      expect(forms).toMatchObject({ widget: 'object', required: false });
      for (const locale of forms.fields!) {
        expect(locale, `forms.${locale.name}`).toMatchObject({ widget: 'object', required: false });
        expect(locale.fields?.map((field) => [field.name, field.required])).toEqual([['genitive', false]]);
      }
      const description = byName(terms.fields, 'description')!;
      expect(description).toMatchObject({ widget: 'object', required: false });
      expect(description.fields?.map((field) => [field.name, field.widget])).toEqual(localeCodes.map((code) => [code, 'text']));
    }
  });

  it('names the terms in use under the list by their names, from termUsage', () => {
    const terms = readTaxonomies(fixtureContent);
    const hintOf = (ui: 'en' | 'fi', name: string, usage = termUsage(fixtureContent)) =>
      taxonomyCollection(usage, ui, terms).files.find((file) => file.name === name)!.fields[0]!.hint;
    expect(hintOf('en', 'modes')).toMatch(/cannot be removed, nor its ID changed.* In use: In person \(8 entries\), Online \(9 entries\)\.$/);
    expect(hintOf('fi', 'audiences')).toMatch(
      /ei voi poistaa eikä sen tunnistetta muuttaa.* Käytössä: Kuntalaiset \(8 sisältöä\), Kansainvälisten osaajien puolisot \(1 sisältö\)\.$/,
    );
    expect(hintOf('en', 'accessibility')).toMatch(/In use: Step-free access \(2 entries\)\.$/);
    expect(hintOf('en', 'accessibility', { ...termUsage(fixtureContent), accessibility: {} })).toMatch(/No term is in use yet\.$/);
    expect(collection.files[0]!.fields[0]!.hint).toMatch(/No term is in use yet\.$/);
  });
});

describe('every taxonomy file, as the CMS reads and writes it', () => {
  const yamlFormat = createFormats(YAML).find(([name]) => name === FORMAT_NAMES.yaml)![2];
  const cases = Object.entries(contentDirs).flatMap(([where, dir]) =>
    collection.files.map((file) => ({ where, taxonomy: file.name, dir, fields: file.fields })),
  );

  it.each(cases)('$where: $taxonomy', ({ dir, taxonomy, fields }) => {
    const text = readFileSync(path.join(dir, 'taxonomies', `${taxonomy}.yaml`), 'utf8');
    const data = YAML.parse(text) as Record<string, unknown>;
    expect(taxonomyFile.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(entryErrors(fields, data, { slugs: {} }), 'the form accepts it').toEqual([]);
    // Saved by the CMS (the site's YAML format), read back: the same terms, still valid.
    const saved = yamlFormat.toFile(yamlFormat.fromFile(text), ['terms']);
    expect(YAML.parse(saved)).toEqual(data);
    expect(taxonomyFile.safeParse(YAML.parse(saved)).success).toBe(true);
  });
});
