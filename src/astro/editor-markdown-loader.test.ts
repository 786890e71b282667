import { describe, expect, it } from 'vitest';
import { searchWordsOfBody } from './editor-markdown-loader.ts';

describe('the words of a body kept for search', () => {
  it('keeps each word once, letters and digits only', () => {
    expect(searchWordsOfBody('## Kielikahvila\n\nTule [kielikahvilaan](https://example.org) – kielikahvila on auki 24/7.')).toBe(
      'Kielikahvila Tule kielikahvilaan https example org kielikahvila on auki 24 7',
    );
  });

  it('leaves out words longer than a word can be, and stops at 20,000 characters', () => {
    expect(searchWordsOfBody(`${'a'.repeat(16_000)} kurssi`)).toBe('kurssi');
    const many = Array.from({ length: 10_000 }, (_, i) => `sana${i}`).join(' ');
    expect(searchWordsOfBody(many).length).toBeLessThanOrEqual(20_000);
  });
});
