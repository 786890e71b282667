/**
 * The Decap CMS configuration (`/admin/config.<locale>.yml`, one per interface language), generated from the collection registry, the zod schemas and
 * the taxonomy files. Nothing here lists a field: `./fields.ts` derives them from the schemas.
 */
import YAML from 'yaml';
import { defaultLocale, localeCodes, locales, type Locale } from '../i18n/locales.ts';
import { DATE_STYLE } from '../lib/dates.ts';
import { useTranslations } from '../i18n/strings.ts';
import { uiStringKeys } from '../schemas/ui-strings.ts';
import { taxonomyNames, type TaxonomyName } from '../schemas/taxonomy.ts';
import { recordFromKeys } from '../lib/records.ts';
import { readTaxonomies } from '../build/taxonomy-ids.ts';
import { cmsCollections, type CmsCollection } from './collections.ts';
import { CONTENT_FOLDER, MEDIA_FOLDER, PUBLIC_FOLDER } from './folders.ts';
import { taxonomyCollection, type DecapFilesCollection } from './taxonomy-collection.ts';
import type { TermUsage } from '../build/term-usage.ts';
import { fieldsFromSchema, type DecapField, type Term } from './fields.ts';
import type { CmsBackend, CmsSettings } from './backend.ts';
import { FORMAT_NAMES, SLUG_KEY } from '../client/cms/formats.js';
import { CONTENT_LIMITS } from '../schemas/common.ts';
import { OTHER_NAMES_KEY } from '../client/cms/list-names.js';

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  create: true;
  extension: string;
  format: string;
  slug: string;
  identifier_field: string;
  i18n?: true;
  preview_path?: string;
  summary?: string;
  sortable_fields: string[];
  view_filters?: { label: string; field: string; pattern: string }[];
  fields: DecapField[];
}

export interface DecapConfig {
  backend: CmsBackend;
  publish_mode: CmsSettings['publishMode'];
  local_backend: { url: string };
  site_url: string;
  display_url: string;
  locale: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: string };
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  collections: (DecapCollection | DecapFilesCollection)[];
  /** Not Decap's: the admin's own `cms.*` UI strings in the editor's language (src/client/cms/admin.js takes them out). */
  site_strings: Record<string, string>;
  /**
   * Not Decap's: per taxonomy, the content files (repository-relative) that use each id, for the taxonomy form's
   * refusals, which name them. The content is public in the repository anyway.
   */
  site_term_usage: Record<string, Record<string, string[]>>;
  /** Not Decap's: the caps content:check applies to every text (CONTENT_LIMITS), which the admin checks on save too. */
  site_limits: { wordCharacters: number; bodyCharacters: number };
  /**
   * Not Decap's: how each language writes dates and times on the site (its date locale, the site's date style and its
   * `calendar.when` string), for the preview (src/client/cms/previews.js).
   */
  site_formats: Record<string, { dateLocale: string; dateStyle: typeof DATE_STYLE; when: string }>;
}

/** Terms of every taxonomy with their labels; a broken file gives no terms (content:check reports it). */
export function readTerms(contentDir: string): Record<TaxonomyName, Term[]> {
  return readTaxonomies(contentDir);
}

/** The locales with the editor's first. */
const uiFirst = (ui: Locale): Locale[] => [ui, ...localeCodes.filter((code) => code !== ui)];

/** The Markdown body of an MDX file; each locale has its own. A service's is the "Description" of its page. */
const bodyField = (ui: Locale, collection: string): DecapField => {
  const t = useTranslations(ui);
  const service = collection === 'services';
  return {
    name: 'body',
    label: t(service ? 'cms.serviceBody' : 'cms.body'),
    ...(service ? { hint: t('cms.serviceBody.hint') } : {}),
    widget: 'markdown',
    required: false,
    i18n: true,
  };
};

/** The fields with the body where editors look for it: after the name, summary and keywords that open the form. */
function withBody(fields: DecapField[], body: DecapField): DecapField[] {
  const after = ['keywords', 'summary'].map((name) => fields.findIndex((field) => field.name === name)).find((at) => at >= 0) ?? fields.length - 1;
  return [...fields.slice(0, after + 1), body, ...fields.slice(after + 1)];
}

export function decapCollection(collection: CmsCollection, terms: Record<TaxonomyName, readonly Term[]>, ui: Locale = defaultLocale): DecapCollection {
  const perLocale = collection.layout === 'mdx-per-locale';
  const ids = recordFromKeys(taxonomyNames, (name) => terms[name].map((term) => term.id));
  const fields = fieldsFromSchema(collection.schema(ids), { collection: collection.name, terms, hints: collection.fields ?? {}, perLocale, ui });
  const identifierField = fields.find((field) => field.name === collection.identifier);
  if (!identifierField) throw new Error(`${collection.name}: identifier "${collection.identifier}" is not a field of the schema`);
  // A localized identifier ({ en, fi }) names the entry (its file) by the site's default-locale text; the list shows
  // and searches every language's (Decap searches the identifier and the summary's fields).
  const localizedIdentifier = identifierField.widget === 'object';
  const identifier = localizedIdentifier ? `${collection.identifier}.${defaultLocale}` : collection.identifier;
  // Per-language files: the other languages' names come from the admin (src/client/cms/list-names.js).
  const names = localizedIdentifier
    ? uiFirst(ui).map((code) => `{{${collection.identifier}.${code}}}`)
    : perLocale
      ? [`{{${collection.identifier}}}{{${OTHER_NAMES_KEY}}}`]
      : [];
  const listDate = collection.listDate ? [`{{${collection.listDate} | default('${useTranslations(ui)('cms.noDate')}')}}`] : [];
  const status = fields.find((field) => field.name === 'status' && field.widget === 'select');
  // Publish (the editorial workflow) puts a page on the site; visibility only takes it down, so a new page starts
  // published and the hint says so.
  if (status) Object.assign(status, { hint: useTranslations(ui)('cms.status.hint'), default: 'published' });
  const dates = fields.filter((field) => field.widget === 'site-date').map((field) => field.name);
  return {
    name: collection.name,
    label: collection.label[ui],
    label_singular: collection.labelSingular[ui],
    description: collection.description[ui],
    folder: `${CONTENT_FOLDER}/${collection.folder}`,
    create: true,
    extension: perLocale ? 'mdx' : 'yaml',
    format: perLocale ? FORMAT_NAMES.frontmatter : FORMAT_NAMES.yaml,
    // Per-language files share one file name: a new entry's comes from its English name, whatever the editor's
    // language (the admin puts it under SLUG_KEY on save, src/client/cms/save-checks.js).
    slug: perLocale ? `{{${SLUG_KEY}}}` : '{{slug}}',
    identifier_field: identifier,
    ...(perLocale ? { i18n: true as const } : {}),
    ...(names.length > 0 ? { summary: [names.join(' / '), ...listDate].join(' · ') } : {}),
    ...(collection.previewPath ? { preview_path: `${ui}/${collection.previewPath}` } : {}),
    sortable_fields: [identifier, ...dates],
    ...(status?.options ? { view_filters: status.options.map((option) => ({ label: option.label, field: 'status', pattern: `^${option.value}$` })) } : {}),
    fields: perLocale ? withBody(fields, bodyField(ui, collection.name)) : fields,
  };
}

/** The configuration for an editor working in `ui` (labels, hints, options and messages in that language). */
export function decapConfig(
  settings: CmsSettings,
  terms: Record<TaxonomyName, readonly Term[]>,
  ui: Locale = defaultLocale,
  usage: Partial<TermUsage> = {},
  collections: readonly CmsCollection[] = cmsCollections,
): DecapConfig {
  const t = useTranslations(ui);
  return {
    backend: settings.backend,
    publish_mode: settings.publishMode,
    local_backend: { url: settings.localBackendUrl },
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    locale: ui,
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // The editor's language is Decap's default locale: the left column, where the fields shared by every language are
    // edited and which Decap validates itself (src/client/cms/locale-check.js checks the other languages).
    i18n: { structure: 'multiple_folders', locales: uiFirst(ui), default_locale: ui },
    collections: [...collections.map((collection) => decapCollection(collection, terms, ui)), taxonomyCollection(usage, ui, terms)],
    site_strings: Object.fromEntries(uiStringKeys.filter((key) => key.startsWith('cms.')).map((key) => [key, t(key)])),
    site_term_usage: Object.fromEntries(Object.entries(usage).map(([taxonomy, ids]) => [taxonomy, ids ?? {}])),
    site_limits: { wordCharacters: CONTENT_LIMITS.wordCharacters, bodyCharacters: CONTENT_LIMITS.bodyCharacters },
    site_formats: Object.fromEntries(
      localeCodes.map((code) => [code, { dateLocale: locales[code].dateLocale, dateStyle: DATE_STYLE, when: useTranslations(code)('calendar.when') }]),
    ),
  };
}

export function decapConfigYaml(config: DecapConfig): string {
  const header = '# Generated by src/cms/config.ts from the zod schemas and the taxonomy files at build time. Do not edit.\n';
  return header + YAML.stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}
