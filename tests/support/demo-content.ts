/**
 * Reads the demo content straight from the files with gray-matter and YAML, independently of the site's
 * own loaders, so tests can compute what the built pages must contain.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { root } from './build.ts';

export interface RawService {
  slug: string;
  locale: string;
  data: Record<string, any>;
}

export const contentRoot = path.join(root, 'content');

export function readServices(contentDir = contentRoot): RawService[] {
  return ['en', 'fi'].flatMap((locale) =>
    readdirSync(path.join(contentDir, 'services', locale))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({
        slug: name.replace(/\.mdx$/, ''),
        locale,
        data: matter(readFileSync(path.join(contentDir, 'services', locale, name), 'utf8'), { engines: { yaml: (s: string) => YAML.parse(s) } }).data,
      })),
  );
}

export function readTerms(taxonomy: string, contentDir = contentRoot): { id: string; label: Record<string, string> }[] {
  return YAML.parse(readFileSync(path.join(contentDir, 'taxonomies', `${taxonomy}.yaml`), 'utf8')).terms;
}

/** The build's date, as the site's build sees it (`npm test` pins SITE_TODAY so the demo content does not age). */
export const today = process.env['SITE_TODAY'] ?? new Date().toISOString().slice(0, 10);

/** The status after the review rules, restated here from seed 004: outdated at 150 days, archived 60 days later. */
export function effectiveStatus(s: RawService): string {
  const status = String(s.data.status);
  if (status === 'draft' || status === 'archived') return status;
  const days = Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${s.data.reviewed}T00:00:00Z`)) / 86_400_000);
  if (days >= 210) return 'archived';
  if (days >= 150 || status === 'outdated') return 'outdated';
  return 'published';
}
export const isPublished = (s: RawService) => effectiveStatus(s) === 'published';
export const isShown = (s: RawService) => ['published', 'outdated'].includes(effectiveStatus(s));
export const servesMunicipality = (s: RawService, id: string) => s.data.municipalities.includes('all') || s.data.municipalities.includes(id);

export function readYamlDir(folder: string, contentDir = contentRoot): { id: string; data: Record<string, any> }[] {
  return readdirSync(path.join(contentDir, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: YAML.parse(readFileSync(path.join(contentDir, folder, name), 'utf8')) }));
}

export function readPageSlugs(locale: string, contentDir = contentRoot): string[] {
  return readdirSync(path.join(contentDir, 'pages', locale))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, ''));
}

export function readEntryPoints(contentDir = contentRoot): RawService[] {
  return ['en', 'fi'].flatMap((locale) =>
    readdirSync(path.join(contentDir, 'entry-points', locale))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({
        slug: name.replace(/\.mdx$/, ''),
        locale,
        data: matter(readFileSync(path.join(contentDir, 'entry-points', locale, name), 'utf8'), { engines: { yaml: (s: string) => YAML.parse(s) } }).data,
      })),
  );
}

/** The service field behind each search parameter, written out here independently of the site's code. */
export const paramFields: Record<string, string> = {
  municipality: 'municipalities',
  category: 'categories',
  situation: 'situations',
  language: 'languages',
  age: 'ages',
  mode: 'modes',
  access: 'accessibility',
  support: 'support',
  audience: 'audiences',
};

/** OR within a filter, AND across filters; "all" municipalities match any municipality. */
export function matchesFilterSet(service: RawService, filters: Record<string, string[]>): boolean {
  return Object.entries(filters).every(([param, values]) =>
    values.some((value) => {
      if (param === 'cost') return service.data.cost === value;
      if (param === 'municipality') return servesMunicipality(service, value);
      return (service.data[paramFields[param]!] ?? []).includes(value);
    }),
  );
}
