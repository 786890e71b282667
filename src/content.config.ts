import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parseYaml, resolveContentDir } from './build/content-files.ts';
import { readTaxonomyIds } from './build/taxonomy-ids.ts';
import { taxonomyNames, taxonomyTerm } from './schemas/taxonomy.ts';
import { recordFromKeys } from './lib/records.ts';
import { serviceSchema } from './schemas/service.ts';
import { pageSchema } from './schemas/page.ts';
import { entryPointSchema } from './schemas/entry-point.ts';
import { calendarEntrySchema } from './schemas/calendar.ts';
import { partnerSchema } from './schemas/partner.ts';
import { popularSearchSchema } from './schemas/popular-search.ts';
import { knownValuesFrom } from './lib/search-state.ts';
import { editorMarkdownLoader } from './astro/editor-markdown-loader.ts';

const contentDir = resolveContentDir();
const terms = readTaxonomyIds(contentDir);
const yaml = { parser: (text: string) => parseYaml(text) as Record<string, unknown>[] };
// A taxonomy file keeps its list under `terms:` (the CMS edits a file as a mapping); a wrong shape gives no terms
// here, and content:check, which runs before the build, says what is wrong.
const taxonomyYaml = { parser: (text: string) => ((parseYaml(text) as { terms?: unknown } | null)?.terms ?? []) as Record<string, unknown>[] };

const taxonomyCollections = recordFromKeys(taxonomyNames, (name) =>
  defineCollection({ loader: file(`${contentDir}/taxonomies/${name}.yaml`, taxonomyYaml), schema: taxonomyTerm }),
);

export const collections = {
  ...taxonomyCollections,
  // Bodies are Markdown: rendered (and sanitized) while loading, never compiled as MDX (see the loader).
  services: defineCollection({
    loader: editorMarkdownLoader(`${contentDir}/services`),
    schema: serviceSchema(terms),
  }),
  pages: defineCollection({
    loader: editorMarkdownLoader(`${contentDir}/pages`),
    schema: pageSchema,
  }),
  entryPoints: defineCollection({
    loader: editorMarkdownLoader(`${contentDir}/entry-points`),
    schema: entryPointSchema(terms),
  }),
  calendar: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/calendar` }),
    schema: calendarEntrySchema(terms),
  }),
  popularSearches: defineCollection({
    loader: file(`${contentDir}/popular-searches.yaml`, yaml),
    schema: popularSearchSchema(knownValuesFrom(terms)),
  }),
  partners: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/partners` }),
    schema: partnerSchema,
  }),
};
