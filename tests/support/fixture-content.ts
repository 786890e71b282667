/** Copies the fixture content folder to a temporary place so a test can break one thing in it. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';

export const fixtureContent = path.resolve(import.meta.dirname, '../fixtures/content');

export function copyFixture(): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'spouse-content-'));
  const dir = path.join(root, 'content');
  cpSync(fixtureContent, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Changes front matter fields of an MDX file; `undefined` removes a field. */
export function editFrontMatter(dir: string, file: string, changes: Record<string, unknown>): void {
  const absolute = path.join(dir, file);
  const parsed = matter(readFileSync(absolute, 'utf8'), { engines: { yaml: (s: string) => YAML.parse(s) as object } });
  const data = { ...(parsed.data as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  writeFileSync(absolute, `---\n${YAML.stringify(data, { aliasDuplicateObjects: false })}---\n${parsed.content}`);
}

/** Changes fields of a YAML data file (a calendar entry, partner). */
export function editYaml(dir: string, file: string, edit: (data: any) => unknown): void {
  const absolute = path.join(dir, file);
  const data = YAML.parse(readFileSync(absolute, 'utf8'));
  // No anchors for repeated objects: the content check refuses them, as Decap never writes them.
  writeFileSync(absolute, YAML.stringify(edit(data) ?? data, { aliasDuplicateObjects: false }));
}

export function writeText(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

export function replaceText(dir: string, file: string, search: string | RegExp, replacement: string): void {
  const absolute = path.join(dir, file);
  const before = readFileSync(absolute, 'utf8');
  const after = before.replace(search, replacement);
  if (before === after) throw new Error(`replaceText: nothing to replace in ${file}`);
  writeFileSync(absolute, after);
}
