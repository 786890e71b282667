/**
 * Reads the raw content files (no validation) from a content folder. Used by the content CLI, the build's
 * validation step and the tests, so that all of them see the files exactly the same way.
 */
import { readFileSync, readdirSync, existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { CONTENT_LIMITS } from '../schemas/common.ts';

/**
 * YAML 1.2 core schema: dates stay strings, so "2026-02-30" is reported instead of silently rolling over, and
 * duplicate keys are errors. js-yaml (the parser Astro itself uses) reads 5,000 services' front matter about eight
 * times faster than the `yaml` package did, the largest single cost of the content check at that scale.
 * Anchors and aliases are refused: Decap never writes them, and 2,000 aliases of one long string turned an 18 KB
 * file into a 20 MB page. (An alias needs an anchor, so refusing anchors refuses aliases too.)
 */
export function parseYaml(text: string): unknown {
  return load(text, {
    schema: CORE_SCHEMA,
    listener: (event, state) => {
      // The parser's state names a node's anchor when the node closes (not in @types/js-yaml).
      const anchor = (state as { anchor?: string | null }).anchor;
      if (event === 'close' && anchor) {
        throw new Error(`anchors and aliases (&${anchor}, *${anchor}) are not allowed at line ${state.line + 1}; write the value out`);
      }
    },
  });
}

/** The line that opens and closes front matter. Nothing may follow it: `---js` would select another language. */
const FENCE = '---';

/**
 * Splits a Markdown/MDX file into its front matter (parsed as above, YAML only) and body. This is the only front
 * matter reader: gray-matter, which the site used before, evaluates `---js` front matter as JavaScript by default.
 * A file with no front matter gives `{}` (its schema then names the missing fields).
 */
export function parseFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstBreak = source.indexOf('\n');
  const opening = (firstBreak < 0 ? source : source.slice(0, firstBreak)).trimEnd();
  if (opening !== FENCE) {
    const firstText = source.split('\n').find((line) => line.trim() !== '');
    if (firstText?.trim() === FENCE) {
      throw new Error('front matter must start on the very first line: remove the empty lines or spaces before the first "---"');
    }
    if (opening.startsWith(FENCE)) {
      throw new Error(`front matter must be YAML between two "---" lines; "${opening.slice(0, 20)}" asks for another language, which is not allowed`);
    }
    return { data: {}, content: source };
  }
  const lines = source.split('\n');
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === FENCE);
  if (close < 0) throw new Error('front matter is not closed: expected a line "---" after it');
  const data = parseYaml(lines.slice(1, close).join('\n')) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter must be a YAML mapping of field: value');
  return { data: data as Record<string, unknown>, content: lines.slice(close + 1).join('\n') };
}

export interface RawFile {
  /** Path relative to the project root (or to the content folder's parent), for messages. */
  file: string;
  data: unknown;
  body?: string;
  /** Set when the file could not be parsed at all. */
  parseError?: string;
}

/**
 * A content file's text, read only when it is a regular file within the size cap: links are never followed, and a
 * file too large to check is not parsed (the layout check names it).
 */
function readContentText(absolute: string): string {
  const stat = lstatSync(absolute);
  if (!stat.isFile()) throw new Error('not a regular file (a link, folder or device); put the file itself here');
  if (stat.size > CONTENT_LIMITS.fileBytes) throw new Error(`the file is larger than ${CONTENT_LIMITS.fileBytes.toLocaleString('en')} bytes`);
  return readFileSync(absolute, 'utf8');
}

export function readYamlFile(absolute: string, display: string): RawFile {
  try {
    return { file: display, data: parseYaml(readContentText(absolute)) };
  } catch (error) {
    return { file: display, data: undefined, parseError: `invalid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

export function readMdxFile(absolute: string, display: string): RawFile {
  try {
    const parsed = parseFrontMatter(readContentText(absolute));
    return { file: display, data: parsed.data, body: parsed.content };
  } catch (error) {
    return { file: display, data: undefined, parseError: `invalid front matter: ${(error as Error).message.split('\n')[0]}` };
  }
}

export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && lstatSync(path.join(dir, name)).isFile())
    .sort();
}

export function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => lstatSync(path.join(dir, name)).isDirectory())
    .sort();
}

/** The content folder: `content/` by default, or `CONTENT_DIR` (fixtures, generated benchmark catalogues). */
export function resolveContentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** The folder copied into the site as it is (Astro's `publicDir`): `public/`, or `SITE_PUBLIC_DIR` for fixtures. */
export function resolvePublicDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.SITE_PUBLIC_DIR ?? 'public');
}

/** Where Decap puts uploads, inside the public folder; published under /attachments/. */
export function resolveAttachmentsDir(root: string = process.cwd()): string {
  return path.join(resolvePublicDir(root), 'attachments');
}
