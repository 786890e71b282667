/** A guardrail from the architecture work: no source file grows past 400 lines (tests and data aside). */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const MAX_LINES = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|js|css)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe('source files stay small', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('tools')];
  it('finds the source', () => {
    expect(files.length).toBeGreaterThan(80);
  });
  it.each(files)(`%s has at most ${MAX_LINES} lines`, (file) => {
    expect(readFileSync(path.join(root, file), 'utf8').split('\n').length).toBeLessThanOrEqual(MAX_LINES + 1);
  });
});
