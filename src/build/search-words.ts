/** Reads a locale's search words (content/synonyms/<locale>.yaml, src/schemas/synonyms.ts); a locale without the file has none. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_SYNONYMS_BYTES, synonymsFile, type SearchWords } from '../schemas/synonyms.ts';
import { readYamlFile, resolveContentDir } from './content-files.ts';

export const searchWordsPath = (contentDir: string, locale: string): string => path.join(contentDir, 'synonyms', `${locale}.yaml`);

const cache = new Map<string, SearchWords>();

/** An empty file (or one holding only comments) is a mistake, not "no words": it is refused, never read as empty. */
export const EMPTY_SEARCH_WORDS = 'the file is empty: delete it or add entries (synonyms:, compoundParts:, ignoredWords:)';

/**
 * Validated (the content check reports a bad file by field before the build gets here); any problem the build still
 * meets is thrown naming the file, never as a bare schema error from whichever page read it first.
 */
export function readSearchWords(locale: string, contentDir = resolveContentDir()): SearchWords {
  const file = searchWordsPath(contentDir, locale);
  let words = cache.get(file);
  if (!words) {
    words = existsSync(file) ? readFile(file) : synonymsFile.parse({});
    cache.set(file, words);
  }
  return words;
}

function readFile(file: string): SearchWords {
  checkSearchWordsSize(file);
  const raw = readYamlFile(file, file);
  if (raw.parseError) throw new Error(`${file}: ${raw.parseError}`);
  if (raw.data === undefined || raw.data === null) throw new Error(`${file}: ${EMPTY_SEARCH_WORDS}`);
  const result = synonymsFile.safeParse(raw.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return result.data;
}

/** What is wrong with a search words file's size, if anything: its words are added to pages, so it is capped. */
export function searchWordsSizeProblem(file: string): string | undefined {
  const size = statSync(file).size;
  if (size <= MAX_SYNONYMS_BYTES) return undefined;
  return `${size} bytes; a search words file may have at most ${MAX_SYNONYMS_BYTES} (split rare entries out or shorten them)`;
}

/** Refuses a search words file over MAX_SYNONYMS_BYTES, naming it. */
export function checkSearchWordsSize(file: string): void {
  const problem = searchWordsSizeProblem(file);
  if (problem) throw new Error(`${file}: ${problem}`);
}
