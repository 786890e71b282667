/**
 * The generated Decap fields against the zod schemas. The checks here read the schemas only through zod's public
 * API and their behaviour (what they accept), independently of how src/cms/fields.ts reads them.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsCollections, type CmsCollection } from './collections.ts';
import { decapCollection, readTerms } from './config.ts';
import { fieldsFromSchema, type DecapField } from './fields.ts';
import { termLabel } from './schema-reading.ts';
import { isTranslatable } from '../schemas/common.ts';
import { labelled, withRule } from '../schemas/cms-meta.ts';
import { readTaxonomyIds } from '../build/taxonomy-ids.ts';
import { resolveContentDir } from '../build/content-files.ts';
import { taxonomyNames } from '../schemas/taxonomy.ts';

const contentDir = resolveContentDir();
const terms = readTerms(contentDir);
const ids = readTaxonomyIds(contentDir);
const generated = cmsCollections.map((collection) => ({ collection, decap: decapCollection(collection, terms), schema: collection.schema(ids) }));
const services = generated.find((g) => g.collection.name === 'services')!;
const finnish = cmsCollections.map((collection) => decapCollection(collection, terms, 'fi'));
const finnishServices = finnish.find((c) => c.name === 'services')!;
const byName = (fields: readonly DecapField[], name: string) => fields.find((field) => field.name === name)!;

/** The schema inside optional/default/nullable/preprocess wrappers (public API). */
function core(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return core(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return core((schema.in instanceof z.ZodTransform ? schema.out : schema.in) as z.ZodType);
  return schema;
}

/** Text schemas: plain strings and string formats (z.email(), z.iso.date(), z.url()). */
const isText = (schema: z.ZodType) => schema instanceof z.ZodString || schema instanceof z.ZodStringFormat;

/** Every disagreement between a zod object and Decap fields: names, order, required, widget family, nesting. */
/** Inside an optional object every field is optional in the form: Decap would demand them even with the object left empty. */
function disagreements(schema: z.ZodType, fields: readonly DecapField[], where: string, inOptionalObject = false): string[] {
  const shape = (core(schema) as z.ZodObject).shape as Record<string, z.ZodType>;
  const problems: string[] = [];
  const names = fields.map((field) => field.name);
  if (names.join() !== Object.keys(shape).join()) problems.push(`${where}: fields ${names.join()} but schema ${Object.keys(shape).join()}`);
  for (const [name, fieldSchema] of Object.entries(shape)) {
    const field = fields.find((f) => f.name === name);
    if (!field) continue;
    const path = `${where}.${name}`;
    const optional = inOptionalObject || fieldSchema.safeParse(undefined).success;
    if ((field.required === false) !== optional)
      problems.push(`${path}: required is ${field.required !== false} but the schema ${optional ? 'allows' : 'requires'} it`);
    const inner = core(fieldSchema);
    const family = (ok: string[]) => {
      if (!ok.includes(field.widget)) problems.push(`${path}: widget ${field.widget}, expected one of ${ok.join(', ')}`);
    };
    if (inner instanceof z.ZodObject) {
      family(['object']);
      problems.push(...disagreements(inner, field.fields ?? [], path, fieldSchema.safeParse(undefined).success));
    } else if (inner instanceof z.ZodArray) {
      const element = core(inner.element as z.ZodType);
      if (element instanceof z.ZodObject) {
        family(['list']);
        problems.push(...disagreements(element, field.fields ?? [], path));
      } else family(['select', 'relation', 'list']);
      if (field.widget === 'select' && !field.multiple) problems.push(`${path}: a list needs a multiple select`);
    } else if (inner instanceof z.ZodEnum) {
      family(['select']);
      if (JSON.stringify(field.options?.map((o) => o.value)) !== JSON.stringify(inner.options)) problems.push(`${path}: options differ from the enum`);
    } else if (inner instanceof z.ZodNumber) family(['number']);
    else if (inner instanceof z.ZodBoolean) family(['boolean']);
    else if (isText(inner)) family(['string', 'text', 'select', 'relation', 'site-date', 'file']);
    else problems.push(`${path}: no check for ${inner.constructor.name}`);
  }
  return problems;
}

/** Pairs of (string field, its zod schema) anywhere in a collection, for the pattern checks. */
function stringFields(schema: z.ZodType, fields: readonly DecapField[], where: string): { path: string; field: DecapField; schema: z.ZodType }[] {
  const shape = (core(schema) as z.ZodObject).shape as Record<string, z.ZodType>;
  return Object.entries(shape).flatMap(([name, fieldSchema]) => {
    const field = byName(fields, name);
    const inner = core(fieldSchema);
    const path = `${where}.${name}`;
    if (inner instanceof z.ZodObject) return stringFields(inner, field.fields ?? [], path);
    if (inner instanceof z.ZodArray) {
      const element = core(inner.element as z.ZodType);
      if (element instanceof z.ZodObject) return stringFields(element, field.fields ?? [], path);
      return field.field ? [{ path, field: field.field, schema: element }] : [];
    }
    return isText(inner) && field.pattern ? [{ path, field, schema: inner }] : [];
  });
}

const edgeCases = [
  '',
  ' ',
  '   ',
  'a',
  'a'.repeat(89),
  'a'.repeat(90),
  'a'.repeat(91),
  'a'.repeat(120),
  'a'.repeat(121),
  'a'.repeat(150),
  'a'.repeat(151),
  'a'.repeat(160),
  'a'.repeat(161),
  ` ${'a'.repeat(150)}`,
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  '/relative',
  'ftp://x.org',
  'https://x.org ',
  ' https://x.org',
  'http://',
  'https://',
  'https://a b',
  'https://www.hel.fi/',
  'http://example.org/a?b=c',
  'https://localhost',
  'mailto:',
  'mailto:info@hel.fi',
  'tel:+358931000000',
  'tel:',
  'info@hel.fi',
  'a@b',
  'a@b.c',
  '.a@b.fi',
  'a..b@c.fi',
  '+358 9 310 1234',
  '123',
  '12:30',
  '24:00',
  '9:30',
  '17:5',
  '2026-02-30',
  '2026-02-28',
  'job-search',
  'Job',
  'a--b',
  '-a',
  'työ',
  '/attachments/flyer.pdf',
  '/attachments/a b.pdf',
  'attachments/x.pdf',
  '/attachments/',
  '\n',
  'line\nbreak',
];

describe('Decap fields generated from the schemas', () => {
  it('gives every schema field of every collection a Decap field, in order, required exactly when the schema requires it', () => {
    for (const { collection, decap, schema } of generated) {
      const fields = collection.layout === 'mdx-per-locale' ? decap.fields.filter((f) => f.name !== 'body') : decap.fields;
      expect(disagreements(schema, fields, collection.name), collection.name).toEqual([]);
    }
  });

  it('never lets the CMS accept a text the schema rejects (patterns on a corpus of edge cases)', () => {
    const checked = new Set<string>();
    for (const { collection, decap, schema } of generated) {
      for (const { path, field, schema: text } of stringFields(schema, decap.fields, collection.name)) {
        const pattern = new RegExp(field.pattern![0]);
        for (const sample of edgeCases) {
          if (pattern.test(sample)) expect(text.safeParse(sample).success, `${path} lets ${JSON.stringify(sample)} through`).toBe(true);
        }
        checked.add(path);
      }
    }
    expect([...checked]).toEqual(
      expect.arrayContaining(['services.summary', 'services.links.url', 'services.contacts.email', 'services.owner', 'calendar.startTime', 'partners.url.fi']),
    );
  });

  it('offers exactly the values the schema accepts in every select: enum values, every taxonomy term, and extras like "all"', () => {
    const candidates = [...new Set([...taxonomyNames.flatMap((name) => ids[name]), 'all', 'unknown-term'])];
    for (const { collection, decap, schema } of generated) {
      const walk = (zodSchema: z.ZodType, fields: readonly DecapField[], where: string) => {
        const shape = (core(zodSchema) as z.ZodObject).shape as Record<string, z.ZodType>;
        for (const [name, fieldSchema] of Object.entries(shape)) {
          const field = byName(fields, name);
          const inner = core(fieldSchema);
          if (field.widget === 'object') walk(inner, field.fields ?? [], `${where}.${name}`);
          if (field.widget !== 'select') continue;
          const accepts = (value: string | number) => inner.safeParse(field.multiple ? [value] : value).success;
          const offered = field.options!.map((option) => option.value);
          for (const value of offered) expect(accepts(value), `${where}.${name} offers ${value}`).toBe(true);
          for (const value of candidates) if (accepts(value)) expect(offered, `${where}.${name} misses ${value}`).toContain(value);
        }
      };
      walk(schema, decap.fields, collection.name);
    }
  });

  it('labels taxonomy options in every language, the editor\'s first, and names the extra "all" value', () => {
    const municipalities = byName(services.decap.fields, 'municipalities');
    expect(municipalities.options![0]).toEqual({ label: 'All municipalities / Kaikki kunnat', value: 'all' });
    expect(municipalities.options).toContainEqual({ label: 'Raseborg / Raasepori', value: 'raasepori' });
    expect(municipalities.options).toContainEqual({ label: 'Helsinki', value: 'helsinki' });
    expect(byName(finnishServices.fields, 'municipalities').options).toContainEqual({ label: 'Raasepori / Raseborg', value: 'raasepori' });
    expect(byName(services.decap.fields, 'situations').label).toBe('Life situation');
    expect(byName(finnishServices.fields, 'situations').label).toBe('Elämäntilanne');
    expect(termLabel({ id: 'x', label: { en: 'Online', fi: 'Verkossa' } }, 'fi')).toBe('Verkossa / Online');
  });

  it('labels every field, hint, option and message in Finnish for a Finnish editor', () => {
    const pairs = (en: readonly DecapField[], fi: readonly DecapField[], where: string): [string, DecapField, DecapField][] =>
      en.flatMap((field, index) => {
        const other = fi[index]!;
        const path = `${where}.${field.name}`;
        return [[path, field, other] as [string, DecapField, DecapField], ...pairs(field.fields ?? [], other.fields ?? [], path)];
      });
    const all = generated.flatMap(({ decap }, index) => pairs(decap.fields, finnish[index]!.fields, decap.name));
    expect(all.length).toBeGreaterThan(90);
    // Only a few words are the same in both languages.
    const same = all.filter(([, en, fi]) => en.label === fi.label).map(([path]) => path);
    expect(same).toEqual([]);
    for (const [path, en, fi] of all) {
      if (en.hint) expect(fi.hint, path).not.toBe(en.hint);
      if (en.pattern) expect(fi.pattern![1], path).not.toBe(en.pattern[1]);
      if (en.pattern) expect(fi.pattern![0], path).toBe(en.pattern[0]);
    }
    expect(byName(finnishServices.fields, 'summary')).toMatchObject({ label: 'Tiivistelmä', pattern: [expect.any(String), 'Enintään 150 merkkiä.'] });
    expect(byName(finnishServices.fields, 'status').options).toContainEqual({ label: 'Luonnos: ei näy sivustolla', value: 'draft' });
    const calendar = finnish.find((c) => c.name === 'calendar')!;
    expect(byName(calendar.fields, 'months').options!.slice(0, 2)).toEqual([
      { label: 'Tammikuu', value: 1 },
      { label: 'Helmikuu', value: 2 },
    ]);
    expect(byName(calendar.fields, 'recurrence')).toMatchObject({
      default: 'none',
      options: [
        { label: 'Ei toistu', value: 'none' },
        { label: 'Joka vuosi samoina päivinä', value: 'yearly' },
        { label: 'Joka viikko valittuina kuukausina', value: 'weekly' },
      ],
    });
    expect(calendar.label).toBe('Kalenteri');
  });

  it('marks translatable fields i18n: true and structured ones duplicate (on their fields for objects), the body per locale', () => {
    for (const { collection, decap, schema } of generated) {
      if (collection.layout !== 'mdx-per-locale') {
        expect(JSON.stringify(decap.fields)).not.toContain('"i18n"');
        continue;
      }
      const shape = schema.shape as Record<string, z.ZodType>;
      for (const field of decap.fields) {
        const translatable =
          field.name === 'body' ||
          isTranslatable(shape[field.name]!) ||
          (shape[field.name] instanceof z.ZodOptional && isTranslatable((shape[field.name] as z.ZodOptional).unwrap() as z.ZodType));
        const marks = JSON.stringify(field).match(/"i18n":("duplicate"|true)/g) ?? [];
        expect(marks.length, `${collection.name}.${field.name}`).toBeGreaterThan(0);
        expect(new Set(marks), `${collection.name}.${field.name}`).toEqual(new Set([translatable ? '"i18n":true' : '"i18n":"duplicate"']));
        if (field.widget === 'object' && !translatable) expect(field.i18n).toBeUndefined();
      }
    }
    const i18n = Object.fromEntries(services.decap.fields.map((field) => [field.name, field.i18n]));
    expect(i18n).toMatchObject({
      name: true,
      summary: true,
      keywords: true,
      links: true,
      categories: 'duplicate',
      status: 'duplicate',
      updated: 'duplicate',
      related: 'duplicate',
      owner: 'duplicate',
      body: true,
    });
  });

  it('names the parts of places, contacts, links and attachments that are the same in every language, and the web pages copied once', () => {
    const parts = (name: string) => ({ same: byName(services.decap.fields, name).mirror_fields, start: byName(services.decap.fields, name).prefill_fields });
    // A street address is the same in both languages, like the municipality (the trial found it left out).
    expect(parts('locations')).toEqual({ same: ['address', 'municipality'], start: undefined });
    expect(parts('contacts')).toEqual({ same: ['email', 'phone'], start: ['url'] });
    expect(parts('links')).toEqual({ same: undefined, start: ['url'] });
    expect(parts('attachments')).toEqual({ same: ['file'], start: undefined });
    // A part of a per-language list's item that is not typed text (a choice, a file) is always the same.
    for (const { collection, decap } of generated) {
      for (const field of decap.fields.filter((f) => f.widget === 'list' && f.fields && f.i18n === true)) {
        for (const part of field.fields!.filter((f) => !['string', 'text'].includes(f.widget))) {
          expect(field.mirror_fields, `${collection.name}.${field.name}.${part.name}`).toContain(part.name);
        }
      }
    }
  });

  it("offers a calendar entry's sign-up link texts as the site shows them, never the stored values", () => {
    const calendar = generated.find((g) => g.collection.name === 'calendar')!;
    const fi = decapCollection(calendar.collection, terms, 'fi').fields.find((f) => f.name === 'signupAction')!;
    expect(fi.label).toBe('Ilmoittautumislinkin teksti');
    expect(fi.options).toEqual([
      { label: 'Ilmoittaudu', value: 'signup' },
      { label: 'Hae mukaan', value: 'apply' },
      { label: 'Ota yhteyttä', value: 'contact' },
    ]);
  });

  it('builds the service form: summary at most 150, safe links, date pickers, related services, attachment files', () => {
    const fields = services.decap.fields;
    const summary = new RegExp(byName(fields, 'summary').pattern![0]);
    expect(summary.test('a'.repeat(150))).toBe(true);
    expect(summary.test('a'.repeat(151))).toBe(false);
    expect(byName(fields, 'summary').pattern![1]).toBe('At most 150 characters.');
    const url = byName(fields, 'links').fields!.find((f) => f.name === 'url')!;
    expect(url.pattern![1]).toBe('Write a full address that starts with https://, mailto: or tel:.');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative']) expect(new RegExp(url.pattern![0]).test(bad), bad).toBe(false);
    for (const good of ['https://www.hel.fi/', 'mailto:info@hel.fi', 'tel:+358931000000']) expect(new RegExp(url.pattern![0]).test(good), good).toBe(true);
    expect(byName(fields, 'updated')).toMatchObject({ widget: 'site-date' });
    expect(byName(fields, 'related')).toMatchObject({ widget: 'relation', collection: 'services', value_field: '{{slug}}', multiple: true, required: false });
    expect(byName(fields, 'attachments').fields!.find((f) => f.name === 'file')).toMatchObject({ widget: 'file' });
    // Keywords: one box per keyword (Decap's comma-separated list box drops spaces and commas while typing); a box may hold a comma list, split on save (src/client/cms/text-lists.js).
    expect(byName(fields, 'keywords')).toMatchObject({
      widget: 'list',
      required: false,
      default: [],
      label_singular: 'search word',
      field: { name: 'keywords', label: 'search word', widget: 'string', max_length: 60 },
    });
    expect(byName(fields, 'name').widget).toBe('string');
    expect(byName(fields, 'howToJoin').widget).toBe('text');
  });

  it('refuses a field without a label in every language, a pattern without a plain-language rule, and hints for fields that do not exist', () => {
    const context = { collection: 'test', terms, hints: {}, perLocale: false, ui: 'fi' as const };
    const label = { en: 'Code', fi: 'Koodi' };
    expect(() => fieldsFromSchema(z.object({ code: z.string() }), context)).toThrow(/test\.code: no label/);
    expect(() => fieldsFromSchema(z.object({ code: labelled(z.string().regex(/^[A-Z]{3}$/), label) }), context)).toThrow(
      /test\.code: the pattern \/\^\[A-Z\]\{3\}\$\/ has no plain-language message/,
    );
    const ruled = fieldsFromSchema(z.object({ code: labelled(withRule(z.string().regex(/^[a-z]+$/), 'id'), label) }), context);
    expect(ruled[0]).toMatchObject({ label: 'Koodi', pattern: [expect.any(String), expect.stringContaining('Käytä vain pieniä kirjaimia')] });
    expect(new RegExp(ruled[0]!.pattern![0]).test('abc') && !new RegExp(ruled[0]!.pattern![0]).test('ABC')).toBe(true);
    expect(() => fieldsFromSchema(z.object({ either: labelled(z.union([z.string(), z.number()]), label) }), context)).toThrow(
      /test\.either: the CMS has no widget for this field/,
    );
    expect(() => fieldsFromSchema(z.object({ a: labelled(z.string(), label) }), { ...context, hints: { b: { widget: 'text' } } })).toThrow(
      /hints for fields the schema does not have: b/,
    );
    expect(() => fieldsFromSchema(z.object({ tags: labelled(z.array(z.string()), label) }), { ...context, perLocale: true })).toThrow(
      /cannot keep a list identical/,
    );
    const probe: CmsCollection = { ...services.collection, fields: {} };
    expect(fieldsFromSchema(probe.schema(ids), { ...context, collection: 'services' }).map((f) => f.name)).toContain('municipalities');
  });
});
