import { defineCollection } from 'astro:content';
import { resolveContentDir } from './build/content-files.ts';
import { readTaxonomyIds, watchTaxonomyIds } from './build/taxonomy-ids.ts';
import { onDevServer } from './lib/dev-server.ts';
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
import { yamlFolderLoader, yamlListLoader } from './astro/yaml-loader.ts';

const contentDir = resolveContentDir();
const terms = readTaxonomyIds(contentDir);
// On the dev server a term published in the CMS is known at once (the schemas read these lists at each check).
if (onDevServer) watchTaxonomyIds(contentDir, terms);
// A taxonomy file keeps its list under `terms:` (the CMS edits a file as a mapping); content:check, which runs
// before the build, says what is wrong with a file of another shape.
const termsOf = (parsed: unknown) => (parsed as { terms?: unknown } | null)?.terms ?? [];

// Ids are plain file names and the items' own ids (src/astro/yaml-loader.ts); errors name the file.
const taxonomyCollections = recordFromKeys(taxonomyNames, (name) =>
  defineCollection({ loader: yamlListLoader(`${contentDir}/taxonomies/${name}.yaml`, termsOf), schema: taxonomyTerm }),
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
    loader: yamlFolderLoader(`${contentDir}/calendar`),
    schema: calendarEntrySchema(terms),
  }),
  popularSearches: defineCollection({
    loader: yamlListLoader(`${contentDir}/popular-searches.yaml`),
    schema: popularSearchSchema(knownValuesFrom(terms)),
  }),
  partners: defineCollection({
    loader: yamlFolderLoader(`${contentDir}/partners`),
    schema: partnerSchema,
  }),
};
