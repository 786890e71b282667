import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSearchWordsSize, readSearchWords } from './search-words.ts';
import { MAX_SYNONYMS_BYTES } from '../schemas/synonyms.ts';

describe('the search words file', () => {
  it('is refused, naming the file, when larger than the cap: its words are added to pages', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-words-'));
    const file = path.join(dir, 'synonyms', 'en.yaml');
    const entry = '  - { same: [pay subsidy, wage subsidy] }\n';
    mkdirSync(path.dirname(file));
    writeFileSync(file, `synonyms:\n${entry.repeat(Math.ceil(MAX_SYNONYMS_BYTES / entry.length) + 1)}`);
    expect(() => checkSearchWordsSize(file)).toThrow(file);
    expect(() => readSearchWords('en', dir)).toThrow(/at most 65536/);
    writeFileSync(file, `synonyms:\n${entry}`);
    expect(() => checkSearchWordsSize(file)).not.toThrow();
  });

  it('an empty or invalid file is refused by the build naming the file, not the page that read it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-words-'));
    const file = path.join(dir, 'synonyms', 'en.yaml');
    mkdirSync(path.dirname(file));
    writeFileSync(file, '');
    expect(() => readSearchWords('en', dir)).toThrow(`${file}: the file is empty: delete it or add entries`);
    const other = path.join(dir, 'synonyms', 'fi.yaml');
    writeFileSync(other, 'synonyms:\n  - same: [yksi]\n');
    expect(() => readSearchWords('fi', dir)).toThrow(`${other}: synonyms.0.same:`);
  });
});
