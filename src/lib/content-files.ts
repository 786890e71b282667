/**
 * Reads the raw content files (no validation) from a content folder. Used by the content CLI, the build's
 * validation step and the tests, so that all of them see the files exactly the same way.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * YAML 1.2 core schema: dates stay strings, so "2026-02-30" is reported instead of silently rolling over, and
 * duplicate keys are errors. js-yaml (the parser Astro itself uses) reads 5,000 services' front matter about eight
 * times faster than the `yaml` package did, the largest single cost of the content check at that scale.
 */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/** Splits a Markdown/MDX file into its front matter (parsed as above) and body. */
export function parseFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  const parsed = matter(text, { engines: { yaml: (yaml: string) => (parseYaml(yaml) ?? {}) as object } });
  return { data: parsed.data, content: parsed.content };
}

export interface RawFile {
  /** Path relative to the project root (or to the content folder's parent), for messages. */
  file: string;
  data: unknown;
  body?: string;
  /** Set when the file could not be parsed at all. */
  parseError?: string;
}

export function readYamlFile(absolute: string, display: string): RawFile {
  try {
    return { file: display, data: parseYaml(readFileSync(absolute, 'utf8')) };
  } catch (error) {
    return { file: display, data: undefined, parseError: `invalid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

export function readMdxFile(absolute: string, display: string): RawFile {
  try {
    const parsed = parseFrontMatter(readFileSync(absolute, 'utf8'));
    return { file: display, data: parsed.data, body: parsed.content };
  } catch (error) {
    return { file: display, data: undefined, parseError: `invalid front matter: ${(error as Error).message.split('\n')[0]}` };
  }
}

export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && statSync(path.join(dir, name)).isFile())
    .sort();
}

export function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort();
}

/** The content folder: `content/` by default, or `CONTENT_DIR` (fixtures, generated benchmark catalogues). */
export function resolveContentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR ?? 'content');
}
