/**
 * The files of the /admin/ page: its HTML, the generated configurations (config.<locale>.yml), the page's own scripts (src/client/cms/),
 * a browser build of `yaml`, and Decap CMS's bundle copied from node_modules/decap-cms/dist/ (never from a CDN,
 * never committed). The build writes them into dist/admin/; the dev server serves the same list from memory.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import YAML from 'yaml';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { ATTACHMENT_TYPES } from '../schemas/attachments.ts';
import { cmsSettings, type CmsSettings } from './backend.ts';
import { decapConfig, decapConfigYaml, readTerms } from './config.ts';
import { termUsage, type TermUsage } from '../build/term-usage.ts';
import { parseFrontMatter } from '../build/content-files.ts';

const require = createRequire(import.meta.url);

/** A file of the admin page: `path` relative to /admin/, and either a file to copy or generated text. */
export type AdminFile = { path: string; source: string } | { path: string; text: string };

export const decapDist = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const yamlBrowserDist = path.join(path.dirname(require.resolve('yaml/package.json')), 'browser/dist');
const browserDir = path.join(import.meta.dirname, '../client/cms');

/** Decap's bundle, its lazily loaded chunks and WebAssembly, and its licence notice; no source maps. */
export function decapBundleFiles(): string[] {
  return readdirSync(decapDist)
    .filter((name) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name))
    .sort();
}

function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, name)).isDirectory() ? listTree(path.join(dir, name), rel) : [rel];
  });
}

export function adminHtml(): string {
  return `<!doctype html>
<html lang="${defaultLocale}" data-site-home="/${defaultLocale}/" data-ui-locales="${localeCodes.join(' ')}" data-default-locale="${defaultLocale}" data-attachment-types="${ATTACHMENT_TYPES.join(' ')}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Content manager | Helsinki Spouse Program</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <script type="module" src="admin.js"></script>
  </head>
  <body>
    <noscript>The content manager needs JavaScript.</noscript>
  </body>
</html>
`;
}

/** `config.<locale>.yml` for an editor working in each locale, generated from the schemas and the taxonomies of `contentDir`. */
export function configFiles(contentDir: string, settings: CmsSettings = cmsSettings()): AdminFile[] {
  const terms = readTerms(contentDir);
  const usage = termUsage(contentDir);
  return localeCodes.map((ui) => ({
    path: `config.${ui}.yml`,
    text: decapConfigYaml(decapConfig(settings, terms, ui, publicTermUsage(usage, contentDir, ui, unpublishedName[ui] ?? unpublishedName[defaultLocale]!))),
  }));
}

/** How the public admin configuration names a file that uses a term but is not on the site. */
const unpublishedName: Record<string, string> = { en: '(an unpublished entry)', fi: '(julkaisematon sisältö)' };

/** Files that use terms but have no name of their own, by how editors know them. */
const fileNames: Record<string, Record<string, string>> = {
  'content/popular-searches.yaml': { en: 'Popular searches (on the service search page)', fi: 'Suositut haut (palveluhaun sivulla)' },
};

/**
 * Term usage as the admin's public configuration shows it: each entry by its name in the editor's language, never
 * its file's path ("Kirjastojen kielikahvilat"), once for all its languages' files. A draft's or an archived entry's
 * name would tell the world what is not published yet, so it is named only as unpublished (content:check still
 * names the file).
 */
function publicTermUsage(usage: Partial<TermUsage>, contentDir: string, ui: string, unpublished: string): Partial<TermUsage> {
  const repo = path.dirname(contentDir);
  const named = new Map<string, string>();
  const nameOf = (file: string): string => {
    let name = named.get(file);
    if (name !== undefined) return name;
    const perLocale = /\/(services|entry-points|pages)\/[a-z]{2}\/([^/]+)\.mdx$/.exec(file);
    const read = (relative: string): Record<string, unknown> => {
      const text = readFileSync(path.join(repo, relative), 'utf8');
      return (relative.endsWith('.mdx') ? parseFrontMatter(text).data : (YAML.parse(text) ?? {})) as Record<string, unknown>;
    };
    const own = read(file);
    if (perLocale && (own['status'] === 'draft' || own['status'] === 'archived')) name = unpublished;
    else {
      const uiFile = perLocale ? file.replace(/\/[a-z]{2}\/([^/]+)\.mdx$/, `/${ui}/$1.mdx`) : file;
      const data = perLocale && existsSync(path.join(repo, uiFile)) ? read(uiFile) : own;
      const title = data['name'] ?? data['title'];
      const text: unknown = title && typeof title === 'object' ? (title as Record<string, unknown>)[ui] : title;
      const where = perLocale ? perLocale[2]! : path.basename(file).replace(/\.ya?ml$/, '');
      name = typeof text === 'string' && text.trim() ? text.trim() : (fileNames[file]?.[ui] ?? where);
    }
    named.set(file, name);
    return name;
  };
  return Object.fromEntries(
    Object.entries(usage).map(([taxonomy, ids]) => [
      taxonomy,
      Object.fromEntries(Object.entries(ids ?? {}).map(([id, files]) => [id, [...new Set(files.map(nameOf))]])),
    ]),
  );
}

/** The page's own scripts (src/client/cms/), served as they are. */
const browserModules = readdirSync(browserDir).filter((name) => name.endsWith('.js'));

/** Every file but the configurations. */
export function staticAdminFiles(): AdminFile[] {
  return [
    { path: 'index.html', text: adminHtml() },
    ...browserModules.map((name) => ({ path: name, source: path.join(browserDir, name) })),
    ...listTree(yamlBrowserDist).map((rel) => ({ path: `vendor/yaml/${rel}`, source: path.join(yamlBrowserDist, rel) })),
    ...decapBundleFiles().map((name) => ({ path: name, source: path.join(decapDist, name) })),
  ];
}

export function adminFiles(contentDir: string, settings: CmsSettings = cmsSettings()): AdminFile[] {
  return [...staticAdminFiles(), ...configFiles(contentDir, settings)];
}

export function writeAdminFiles(outDir: string, files: AdminFile[]): void {
  for (const file of files) {
    const target = path.join(outDir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    if ('text' in file) writeFileSync(target, file.text);
    else copyFileSync(file.source, target);
  }
}
