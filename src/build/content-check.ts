/**
 * Validates a whole content folder with the shared schemas and the cross-file rules that a single
 * schema cannot see (known taxonomy ids, identical structured fields across locales, matching slugs,
 * references between files). Every problem is reported as `path: field: message`, all of them at once.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { isTranslatable } from '../schemas/common.ts';
import { taxonomyFile, taxonomyNames, type TaxonomyIds, type TaxonomyTerm } from '../schemas/taxonomy.ts';
import { serviceSchema, type ServiceData } from '../schemas/service.ts';
import { pageSchema } from '../schemas/page.ts';
import { entryPointSchema } from '../schemas/entry-point.ts';
import { calendarEntrySchema } from '../schemas/calendar.ts';
import { partnerSchema } from '../schemas/partner.ts';
import { popularSearchesFile } from '../schemas/popular-search.ts';
import { synonymsFile } from '../schemas/synonyms.ts';
import { EMPTY_SEARCH_WORDS, searchWordsPath, searchWordsSizeProblem } from './search-words.ts';
import { knownValuesFrom } from '../lib/search-state.ts';
import { closeSync, constants, existsSync, openSync, readSync } from 'node:fs';
import { recordFromKeys } from '../lib/records.ts';
import { bodyProblems } from './markdown-body.ts';
import { buildToday } from '../lib/review.ts';
import { missingLocalTimes } from './calendar-times.ts';
import { checkServiceReferences, relatedReferences } from './service-references.ts';
import { listDirs, listFiles, readMdxFile, readYamlFile, type RawFile } from './content-files.ts';
import { misplacedFiles, notAFile, walkTree } from './content-layout.ts';
import { pathExists, routeFolderOf, routeNames } from './site-routes.ts';
import { SIGNATURE_BYTES, attachmentProblem } from '../schemas/attachments.ts';
import { groupTermUsage, missingTermProblems, termsIn, termsInPopularSearches, type FileTerms, type TermUsage } from './term-usage.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/**
 * A problem as one line of plain text: `path: field: message`. Control characters (C0, DEL, C1), line separators,
 * text-direction characters and invisible format characters (zero-width spaces and joiners, word joiner, byte order
 * mark) from content are written as `\u{…}`, so a file name or a quoted value cannot move the cursor, clear the
 * terminal, print a fake "Content OK" over the real problems, or look like a valid slug while it is not.
 */
export function formatProblem(problem: Problem): string {
  return printable(`${problem.file}: ${problem.field}: ${problem.message}`);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unprintable = /[\x00-\x1F\x7F-\x9F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function printable(text: string): string {
  return text.replace(unprintable, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

export interface CheckedEntry<T> {
  file: string;
  locale: Locale;
  slug: string;
  data: T;
  body: string;
}
export type CheckedService = CheckedEntry<ServiceData>;

export interface CheckResult {
  problems: Problem[];
  /** Notes that do not fail the build, e.g. a program page that exists in one locale only. */
  warnings: Problem[];
  taxonomies: Record<string, TaxonomyTerm[]>;
  services: CheckedService[];
  /** Which term ids the content uses, and where (as `termUsage` in ./term-usage.ts reads it). */
  termUsage: TermUsage;
}

function fieldPath(segments: readonly PropertyKey[]): string {
  if (segments.length === 0) return '(file)';
  return segments.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`)).join('');
}

/** Runs a schema over a parsed file, turning each zod issue into a Problem. */
export function validate<T extends z.ZodType>(schema: T, raw: RawFile, problems: Problem[]): z.infer<T> | undefined {
  if (raw.parseError) {
    problems.push({ file: raw.file, field: '(file)', message: raw.parseError });
    return undefined;
  }
  const result = schema.safeParse(raw.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling` : issue.message;
    const segments = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    problems.push({ file: raw.file, field: fieldPath(segments), message });
  }
  return undefined;
}

/** The fields of an object schema that must be identical across locale files. */
export function structuredFields(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !isTranslatable(field as z.ZodType))
    .map(([name]) => name);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** MDX bodies must be plain Markdown: no code, HTML or unsafe links, links only to pages that exist (see markdown-body.ts). */
function checkBody(raw: RawFile, sitePath: (pathname: string) => boolean, problems: Problem[]): void {
  for (const problem of bodyProblems(raw.body ?? '', { sitePath })) {
    problems.push({ file: raw.file, field: `body line ${problem.line}`, message: problem.message });
  }
}

/** A slug that is also the name of one of the site's own routes would never be built (the route wins). */
function reservedSlugProblem(folder: keyof typeof routeFolderOf, slug: string): string | undefined {
  const reserved = routeNames(routeFolderOf[folder]);
  if (!reserved.includes(slug)) return undefined;
  const where = routeFolderOf[folder] ? `/<locale>/${routeFolderOf[folder]}/${slug}/` : `/<locale>/${slug}/`;
  return `"${slug}" is taken by the site's own page ${where}; rename the file (names taken: ${reserved.filter((name) => !name.includes('.')).join(', ')})`;
}

/**
 * A collection kept as `content/<folder>/<locale>/<slug>.mdx`: every slug must exist in every locale, and the
 * fields not marked translatable must be identical in every locale's file.
 */
function checkLocalizedMdx<S extends z.ZodObject>(
  contentDir: string,
  folder: string,
  schema: S,
  display: (...parts: string[]) => string,
  problems: Problem[],
  terms: FileTerms[],
  bodies: RawFile[],
): CheckedEntry<z.infer<S>>[] {
  for (const dir of listDirs(path.join(contentDir, folder))) {
    if (!(localeCodes as string[]).includes(dir)) {
      problems.push({ file: display(folder, dir), field: '(folder)', message: `unknown locale folder; expected one of: ${localeCodes.join(', ')}` });
    }
  }
  const entries: CheckedEntry<z.infer<S>>[] = [];
  const files = new Map(localeCodes.map((locale) => [locale, listFiles(path.join(contentDir, folder, locale), '.mdx')]));
  const fileSets = new Map(localeCodes.map((locale) => [locale, new Set(files.get(locale))]));
  for (const locale of localeCodes) {
    for (const name of files.get(locale)!) {
      const raw = readMdxFile(path.join(contentDir, folder, locale, name), display(folder, locale, name));
      const slug = name.replace(/\.mdx$/, '');
      const reserved = reservedSlugProblem(folder as keyof typeof routeFolderOf, slug);
      if (reserved) problems.push({ file: raw.file, field: '(file name)', message: reserved });
      for (const other of localeCodes.filter((l) => !fileSets.get(l)!.has(name))) {
        problems.push({ file: raw.file, field: '(translation)', message: `no ${other} version; expected ${display(folder, other, name)} with the same slug` });
      }
      bodies.push(raw);
      terms.push({ file: raw.file, uses: termsIn(schema, raw.data) });
      const data = validate(schema, raw, problems);
      if (data) entries.push({ file: raw.file, locale, slug, data, body: raw.body ?? '' });
    }
  }
  const structured = structuredFields(schema);
  const bySlug = new Map<string, CheckedEntry<z.infer<S>>[]>();
  for (const entry of entries) bySlug.set(entry.slug, [...(bySlug.get(entry.slug) ?? []), entry]);
  for (const [reference, ...others] of bySlug.values()) {
    for (const other of others) {
      for (const field of structured) {
        const a = (reference!.data as Record<string, unknown>)[field];
        const b = (other.data as Record<string, unknown>)[field];
        if (!sameValue(a, b)) {
          problems.push({
            file: other.file,
            field,
            message: `must be identical in every locale; ${reference!.file} has ${JSON.stringify(a)}, this file has ${JSON.stringify(b)}`,
          });
        }
      }
    }
  }
  return entries;
}

function firstBytes(file: string, count: number): Uint8Array {
  const buffer = new Uint8Array(count);
  // O_NOFOLLOW: a link put in place after the listing is not read through.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, count, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Uploaded files (Decap's media folder): only PDF, PNG, JPEG and WebP, each really of its type, each a regular file
 * (a link would publish whatever it points at; it is never followed).
 */
export function checkAttachments(attachmentsDir: string, displayRoot: string): Problem[] {
  if (!existsSync(attachmentsDir)) return [];
  // Names that differ only in case are one file on a case-insensitive checkout (and to an editor): each needs its own.
  const byLowerCase = new Map<string, string>();
  return walkTree(attachmentsDir).flatMap((entry) => {
    const twin = byLowerCase.get(entry.file.toLowerCase());
    byLowerCase.set(entry.file.toLowerCase(), twin ?? entry.file);
    const message =
      notAFile(entry) ??
      attachmentProblem(entry.file, firstBytes(path.join(attachmentsDir, entry.file), SIGNATURE_BYTES)) ??
      (twin ? `the same name as ${twin} in another case; rename one of them (they are one file where names ignore case)` : undefined);
    const file = path.relative(displayRoot, path.join(attachmentsDir, entry.file)).split(path.sep).join('/');
    return message ? [{ file, field: '(file)', message }] : [];
  });
}

/**
 * The files under the attachments folder that would be published (regular files only); undefined (not checked)
 * when the check was given no folder or the folder does not exist (content checked apart from its uploads).
 */
function attachmentFiles(attachmentsDir: string | undefined): Set<string> | undefined {
  if (!attachmentsDir || !existsSync(attachmentsDir)) return undefined;
  return new Set(
    walkTree(attachmentsDir)
      .filter((entry) => entry.kind === 'file')
      .map((entry) => entry.file),
  );
}

/** The same problem found twice (a link file is named by the layout and by its reader) is reported once. */
function distinct(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface CheckOptions {
  /** Where uploaded attachments are (`<public folder>/attachments`); not checked when absent. */
  attachmentsDir?: string;
  /** The build's date, for the review rule (SITE_TODAY or today by default). */
  today?: string;
}

export function checkContent(contentDir: string, displayRoot: string = path.dirname(contentDir), options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const display = (...parts: string[]) =>
    path
      .relative(displayRoot, path.join(contentDir, ...parts))
      .split(path.sep)
      .join('/');

  // Every file is read or named: nothing under content/ is silently left out of the site.
  for (const misplaced of misplacedFiles(contentDir)) problems.push({ file: display(misplaced.file), field: misplaced.field, message: misplaced.message });
  if (options.attachmentsDir) problems.push(...checkAttachments(options.attachmentsDir, displayRoot));

  // Taxonomies first: every other schema is built from their ids.
  const taxonomies: Record<string, TaxonomyTerm[]> = {};
  const validTaxonomies: Partial<TaxonomyIds> = {};
  const taxonomyDisplay = (name: string) => display('taxonomies', `${name}.yaml`);
  for (const name of taxonomyNames) {
    const raw = readYamlFile(path.join(contentDir, 'taxonomies', `${name}.yaml`), taxonomyDisplay(name));
    if (raw.parseError?.includes('ENOENT')) {
      problems.push({ file: raw.file, field: '(file)', message: `missing taxonomy file; expected \`terms:\` with the list of ${name} terms` });
      taxonomies[name] = [];
      continue;
    }
    const file = validate(taxonomyFile, raw, problems);
    taxonomies[name] = file?.terms ?? [];
    if (file) validTaxonomies[name] = file.terms.map((t) => t.id);
  }
  const ids: TaxonomyIds = recordFromKeys(taxonomyNames, (n) => taxonomies[n]!.map((t) => t.id));
  // Which ids the content uses, from the files as read (a file using a removed id fails its schema).
  const terms: FileTerms[] = [];
  const afterTaxonomies = problems.length;

  // Services and entry points: one MDX file per locale with the same slug, structured fields identical.
  const bodies: RawFile[] = [];
  const services = checkLocalizedMdx(contentDir, 'services', serviceSchema(ids), display, problems, terms, bodies);
  const slugs = new Set(services.map((s) => s.slug));
  const serviceReferences = relatedReferences(services, problems);
  const entryPoints = checkLocalizedMdx(contentDir, 'entry-points', entryPointSchema(ids), display, problems, terms, bodies);

  // Program pages: translations may lag behind, which is a warning (the site shows a "not translated yet" note).
  const pageLocales = new Map<string, Locale[]>();
  const builtPages = new Set<string>();
  for (const locale of localeCodes) {
    for (const name of listFiles(path.join(contentDir, 'pages', locale), '.mdx')) {
      const slug = name.replace(/\.mdx$/, '');
      const raw = readMdxFile(path.join(contentDir, 'pages', locale, name), display('pages', locale, name));
      const reserved = reservedSlugProblem('pages', slug);
      if (reserved) problems.push({ file: raw.file, field: '(file name)', message: reserved });
      bodies.push(raw);
      const page = validate(pageSchema, raw, problems);
      if (page && page.status !== 'draft' && page.status !== 'archived') builtPages.add(slug);
      pageLocales.set(slug, [...(pageLocales.get(slug) ?? []), locale]);
    }
  }
  for (const [slug, present] of pageLocales) {
    for (const locale of localeCodes.filter((l) => !present.includes(l))) {
      warnings.push({
        file: display('pages', present[0]!, `${slug}.mdx`),
        field: '(translation)',
        message: `no ${locale} version yet; the ${locale} site shows a "not translated yet" note`,
      });
    }
  }

  // Calendar entries and partners: YAML with every locale in one file.
  const calendarSchema = calendarEntrySchema(ids);
  for (const name of listFiles(path.join(contentDir, 'calendar'), '.yaml')) {
    const raw = readYamlFile(path.join(contentDir, 'calendar', name), display('calendar', name));
    terms.push({ file: raw.file, uses: termsIn(calendarSchema, raw.data) });
    const entry = validate(calendarSchema, raw, problems);
    if (entry?.service && !slugs.has(entry.service)) {
      problems.push({ file: raw.file, field: 'service', message: `no service with the slug "${entry.service}"` });
    } else if (entry?.service) serviceReferences.push({ file: raw.file, field: 'service', slug: entry.service });
    if (entry) problems.push(...missingLocalTimes(raw.file, entry));
  }
  // Partners are listed on the program page `partners`: without it in a locale, they would be built nowhere there.
  const partnersPageIn = builtPages.has('partners') ? localeCodes.filter((locale) => existsSync(path.join(contentDir, 'pages', locale, 'partners.mdx'))) : [];
  for (const name of listFiles(path.join(contentDir, 'partners'), '.yaml')) {
    const raw = readYamlFile(path.join(contentDir, 'partners', name), display('partners', name));
    validate(partnerSchema, raw, problems);
    for (const locale of localeCodes.filter((l) => !partnersPageIn.includes(l))) {
      problems.push({
        file: raw.file,
        field: '(file)',
        message: `partners are listed on the program page ${display('pages', locale, 'partners.mdx')}, which does not exist or is not published; add or publish it`,
      });
    }
  }

  for (const locale of localeCodes) {
    const file = searchWordsPath(contentDir, locale);
    if (!existsSync(file)) continue;
    const raw = readYamlFile(file, display('synonyms', `${locale}.yaml`));
    const tooLarge = raw.parseError ? undefined : searchWordsSizeProblem(file);
    if (tooLarge) problems.push({ file: raw.file, field: '(file)', message: tooLarge });
    else if (!raw.parseError && (raw.data === undefined || raw.data === null)) problems.push({ file: raw.file, field: '(file)', message: EMPTY_SEARCH_WORDS });
    else validate(synonymsFile, raw, problems);
  }

  const popular = path.join(contentDir, 'popular-searches.yaml');
  if (existsSync(popular)) {
    const raw = readYamlFile(popular, display('popular-searches.yaml'));
    terms.push({ file: raw.file, uses: termsInPopularSearches(raw.data) });
    validate(popularSearchesFile(knownValuesFrom(ids)), raw, problems);
  }

  checkServiceReferences(services, serviceReferences, bodies, options.today ?? buildToday(), problems, warnings);

  // Links in bodies go to pages that are built: a link to a draft, a misspelt slug or "www.example.com" (read as a
  // path on this site) is refused, with how to write it.
  const built = {
    services: new Set(services.filter((s) => s.data.status !== 'draft' && s.data.status !== 'archived').map((s) => s.slug)),
    entryPoints: new Set(entryPoints.filter((e) => e.data.status === 'published').map((e) => e.slug)),
    attachments: attachmentFiles(options.attachmentsDir),
  };
  const sitePath = (pathname: string) => pathExists(pathname, { ...built, pages: builtPages, ids });
  for (const raw of bodies) checkBody(raw, sitePath, problems);
  // An attachment a service lists must be uploaded: a missing one was a broken link on the page.
  for (const service of services) {
    (service.data.attachments ?? []).forEach((attachment, index) => {
      if (!sitePath(attachment.file)) {
        problems.push({
          file: service.file,
          field: `attachments[${index}].file`,
          message: `no uploaded file "${attachment.file}"; upload it first, or check the name`,
        });
      }
    });
  }

  // An id in use stays: renaming or removing it is refused on the taxonomy file, with the files that use it
  // (listed with the taxonomies' problems, before the files' own "unknown id" ones).
  const termUsage = groupTermUsage(terms);
  problems.splice(afterTaxonomies, 0, ...missingTermProblems(termUsage, validTaxonomies, taxonomyDisplay));

  return { problems: distinct(problems), warnings, taxonomies, services, termUsage };
}
