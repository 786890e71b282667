/**
 * The one list of content collections that Decap CMS edits. Everything else about a collection (its fields, widgets,
 * required flags, patterns, select options, i18n) is derived from its zod schema by `./fields.ts`; an entry here
 * says only where the files live and how they are laid out, plus presentation hints a schema cannot carry
 * (a friendlier label, which widget suits a long text, which field links to another collection).
 *
 * Adding a collection is one entry in `cmsCollections`. Content that Decap cannot edit is listed in
 * `notInCms` with the reason; a test fails when a folder under content/ is in neither list.
 */
import type { z } from 'astro/zod';
import type { TaxonomyIds } from '../schemas/taxonomy.ts';
import { serviceSchema } from '../schemas/service.ts';
import { pageSchema } from '../schemas/page.ts';
import { calendarEntrySchema } from '../schemas/calendar.ts';
import { partnerSchema } from '../schemas/partner.ts';
import { entryPointSchema } from '../schemas/entry-point.ts';
import { ALL_TERMS, taxonomyFacets } from '../lib/facets.ts';

/** Presentation hints for one field, keyed by its dotted path (`links.url`); a hint for a missing field is an error. */
export interface FieldHint {
  label?: string;
  /** Help text shown under the field; constraints derived from the schema are appended to it. */
  hint?: string;
  /** For text: `string` (one line) or `text` (several lines); `file` for a path into the media folder. */
  widget?: 'string' | 'text' | 'file';
  /** The field holds slugs of another collection's entries (one or a list). */
  relation?: { collection: string; searchField: string };
  /** Labels for values a taxonomy field accepts besides the taxonomy's own ids (e.g. `all`). */
  extraLabels?: Record<string, string>;
}

export interface CmsCollection {
  /** Decap's collection name; also used in the admin URL `#/collections/<name>`. */
  name: string;
  label: string;
  labelSingular: string;
  description: string;
  /** Folder under the content folder. */
  folder: string;
  /**
   * `mdx-per-locale`: `<folder>/<locale>/<slug>.mdx`, front matter + Markdown body, one file per locale (Decap i18n
   * `multiple_folders`; non-translatable fields are duplicated into every locale).
   * `yaml`: `<folder>/<slug>.yaml`, one file holding every locale in `{ en, fi }` objects.
   */
  layout: 'mdx-per-locale' | 'yaml';
  /** The schema, built from the taxonomies' term ids exactly as the site builds it. */
  schema: (terms: TaxonomyIds) => z.ZodObject;
  /** The field the slug (file name) is made from; for a localized object, its default-locale text is used. */
  identifier: string;
  /** Site path of an entry, for Decap's "view live" link (`{{slug}}` is replaced; default locale). */
  previewPath?: string;
  fields?: Record<string, FieldHint>;
}

const relatedServices = { collection: 'services', searchField: 'name' } as const;

export const cmsCollections: readonly CmsCollection[] = [
  {
    name: 'services',
    label: 'Services',
    labelSingular: 'Service',
    description: 'The service catalogue. Each service has an English and a Finnish version; fields that are not text are the same in both.',
    folder: 'services',
    layout: 'mdx-per-locale',
    schema: serviceSchema,
    identifier: 'name',
    previewPath: 'services/{{slug}}/',
    fields: {
      summary: { hint: 'Shown in search results and lists.' },
      keywords: { hint: 'Search words, separated by commas.' },
      provider: { widget: 'string', hint: 'Who provides the service.' },
      // Facets that accept `all` (src/lib/facets.ts) show it with the facet's label.
      ...Object.fromEntries(taxonomyFacets.flatMap((facet) => ('allLabel' in facet ? [[facet.field, { extraLabels: { [ALL_TERMS]: facet.allLabel } }]] : []))),
      howToJoin: { label: 'How to take part' },
      'attachments.file': { widget: 'file' },
      'locations.municipality': { label: 'Municipality', hint: 'The municipality the place is in.' },
      related: { label: 'Related services', relation: relatedServices },
      updated: { label: 'Last updated' },
      reviewed: { label: 'Last reviewed', hint: 'Services are due for review 120 days after this date.' },
      owner: { hint: 'Role e-mail address of the team responsible for this entry.' },
    },
  },
  {
    name: 'pages',
    label: 'Program pages',
    labelSingular: 'Program page',
    description: 'Pages about the Spouse Program. "home" is the home page of each language.',
    folder: 'pages',
    layout: 'mdx-per-locale',
    schema: () => pageSchema,
    identifier: 'title',
    previewPath: '{{slug}}/',
    fields: { navOrder: { label: 'Position in the program navigation', hint: 'Leave empty to keep the page out of the navigation.' } },
  },
  {
    name: 'entry-points',
    label: 'Life situations',
    labelSingular: 'Life situation',
    description: 'Entry points such as "New in Finland with children": an introduction and the filters that select its services.',
    folder: 'entry-points',
    layout: 'mdx-per-locale',
    schema: entryPointSchema,
    identifier: 'title',
    previewPath: 'life-situations/{{slug}}/',
    fields: {
      order: { label: 'Position in the list' },
      filters: { hint: 'The services listed are those that match every filter given here (any of the values within one filter).' },
    },
  },
  {
    name: 'calendar',
    label: 'Calendar',
    labelSingular: 'Calendar entry',
    description: 'The annual calendar. Give either months or a start date; both languages are in one entry.',
    folder: 'calendar',
    layout: 'yaml',
    schema: calendarEntrySchema,
    identifier: 'title',
    fields: {
      title: { widget: 'string' },
      months: { hint: 'Month numbers 1-12, for entries without exact dates.' },
      startTime: { label: 'Start time' },
      endTime: { label: 'End time' },
      service: { label: 'Related service', relation: relatedServices },
      signup: { label: 'Sign-up link' },
    },
  },
  {
    name: 'partners',
    label: 'Partners',
    labelSingular: 'Partner',
    description: 'Companies, organisations and authorities working with the program.',
    folder: 'partners',
    layout: 'yaml',
    schema: () => partnerSchema,
    identifier: 'name',
    fields: { name: { widget: 'string' }, role: { hint: 'What the partner does in the program.' }, url: { label: 'Web address' } },
  },
];

/** Content that stays out of the CMS, with the reason (shown in the README and checked by a test). */
export const notInCms: readonly { path: string; reason: string }[] = [
  { path: 'taxonomies', reason: 'each file is a top-level YAML list, which Decap cannot edit; taxonomy changes go through a pull request' },
  { path: 'popular-searches.yaml', reason: 'a top-level YAML list, which Decap cannot edit; changes go through a pull request' },
  {
    path: 'synonyms',
    reason:
      'search words with two shapes of entry (`same`, or `search` with `finds`) and Finnish compound parts; edited in a pull request, where content:check names any mistake',
  },
  { path: 'README.md', reason: "the editors' style guide, not content; it is read on GitHub" },
];
