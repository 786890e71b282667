import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { cmsSettings, repoFromUrl } from './backend.ts';
import { cmsCollections, notInCms } from './collections.ts';
import { decapConfig, decapConfigYaml, readTerms, type DecapCollection } from './config.ts';
import type { DecapField } from './fields.ts';
import { CONTENT_FOLDER, MEDIA_FOLDER, PUBLIC_FOLDER } from './folders.ts';
import { FORMAT_NAMES, SLUG_KEY } from '../client/cms/formats.js';
import { listDirs, listFiles, readMdxFile, readYamlFile, resolveContentDir } from '../build/content-files.ts';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { serviceSchema } from '../schemas/service.ts';
import { readTaxonomyIds } from '../build/taxonomy-ids.ts';
import { entryErrors } from '../../tests/support/decap-validate.ts';

const contentDir = resolveContentDir();
const config = decapConfig(cmsSettings({}), readTerms(contentDir));
const folderCollections = config.collections.filter((c): c is DecapCollection => 'folder' in c);

describe('CMS settings (backend)', () => {
  it('defaults to GitHub with the editorial workflow, and decap-server on loopback for local editing', () => {
    const settings = cmsSettings({});
    expect(settings.backend).toEqual({ name: 'github', repo: 'City-of-Helsinki/spouse-program-site', branch: 'main', squash_merges: true });
    expect(settings.publishMode).toBe('editorial_workflow');
    expect(settings.localBackendUrl).toBe('http://127.0.0.1:8081/api/v1');
  });
  it('takes the backend, repository, OAuth provider, publish mode and proxy port from the environment', () => {
    const settings = cmsSettings({
      DECAP_BACKEND: 'gitlab',
      DECAP_REPO: 'city/site',
      DECAP_BRANCH: 'content',
      DECAP_BASE_URL: 'https://oauth.example.org',
      DECAP_AUTH_ENDPOINT: 'auth',
      DECAP_AUTH_TYPE: 'pkce',
      DECAP_APP_ID: 'app-1',
      DECAP_PUBLISH_MODE: 'simple',
      DECAP_PROXY_PORT: '9000',
      SITE_URL: 'https://staging.example.org',
    });
    expect(settings.backend).toEqual({
      name: 'gitlab',
      repo: 'city/site',
      branch: 'content',
      squash_merges: true,
      base_url: 'https://oauth.example.org',
      auth_endpoint: 'auth',
      auth_type: 'pkce',
      app_id: 'app-1',
    });
    expect(settings).toMatchObject({ publishMode: 'simple', localBackendUrl: 'http://127.0.0.1:9000/api/v1', siteUrl: 'https://staging.example.org' });
    expect(cmsSettings({ REPOSITORY_URL: 'https://github.com/someone/fork.git' }).backend.repo).toBe('someone/fork');
    expect(() => cmsSettings({ DECAP_PUBLISH_MODE: 'yolo' })).toThrow(/editorial_workflow or simple/);
    expect(() => cmsSettings({ DECAP_PROXY_PORT: 'x' })).toThrow(/not a port/);
    expect(repoFromUrl('https://gitlab.com/a/b/')).toBe('a/b');
  });
});

describe('the generated Decap config', () => {
  it('uses the editorial workflow, the local backend, one folder per locale and ASCII slugs', () => {
    expect(config).toMatchObject({
      publish_mode: 'editorial_workflow',
      local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
      i18n: { structure: 'multiple_folders', locales: localeCodes, default_locale: defaultLocale },
      slug: { encoding: 'ascii', clean_accents: true },
    });
  });

  it('uploads attachments where the service schema expects them', () => {
    const schema = serviceSchema(readTaxonomyIds(contentDir));
    const attachment = schema.shape.attachments.unwrap().element;
    expect(MEDIA_FOLDER).toBe(`public${PUBLIC_FOLDER}`);
    expect(attachment.safeParse({ label: 'Flyer', file: `${PUBLIC_FOLDER}/course-flyer.pdf` }).success).toBe(true);
  });

  it('puts a service’s text where editors look for it: named as on its page, right after name, summary and keywords', () => {
    const services = folderCollections.find((c) => c.name === 'services')!;
    const names = services.fields.map((field) => field.name);
    expect(names.indexOf('body')).toBe(names.indexOf('keywords') + 1);
    expect(services.fields.find((field) => field.name === 'body')).toMatchObject({ label: 'Description', widget: 'markdown' });
    const finnish = decapConfig(cmsSettings({}), readTerms(contentDir), 'fi').collections.find((c) => c.name === 'services') as DecapCollection;
    expect(finnish.fields.find((field) => field.name === 'body')?.label).toBe('Kuvaus');
  });

  it('lays collections out as the content is: MDX per locale folder, or one YAML file per entry', () => {
    for (const collection of folderCollections) {
      const spec = cmsCollections.find((c) => c.name === collection.name)!;
      expect(collection.folder).toBe(`${CONTENT_FOLDER}/${spec.folder}`);
      const dir = path.join(contentDir, spec.folder);
      if (spec.layout === 'mdx-per-locale') {
        expect(collection).toMatchObject({ extension: 'mdx', format: FORMAT_NAMES.frontmatter, i18n: true, slug: `{{${SLUG_KEY}}}` });
        expect(listDirs(dir)).toEqual([...localeCodes].sort());
        for (const locale of localeCodes) expect(listFiles(path.join(dir, locale), '.mdx').length, `${spec.folder}/${locale}`).toBeGreaterThan(0);
      } else {
        expect(collection).toMatchObject({ extension: 'yaml', format: FORMAT_NAMES.yaml, slug: '{{slug}}' });
        expect(collection).not.toHaveProperty('i18n');
        expect(listFiles(dir, '.yaml').length, spec.folder).toBeGreaterThan(0);
      }
    }
    expect(folderCollections.find((c) => c.name === 'calendar')?.identifier_field).toBe(`title.${defaultLocale}`);
  });

  it('covers every folder and file under content/: edited in the CMS or listed as not editable there', () => {
    const taxonomies = config.collections.flatMap((c) => ('files' in c ? c.files.map((f) => f.file.split('/')[1]!) : []));
    expect(new Set(taxonomies)).toEqual(new Set(['taxonomies']));
    const covered = [...cmsCollections.map((c) => c.folder), ...taxonomies, ...notInCms.map((n) => n.path)];
    const present = readdirSync(contentDir).filter((name) => !name.startsWith('.'));
    expect(
      present.filter((name) => !covered.includes(name)),
      'add a collection to src/cms/collections.ts',
    ).toEqual([]);
  });

  it('accepts every existing content file as it is (Decap would not refuse to save any of them)', () => {
    const slugs = Object.fromEntries(
      cmsCollections.map((c) => [
        c.name,
        new Set(
          listFiles(path.join(contentDir, c.folder, c.layout === 'mdx-per-locale' ? defaultLocale : ''), c.layout === 'mdx-per-locale' ? '.mdx' : '.yaml').map(
            (n) => n.replace(/\.\w+$/, ''),
          ),
        ),
      ]),
    );
    let checked = 0;
    for (const collection of folderCollections) {
      const spec = cmsCollections.find((c) => c.name === collection.name)!;
      const dirs = spec.layout === 'mdx-per-locale' ? localeCodes.map((l) => path.join(contentDir, spec.folder, l)) : [path.join(contentDir, spec.folder)];
      for (const dir of dirs) {
        for (const name of listFiles(dir, spec.layout === 'mdx-per-locale' ? '.mdx' : '.yaml')) {
          const file = path.join(dir, name);
          const raw = spec.layout === 'mdx-per-locale' ? readMdxFile(file, name) : readYamlFile(file, name);
          const data = { ...(raw.data as Record<string, unknown>), ...(raw.body?.trim() ? { body: raw.body } : {}) };
          expect(entryErrors(collection.fields, data, { slugs }), path.relative(contentDir, file)).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('refuses the values the schemas refuse (what the browser test relies on)', () => {
    const services = folderCollections.find((c) => c.name === 'services')!;
    const file = path.join(contentDir, 'services', defaultLocale, listFiles(path.join(contentDir, 'services', defaultLocale), '.mdx')[0]!);
    const data = readMdxFile(file, file).data as Record<string, unknown>;
    const context = { slugs: { services: new Set<string>() } };
    const errorsFor = (changes: Record<string, unknown>) => entryErrors(services.fields, { ...data, related: undefined, ...changes }, context);
    expect(errorsFor({})).toEqual([]);
    expect(errorsFor({ summary: 'a'.repeat(151) })).toEqual([expect.stringContaining('summary: At most 150 characters.')]);
    expect(errorsFor({ links: [{ label: 'Bad', url: 'javascript:alert(1)' }] })).toEqual([expect.stringContaining('links[0].url')]);
    expect(errorsFor({ categories: ['no-such-category'] })).toEqual([expect.stringContaining('"no-such-category" is not an option')]);
    expect(errorsFor({ name: undefined })).toEqual(['name: required']);
    expect(errorsFor({ colour: 'red' })).toEqual(['colour: the form has no such field']);
  });

  it("puts the editor's language first: each language's box of a text, and the labels of options", () => {
    for (const ui of localeCodes) {
      const ordered = decapConfig(cmsSettings({}), readTerms(contentDir), ui);
      const calendar = ordered.collections.find((c): c is DecapCollection => c.name === 'calendar')!;
      const title = calendar.fields.find((f) => f.name === 'title')!;
      expect(title.fields!.map((f) => f.name)[0], ui).toBe(ui);
      const services = ordered.collections.find((c): c is DecapCollection => c.name === 'services')!;
      const all = services.fields.find((f) => f.name === 'municipalities')!.options!.find((o) => o.value === 'all')!;
      expect(all.label, ui).toBe({ fi: 'Kaikki kunnat / All municipalities', en: 'All municipalities / Kaikki kunnat' }[ui]);
    }
  });

  it('counts the items of every list in the words of each language (Finnish partitive after a number)', () => {
    for (const ui of localeCodes) {
      const lists: string[] = [];
      const walk = (fields: readonly DecapField[] = []) => {
        for (const field of fields) {
          if (field.widget === 'list') {
            expect(field.count_forms, `${ui} ${field.name}`).toBeDefined();
            lists.push(`${field.name}: ${field.count_forms?.one} / ${field.count_forms?.other}`);
          }
          walk(field.fields);
        }
      };
      for (const collection of decapConfig(cmsSettings({}), readTerms(contentDir), ui).collections) {
        walk('fields' in collection ? collection.fields : collection.files.flatMap((file) => file.fields));
      }
      if (ui === 'fi') expect(lists).toEqual(expect.arrayContaining(['locations: toimipaikka / toimipaikkaa', 'terms: termi / termiä']));
    }
  });

  it('links every entry to its place on the site ("Näytä sivustolla"), never to the home page', () => {
    const fi = decapConfig(cmsSettings({}), readTerms(contentDir), 'fi');
    const paths = Object.fromEntries(fi.collections.filter((c): c is DecapCollection => 'folder' in c).map((c) => [c.name, c.preview_path]));
    expect(paths).toEqual({
      services: 'fi/services/{{slug}}/',
      pages: 'fi/{{slug}}/',
      'entry-points': 'fi/life-situations/{{slug}}/',
      // A calendar entry has no page: the calendar, at the entry's first listing (its anchor, src/pages/[locale]/calendar/).
      calendar: 'fi/calendar/#entry-{{slug}}',
      partners: 'fi/partners/',
    });
  });

  it('writes config.yml that reads back as the same configuration', () => {
    const text = decapConfigYaml(config);
    expect(text.startsWith('# Generated by src/cms/config.ts')).toBe(true);
    expect(YAML.parse(text)).toEqual(JSON.parse(JSON.stringify(config)));
  });
});
