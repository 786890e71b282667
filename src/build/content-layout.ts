/**
 * Where each kind of content file lives. Every file under the content folder must be one of these; anything else
 * is reported by name instead of being silently left out of the site (a service saved as `.md` or moved into a
 * subfolder, a calendar entry saved as `.yml`, all gave "Content OK" before while the item vanished).
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { localeCodes } from '../i18n/locales.ts';
import { taxonomyNames } from '../schemas/taxonomy.ts';
import { CONTENT_LIMITS, idPattern } from '../schemas/common.ts';

/** Folders of `<locale>/<slug>.mdx` files, folders of `<id>.yaml` files, and single files at the top. */
export const localizedFolders = ['services', 'pages', 'entry-points'] as const;
export const yamlFolders = ['calendar', 'partners'] as const;
export const topLevelFiles = ['popular-searches.yaml'] as const;
/** Files at the top that are not content: a guide for editors, the benchmark generator's marker. */
const notContent = ['README.md', '.generated-catalogue'];

export interface MisplacedFile {
  /** Path relative to the content folder, with `/`. */
  file: string;
  /** `(file)` for where and what the file is, `(file name)` for its name. */
  field: '(file)' | '(file name)';
  message: string;
}

/** One entry below a folder, as `lstat` sees it: a link is a link, never what it points at. */
export interface TreeEntry {
  /** Path relative to the folder, with `/`. */
  file: string;
  kind: 'file' | 'symlink' | 'directory' | 'other';
  size: number;
}

/** Names that look like a file: a folder so named stands where a file belongs. */
const fileLike = /\.(?:mdx?|ya?ml|json|pdf|png|jpe?g|webp|svg|html?)$/i;

/**
 * Every entry below `dir` that is not a plain folder to descend into, hidden ones included: regular files, symbolic
 * links (never followed: a link to `/` once made the check walk `/proc`), devices, sockets and pipes, and folders
 * named like a file. Read with `lstat`, without recursion into links.
 */
export function walkTree(dir: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const relative = pending.pop()!;
    for (const name of readdirSync(path.join(dir, relative))) {
      const file = relative ? `${relative}/${name}` : name;
      const stat = lstatSync(path.join(dir, file));
      if (stat.isDirectory()) {
        if (fileLike.test(name)) entries.push({ file, kind: 'directory', size: 0 });
        else pending.push(file);
      } else {
        entries.push({ file, kind: stat.isFile() ? 'file' : stat.isSymbolicLink() ? 'symlink' : 'other', size: stat.size });
      }
    }
  }
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Every file below `dir` (links and devices included, never followed), relative to it with `/`. */
export function listTree(dir: string): string[] {
  return walkTree(dir).map((entry) => entry.file);
}

/** Why an entry that is not a regular file is not read, or undefined for a regular file. */
export function notAFile(entry: TreeEntry): string | undefined {
  if (entry.kind === 'symlink') return 'a link to another file or folder (symlink) is never followed or published; put the file itself here';
  if (entry.kind === 'directory') return 'a folder where a file belongs; move its contents out and remove the folder';
  if (entry.kind === 'other') return 'not a regular file (a device, socket or pipe); remove it';
  return undefined;
}

/** Why a content file's name (without its folder) is not a slug, or undefined when it is. */
function nameProblem(name: string, extension: string, example: string): string | undefined {
  const slug = name.slice(0, -extension.length);
  if (name.startsWith('.')) return `hidden files (starting with ".") are not read; rename it to a slug such as "${example}${extension}"`;
  if (!idPattern.test(slug) || slug.length > CONTENT_LIMITS.idCharacters) {
    return `expected a lowercase ASCII slug such as "${example}${extension}" (a-z, 0-9 and single hyphens, at most ${CONTENT_LIMITS.idCharacters} characters); rename the file`;
  }
  return undefined;
}

const examples: Record<string, string> = {
  services: 'job-search-coaching',
  pages: 'for-companies',
  'entry-points': 'new-parents',
  calendar: 'spring-intake',
  partners: 'city-of-espoo',
};

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

/** The name rule of a file that is where it belongs: content files are named by a slug, each once in any case. */
function namingProblem(file: string): string | undefined {
  const [folder = '', ...rest] = file.split('/');
  const name = rest.at(-1) ?? '';
  if ((localizedFolders as readonly string[]).includes(folder)) return nameProblem(name, '.mdx', examples[folder]!);
  if ((yamlFolders as readonly string[]).includes(folder)) return nameProblem(name, '.yaml', examples[folder]!);
  return undefined;
}

/**
 * Files under `contentDir` that the site would not read, or not read as they are, each with what was expected
 * instead: files out of place, names that are not slugs (a file named `Spring-Intake.yaml` next to
 * `spring-intake.yaml` replaced it in the build), hidden files, links, devices, folders named like files, and files
 * over the size cap.
 */
export function misplacedFiles(contentDir: string): MisplacedFile[] {
  const problems: MisplacedFile[] = [];
  const byFolderAndName = new Map<string, string>();
  for (const entry of walkTree(contentDir)) {
    const kind = notAFile(entry);
    if (kind) {
      problems.push({ file: entry.file, field: '(file)', message: kind });
      continue;
    }
    const where = whyNotRead(entry.file);
    if (where) {
      problems.push({ file: entry.file, field: '(file)', message: where });
      continue;
    }
    if (notContent.includes(entry.file)) continue;
    if (entry.size > CONTENT_LIMITS.fileBytes) {
      problems.push({
        file: entry.file,
        field: '(file)',
        message: `the file is ${entry.size.toLocaleString('en')} bytes; a content file is at most ${CONTENT_LIMITS.fileBytes.toLocaleString('en')} bytes: shorten it or split it`,
      });
    }
    const name = namingProblem(entry.file);
    if (name) problems.push({ file: entry.file, field: '(file name)', message: name });
    const key = entry.file.toLowerCase();
    const same = byFolderAndName.get(key);
    if (same) problems.push({ file: entry.file, field: '(file name)', message: `the same name as ${same} in another case; give each file its own name` });
    else byFolderAndName.set(key, entry.file);
  }
  return problems;
}
