/**
 * The content loaders name the file of any error they meet: a broken file of each type (service, program page,
 * entry point, calendar entry, partner, taxonomy, popular searches) fails with its path, never with an error that
 * names no file. The content check refuses these files before a build; the loaders are what `astro dev` runs
 * without that check, and the last line if a file changes between the check and the render. The store and context
 * are the loader API's parts the loaders use; the schemas are the site's own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { copyFixture, replaceText, writeText } from '../../tests/support/fixture-content.ts';
import { editorMarkdownLoader } from './editor-markdown-loader.ts';
import { yamlFolderLoader, yamlListLoader } from './yaml-loader.ts';
import { readTaxonomyIds } from '../build/taxonomy-ids.ts';
import { serviceSchema } from '../schemas/service.ts';
import { pageSchema } from '../schemas/page.ts';
import { entryPointSchema } from '../schemas/entry-point.ts';
import { calendarEntrySchema } from '../schemas/calendar.ts';
import { partnerSchema } from '../schemas/partner.ts';
import { taxonomyTerm } from '../schemas/taxonomy.ts';
import { popularSearchSchema } from '../schemas/popular-search.ts';
import { knownValuesFrom } from '../lib/search-state.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function fixture(): string {
  const copy = copyFixture();
  cleanup = copy.cleanup;
  return copy.dir;
}

interface Stored {
  id: string;
  data: unknown;
  digest?: string;
}

/** Loads a collection as Astro's content layer would, validating each entry with its schema. */
async function load(loader: Loader, schema: z.ZodType, root: string): Promise<Map<string, Stored>> {
  const entries = new Map<string, Stored>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => (entries.set(entry.id, entry), true),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
    clear: () => entries.clear(),
  };
  const context = {
    store,
    parseData: async ({ id, data }: { id: string; data: unknown }) => {
      const result = await schema.safeParseAsync(data);
      if (!result.success) throw new Error(`entry ${id}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      return result.data;
    },
    generateDigest: (text: string) => String(text.length),
    renderMarkdown: async (markdown: string) => ({ html: `<p>${markdown.length}</p>`, metadata: {} }),
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: () => undefined, error: () => undefined },
  } as unknown as LoaderContext;
  await loader.load(context);
  return entries;
}

describe('content loaders', () => {
  it('load ids from the plain file names and the items own ids', async () => {
    const dir = fixture();
    const root = path.dirname(dir);
    const terms = readTaxonomyIds(dir);
    const calendar = await load(yamlFolderLoader(path.join(dir, 'calendar')), calendarEntrySchema(terms), root);
    expect([...calendar.keys()]).toEqual(['spring-intake']);
    const popular = await load(yamlListLoader(path.join(dir, 'popular-searches.yaml')), popularSearchSchema(knownValuesFrom(terms)), root);
    expect([...popular.keys()]).toContain('cv-help');
  });

  const broken = [
    {
      type: 'service',
      file: 'services/fi/work-trial.mdx',
      break: (dir: string) => replaceText(dir, 'services/fi/work-trial.mdx', 'cost: free', 'cost: cheap'),
      loader: (dir: string) => editorMarkdownLoader(path.join(dir, 'services')),
      schema: (dir: string) => serviceSchema(readTaxonomyIds(dir)),
      message: /entry fi\/work-trial: cost/,
    },
    {
      type: 'program page',
      file: 'pages/en/only-english.mdx',
      break: (dir: string) => writeText(dir, 'pages/en/only-english.mdx', '---js\nmodule.exports = {}\n---\nBody\n'),
      loader: (dir: string) => editorMarkdownLoader(path.join(dir, 'pages')),
      schema: () => pageSchema,
      message: /front matter must be YAML/,
    },
    {
      type: 'entry point',
      file: 'entry-points/en/looking-for-work.mdx',
      break: (dir: string) => replaceText(dir, 'entry-points/en/looking-for-work.mdx', 'order: 1', 'order: first'),
      loader: (dir: string) => editorMarkdownLoader(path.join(dir, 'entry-points')),
      schema: (dir: string) => entryPointSchema(readTaxonomyIds(dir)),
      message: /./,
    },
    {
      type: 'calendar entry',
      file: 'calendar/spring-intake.yaml',
      break: (dir: string) => writeText(dir, 'calendar/spring-intake.yaml', 'title: [unclosed\n'),
      loader: (dir: string) => yamlFolderLoader(path.join(dir, 'calendar')),
      schema: (dir: string) => calendarEntrySchema(readTaxonomyIds(dir)),
      message: /./,
    },
    {
      type: 'calendar entry named !!!',
      file: 'calendar/!!!.yaml',
      break: (dir: string) => writeText(dir, 'calendar/!!!.yaml', 'months: [1]\n'),
      loader: (dir: string) => yamlFolderLoader(path.join(dir, 'calendar')),
      schema: (dir: string) => calendarEntrySchema(readTaxonomyIds(dir)),
      message: /the file name is not a lowercase slug/,
    },
    {
      type: 'partner',
      file: 'partners/example-company.yaml',
      break: (dir: string) => replaceText(dir, 'partners/example-company.yaml', 'kind: company', 'kind: friend'),
      loader: (dir: string) => yamlFolderLoader(path.join(dir, 'partners')),
      schema: () => partnerSchema,
      message: /entry example-company: kind/,
    },
    {
      type: 'taxonomy',
      file: 'taxonomies/modes.yaml',
      break: (dir: string) => replaceText(dir, 'taxonomies/modes.yaml', 'terms:', 'terms:\n  - id: online\n    label: { en: Again, fi: Taas }'),
      loader: (dir: string) => yamlListLoader(path.join(dir, 'taxonomies/modes.yaml'), (parsed) => (parsed as { terms: unknown }).terms),
      schema: () => taxonomyTerm,
      message: /duplicate id "online"/,
    },
    {
      type: 'popular searches',
      file: 'popular-searches.yaml',
      break: (dir: string) => replaceText(dir, 'popular-searches.yaml', '- id: work-trial', '- id: cv-help'),
      loader: (dir: string) => yamlListLoader(path.join(dir, 'popular-searches.yaml')),
      schema: (dir: string) => popularSearchSchema(knownValuesFrom(readTaxonomyIds(dir))),
      message: /duplicate id "cv-help"/,
    },
  ];

  it.each(broken.map((b) => [b.type, b] as const))('a broken %s fails naming its file', async (_, b) => {
    const dir = fixture();
    b.break(dir);
    const error = await load(b.loader(dir), b.schema(dir), path.dirname(dir)).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error, b.type).toBeInstanceOf(Error);
    expect(error!.message.startsWith(`content/${b.file}: `), error!.message).toBe(true);
    expect(error!.message).toMatch(b.message);
  });
});
