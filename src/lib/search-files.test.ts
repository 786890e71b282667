import { describe, expect, it } from 'vitest';
import { searchFileOf, searchFilePath, type SearchFile } from './search-files.ts';

describe('the catalogue search files', () => {
  it('knows each file again from its path, in either locale, and no other path', () => {
    const files: SearchFile[] = ['index', 'dates', 'ids', 'pages', 'suggestions'];
    for (const locale of ['en', 'fi']) for (const file of files) expect(searchFileOf(searchFilePath(locale, file))).toBe(file);
    for (const other of [
      '/en/services/',
      '/en/services/kotoklubi/card.json',
      '/pagefind/pagefind-entry.json',
      '/en/filter-index.json',
      '/en/services/x/filter-index.json',
    ])
      expect(searchFileOf(other)).toBeUndefined();
  });
});
