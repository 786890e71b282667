/**
 * Where each kind of content file lives. Every file under the content folder must be one of these; anything else
 * is reported by name instead of being silently left out of the site (a service saved as `.md` or moved into a
 * subfolder, a calendar entry saved as `.yml`, all gave "Content OK" before while the item vanished).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { localeCodes } from '../i18n/locales.ts';
import { taxonomyNames } from '../schemas/taxonomy.ts';

/** Folders of `<locale>/<slug>.mdx` files, folders of `<id>.yaml` files, and single files at the top. */
export const localizedFolders = ['services', 'pages', 'entry-points'] as const;
export const yamlFolders = ['calendar', 'partners'] as const;
export const topLevelFiles = ['popular-searches.yaml'] as const;
/** Files at the top that are not content: a guide for editors, the benchmark generator's marker. */
const notContent = ['README.md', '.generated-catalogue'];

export interface MisplacedFile {
  /** Path relative to the content folder, with `/`. */
  file: string;
  message: string;
}

/** Every file below `dir`, hidden ones included, relative to it with `/`. */
export function listTree(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function whyNotRead(file: string): string | undefined {
  const parts = file.split('/');
  const [folder = '', ...rest] = parts;
  const name = parts.at(-1)!;
  if (parts.length === 1) {
    return [...topLevelFiles, ...notContent].includes(file)
      ? undefined
      : `not a content file; the top of the content folder holds only ${topLevelFiles.join(', ')} and the folders ${[...localizedFolders, ...yamlFolders, 'taxonomies', 'synonyms'].join(', ')}`;
  }
  if (folder === 'synonyms') {
    if (rest.length === 1 && (localeCodes as readonly string[]).some((code) => name === `${code}.yaml`)) return undefined;
    return `not read: the search words are synonyms/<locale>.yaml (${localeCodes.map((code) => `${code}.yaml`).join(', ')})`;
  }
  if (folder === 'taxonomies') {
    if (rest.length === 1 && (taxonomyNames as readonly string[]).includes(name.replace(/\.yaml$/, '')) && name.endsWith('.yaml')) return undefined;
    return `not read: the taxonomies are ${taxonomyNames.map((n) => `${n}.yaml`).join(', ')}`;
  }
  if ((localizedFolders as readonly string[]).includes(folder)) {
    const expected = `${folder} are read from ${folder}/<locale>/<name>.mdx (locales: ${localeCodes.join(', ')})`;
    if (rest.length !== 2) return `not read: ${expected}; move the file there`;
    if (!name.endsWith('.mdx')) return `not read: ${expected}; rename it to end in ".mdx" (lower case)`;
    return (localeCodes as readonly string[]).includes(rest[0]!) ? undefined : `not read: ${expected}`;
  }
  if ((yamlFolders as readonly string[]).includes(folder)) {
    const expected = `${folder} entries are read from ${folder}/<name>.yaml`;
    if (rest.length !== 1) return `not read: ${expected}; move the file there`;
    return name.endsWith('.yaml') ? undefined : `not read: ${expected}; rename it to end in ".yaml"`;
  }
  return `not a content file: no content is read from "${folder}/"`;
}

/** Files under `contentDir` that the site would not read, each with what was expected instead. */
export function misplacedFiles(contentDir: string): MisplacedFile[] {
  return listTree(contentDir).flatMap((file) => {
    const message = whyNotRead(file);
    return message ? [{ file, message }] : [];
  });
}
