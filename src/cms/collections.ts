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
import type { LocalizedText } from '../schemas/cms-meta.ts';
import { serviceSchema } from '../schemas/service.ts';
import { pageSchema } from '../schemas/page.ts';
import { calendarEntrySchema } from '../schemas/calendar.ts';
import { partnerSchema } from '../schemas/partner.ts';
import { entryPointSchema } from '../schemas/entry-point.ts';
import { ALL_TERMS } from '../lib/facets.ts';
import { localeCodes } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/strings.ts';

const allMunicipalities = Object.fromEntries(localeCodes.map((code) => [code, useTranslations(code)('service.allMunicipalities')])) as LocalizedText;

/**
 * Presentation hints for one field, keyed by its dotted path (`links.url`); a hint for a missing field is an error.
 * Labels and help texts are the schema's own (`labelled` in src/schemas/cms-meta.ts), in every locale.
 */
export interface FieldHint {
  /** For text: `string` (one line) or `text` (several lines); `file` for a path into the media folder. */
  widget?: 'string' | 'text' | 'file';
  /** The field holds slugs of another collection's entries (one or a list). */
  relation?: { collection: string; searchField: string };
  /** Labels for values a taxonomy field accepts besides the taxonomy's own ids (e.g. `all`), shown editor's language first. */
  extraLabels?: Record<string, LocalizedText>;
  /** A list's item, for its box and its add button ("Lisää hakusana"). */
  labelSingular?: LocalizedText;
}

export interface CmsCollection {
  /** Decap's collection name; also used in the admin URL `#/collections/<name>`. */
  name: string;
  label: LocalizedText;
  labelSingular: LocalizedText;
  description: LocalizedText;
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
  /** A date field shown after the entry's name in the list (`start`). */
  listDate?: string;
  /** Site path of an entry, for Decap's "view live" link (`{{slug}}` is replaced; under the editor's language). */
  previewPath?: string;
  fields?: Record<string, FieldHint>;
}

const relatedServices = { collection: 'services', searchField: 'name' } as const;

export const cmsCollections: readonly CmsCollection[] = [
  {
    name: 'services',
    label: { en: 'Services', fi: 'Palvelut' },
    labelSingular: { en: 'Service', fi: 'Palvelu' },
    description: {
      en: 'The service catalogue. Each service has an English and a Finnish version; fields that are not text are the same in both.',
      fi: 'Palveluluettelo. Jokaisesta palvelusta on englannin- ja suomenkielinen versio; muut kuin tekstikentät ovat molemmissa samat.',
    },
    folder: 'services',
    layout: 'mdx-per-locale',
    schema: serviceSchema,
    identifier: 'name',
    previewPath: 'services/{{slug}}/',
    fields: {
      keywords: { labelSingular: { en: 'search word', fi: 'hakusana' } },
      // One paragraph, but 150 characters: a box tall enough to read it whole, with its counter.
      summary: { widget: 'text' },
      provider: { widget: 'string' },
      // The municipalities facet accepts `all` (src/lib/facets.ts): "Kaikki kunnat / All municipalities" in Finnish.
      municipalities: { extraLabels: { [ALL_TERMS]: allMunicipalities } },
      'attachments.file': { widget: 'file' },
      related: { relation: relatedServices },
    },
  },
  {
    name: 'pages',
    label: { en: 'Program pages', fi: 'Ohjelman sivut' },
    labelSingular: { en: 'Program page', fi: 'Ohjelman sivu' },
    description: {
      en: 'Pages about the Spouse Program. "home" is the home page of each language.',
      fi: 'Spouse Program -ohjelman sivut. "home" on kunkin kielen etusivu.',
    },
    folder: 'pages',
    layout: 'mdx-per-locale',
    schema: () => pageSchema,
    identifier: 'title',
    previewPath: '{{slug}}/',
  },
  {
    name: 'entry-points',
    label: { en: 'Life situation pages', fi: 'Elämäntilannesivut' },
    labelSingular: { en: 'Life situation page', fi: 'Elämäntilannesivu' },
    description: {
      en: 'Pages such as “New in Finland with children”: an introduction and the filters that select its services. The life situations a service is marked with are a list of their own: Taxonomies → Life situations.',
      fi: 'Sivut, kuten ”Uutena Suomessa lasten kanssa”: johdanto ja suodattimet, jotka valitsevat sivun palvelut. Elämäntilanteet, joilla palvelut merkitään, ovat oma listansa: Luokittelut → Elämäntilanteet.',
    },
    folder: 'entry-points',
    layout: 'mdx-per-locale',
    schema: entryPointSchema,
    identifier: 'title',
    previewPath: 'life-situations/{{slug}}/',
  },
  {
    name: 'calendar',
    label: { en: 'Calendar', fi: 'Kalenteri' },
    labelSingular: { en: 'Calendar entry', fi: 'Kalenterimerkintä' },
    description: {
      en: 'The annual calendar. Give a date, the dates of a series, or only months; both languages are in one entry.',
      fi: 'Vuosikalenteri. Anna päivä, sarjan päivät tai pelkät kuukaudet; molemmat kielet ovat samassa merkinnässä.',
    },
    folder: 'calendar',
    layout: 'yaml',
    schema: calendarEntrySchema,
    identifier: 'title',
    listDate: 'start',
    // The calendar page, at the entry's first listing (an entry has no page of its own).
    previewPath: 'calendar/#entry-{{slug}}',
    fields: {
      title: { widget: 'string' },
      service: { relation: relatedServices },
    },
  },
  {
    name: 'partners',
    label: { en: 'Partners', fi: 'Kumppanit' },
    labelSingular: { en: 'Partner', fi: 'Kumppani' },
    description: {
      en: 'Companies, organisations and authorities working with the program.',
      fi: 'Yritykset, järjestöt ja viranomaiset, jotka tekevät yhteistyötä ohjelman kanssa.',
    },
    folder: 'partners',
    layout: 'yaml',
    schema: () => partnerSchema,
    identifier: 'name',
    // Partners are listed on the program page "partners".
    previewPath: 'partners/',
    fields: { name: { widget: 'string' } },
  },
];

/** Content that stays out of the CMS, with the reason (shown in the README and checked by a test). */
export const notInCms: readonly { path: string; reason: string }[] = [
  { path: 'popular-searches.yaml', reason: 'a top-level YAML list, which Decap cannot edit; changes go through a pull request' },
  {
    path: 'synonyms',
    reason:
      'search words with two shapes of entry (`same`, or `search` with `finds`) and Finnish compound parts; edited in a pull request, where content:check names any mistake',
  },
  { path: 'README.md', reason: "the editors' style guide, not content; it is read on GitHub" },
];
