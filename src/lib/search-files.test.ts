import { describe, expect, it } from 'vitest';
import { CARDS_PER_FILE, cardShardPath, isCardShardPath, searchFileOf, searchFilePath, shardOf, type SearchFile } from './search-files.ts';

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

  it('puts each position in one card file, CARDS_PER_FILE to a file, and knows those files again from their paths', () => {
    expect([0, CARDS_PER_FILE - 1, CARDS_PER_FILE, 3 * CARDS_PER_FILE + 1].map(shardOf)).toEqual([0, 0, 1, 3]);
    expect(cardShardPath('fi', 2)).toBe('/fi/services/cards-2.json');
    for (const locale of ['en', 'fi']) expect(isCardShardPath(cardShardPath(locale, 12))).toBe(true);
    for (const other of ['/en/services/cards-1.json/', '/en/services/x/cards-1.json', '/en/services/cards-x.json', searchFilePath('en', 'index')])
      expect(isCardShardPath(other)).toBe(false);
    expect(searchFileOf(cardShardPath('en', 0))).toBeUndefined();
  });
});
