/** Reads a locale's search words (content/synonyms/<locale>.yaml, src/schemas/synonyms.ts); a locale without the file has none. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { synonymsFile, type SearchWords } from '../schemas/synonyms.ts';
import { readYamlFile, resolveContentDir } from './content-files.ts';

export const searchWordsPath = (contentDir: string, locale: string): string => path.join(contentDir, 'synonyms', `${locale}.yaml`);

const cache = new Map<string, SearchWords>();

/** Validated (the content check reports a bad file by field before the build gets here). */
export function readSearchWords(locale: string, contentDir = resolveContentDir()): SearchWords {
  const file = searchWordsPath(contentDir, locale);
  let words = cache.get(file);
  if (!words) {
    words = existsSync(file) ? synonymsFile.parse(readYamlFile(file, file).data) : synonymsFile.parse({});
    cache.set(file, words);
  }
  return words;
}
