import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { copyFixture, editFrontMatter } from '../support/fixture-content.ts';

describe('build with invalid content', () => {
  const fixture = copyFixture();
  afterAll(() => fixture.cleanup());

  it('fails and names every file, field and what was expected', () => {
    editFrontMatter(fixture.dir, 'services/en/work-trial.mdx', {
      summary: 'x'.repeat(151),
      links: [{ label: 'Bad', url: 'javascript:alert(1)' }],
    });
    editFrontMatter(fixture.dir, 'services/fi/secret-draft.mdx', { municipalities: ['espoo'] });
    editFrontMatter(fixture.dir, 'services/en/kotoklubi.mdx', { categories: ['job-search-support', 'astrology'] });
    editFrontMatter(fixture.dir, 'services/fi/kotoklubi.mdx', { updated: '2026-13-01', name: undefined });

    const result = buildSite(fixture.dir, 'invalid-content');
    expect(result.status).not.toBe(0);
    for (const line of [
      /content\/services\/en\/work-trial\.mdx: summary: must be at most 150 characters/,
      /content\/services\/en\/work-trial\.mdx: links\[0\]\.url: expected an http\(s\), mailto: or tel: link/,
      /content\/services\/en\/kotoklubi\.mdx: categories\[1\]: unknown categories id "astrology"; known ids: /,
      /content\/services\/fi\/secret-draft\.mdx: municipalities: must be identical in every locale/,
      /content\/services\/fi\/kotoklubi\.mdx: updated: expected a date written as YYYY-MM-DD/,
      /content\/services\/fi\/kotoklubi\.mdx: name: expected text/,
    ]) {
      expect(result.output).toMatch(line);
    }
  });
});
