/**
 * Which taxonomy term ids the content uses, and in which files. `content:check` refuses a taxonomy that no longer
 * has an id in use (naming the files), and the CMS form says which ids are in use, so an editor renames labels, not
 * ids. Read from the raw files, before validation: a file that uses a removed id no longer passes its schema.
 *
 * The references are found through the schemas (every `termRef` carries its taxonomy as metadata), so a new field
 * that refers to terms is counted without a change here; the popular searches' `query` is a search URL instead.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { localeCodes } from '../i18n/locales.ts';
import { movedFacet, taxonomyFacets } from '../lib/facets.ts';
import { recordFromKeys } from '../lib/records.ts';
import { taxonomyNames, type TaxonomyIds, type TaxonomyName, type TermReferenceMeta } from '../schemas/taxonomy.ts';
import { serviceSchema } from '../schemas/service.ts';
import { entryPointSchema } from '../schemas/entry-point.ts';
import { calendarEntrySchema } from '../schemas/calendar.ts';
import { listFiles, readMdxFile, readYamlFile } from './content-files.ts';
import type { Problem } from './content-check.ts';

/** Per taxonomy, each id the content uses → the repository-relative files using it, sorted. */
export type TermUsage = Record<TaxonomyName, Record<string, string[]>>;

interface TermUse {
  taxonomy: TaxonomyName;
  id: string;
}

/** One file's term references. */
export interface FileTerms {
  file: string;
  uses: TermUse[];
}

/** The parts of a schema's JSON Schema (`z.toJSONSchema`, zod's public API) that lead to term references. */
interface JsonNode {
  termReference?: TermReferenceMeta;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
}

/** One JSON Schema per schema: content-check and termUsage read thousands of files against the same few schemas. */
const jsonSchemas = new WeakMap<z.ZodType, JsonNode>();

function jsonOf(schema: z.ZodType): JsonNode {
  let json = jsonSchemas.get(schema);
  if (!json) {
    // The form as written in the file (`io: 'input'`); refinements, which JSON Schema cannot carry, do not matter here.
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
    jsonSchemas.set(schema, json);
  }
  return json;
}

/** The term ids in a file's data: wherever its schema has a term reference, whatever the field is called. */
export function termsIn(schema: z.ZodType, value: unknown): TermUse[] {
  const out: TermUse[] = [];
  const walk = (json: JsonNode, item: unknown) => {
    const reference = json.termReference;
    if (reference) {
      if (typeof item === 'string' && !reference.extras.includes(item)) out.push({ taxonomy: reference.taxonomy, id: item });
      return;
    }
    if (json.items && Array.isArray(item)) for (const element of item) walk(json.items, element);
    if (json.properties && isRecord(item)) for (const [key, field] of Object.entries(json.properties)) walk(field, item[key]);
    for (const option of [...(json.anyOf ?? []), ...(json.oneOf ?? [])]) walk(option, item);
  };
  walk(jsonOf(schema), value);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The term ids in the popular searches' `query` filters; a value moved to another facet counts there, as links read it. */
export function termsInPopularSearches(data: unknown): TermUse[] {
  const queries = Array.isArray(data) ? data.flatMap((search) => (isRecord(search) && typeof search['query'] === 'string' ? [search['query']] : [])) : [];
  return queries.flatMap((query) =>
    [...new URLSearchParams(query.replace(/^\?/, ''))].flatMap(([name, values]) =>
      values
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean)
        .flatMap((id) => {
          const param = movedFacet(name.trim(), id) ?? name.trim();
          const facet = taxonomyFacets.find((candidate) => candidate.param === param);
          return facet ? [{ taxonomy: facet.taxonomy, id }] : [];
        }),
    ),
  );
}

/** Groups the references of many files by taxonomy and id; files sorted, each once. */
export function groupTermUsage(files: readonly FileTerms[]): TermUsage {
  const usage = recordFromKeys(taxonomyNames, () => new Map<string, Set<string>>());
  for (const { file, uses } of files) {
    for (const { taxonomy, id } of uses) {
      const users = usage[taxonomy].get(id) ?? new Set<string>();
      usage[taxonomy].set(id, users.add(file));
    }
  }
  // Null-prototype objects: an id such as `constructor` is looked up like any other.
  return recordFromKeys(taxonomyNames, (name) =>
    Object.assign(
      Object.create(null) as Record<string, string[]>,
      Object.fromEntries([...usage[name]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, users]) => [id, [...users].sort()])),
    ),
  );
}

/**
 * Every taxonomy id the content in `contentDir` uses, with its files relative to `displayRoot` (the repository).
 * `content:check` collects the same from the files it reads (its result's `termUsage`).
 */
export function termUsage(contentDir: string, displayRoot: string = path.dirname(contentDir)): TermUsage {
  const display = (...parts: string[]) =>
    path
      .relative(displayRoot, path.join(contentDir, ...parts))
      .split(path.sep)
      .join('/');
  // The schemas' term references do not depend on the ids they accept.
  const noIds: TaxonomyIds = recordFromKeys(taxonomyNames, () => []);
  const files: FileTerms[] = [];
  for (const [folder, schema] of [
    ['services', serviceSchema(noIds)],
    ['entry-points', entryPointSchema(noIds)],
  ] as const) {
    for (const locale of localeCodes) {
      for (const name of listFiles(path.join(contentDir, folder, locale), '.mdx')) {
        const raw = readMdxFile(path.join(contentDir, folder, locale, name), display(folder, locale, name));
        files.push({ file: raw.file, uses: termsIn(schema, raw.data) });
      }
    }
  }
  const calendarSchema = calendarEntrySchema(noIds);
  for (const name of listFiles(path.join(contentDir, 'calendar'), '.yaml')) {
    const raw = readYamlFile(path.join(contentDir, 'calendar', name), display('calendar', name));
    files.push({ file: raw.file, uses: termsIn(calendarSchema, raw.data) });
  }
  const popular = path.join(contentDir, 'popular-searches.yaml');
  if (existsSync(popular)) files.push({ file: display('popular-searches.yaml'), uses: termsInPopularSearches(readYamlFile(popular, '').data) });
  return groupTermUsage(files);
}

/** How many files a "still in use" message names before it counts the rest. */
const LISTED_FILES = 10;

/**
 * One problem per id the content uses that its taxonomy does not have, on the taxonomy file, naming the files that
 * use it: an id in use cannot be renamed or removed (its label can). `taxonomyFile` gives a taxonomy's file as shown.
 */
export function missingTermProblems(usage: TermUsage, ids: Partial<TaxonomyIds>, taxonomyFile: (name: TaxonomyName) => string): Problem[] {
  return taxonomyNames.flatMap((name) => {
    const known = ids[name];
    if (!known) return [];
    return Object.entries(usage[name])
      .filter(([id]) => !known.includes(id))
      .map(([id, users]) => {
        const listed = users.slice(0, LISTED_FILES).join(', ');
        const more = users.length > LISTED_FILES ? ` and ${users.length - LISTED_FILES} more` : '';
        return {
          file: taxonomyFile(name),
          field: 'terms',
          // Without history, a removed id and a misspelt one look the same: the message names both causes.
          message: `the id "${id}" is used by ${listed}${more} but is not a term here; if it was renamed or removed, put the term back (an id in use cannot change, its label can) or change those files first; if those files misspell it, correct them`,
        };
      });
  });
}
