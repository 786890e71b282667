import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/build.ts';
import { querySets, readQueries } from '../../tools/search-eval/run.ts';

/** The search evaluation set is judged against the demo content: it must stay true to it. */
const dist = path.join(root, 'dist');
const queries = readQueries();

describe('the search evaluation set', () => {
  it('has at least 60 queries in both locales, of every kind the issue names', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const locale of ['en', 'fi']) {
      const kinds = new Set(queries.filter((q) => q.locale === locale).map((q) => q.kind));
      expect([...kinds].sort(), locale).toEqual(
        expect.arrayContaining(
          locale === 'fi' ? ['base', 'compound', 'compound-part', 'inflected', 'organisation', 'synonym', 'typo'] : ['base', 'phrase', 'synonym', 'typo'],
        ),
      );
    }
    expect(new Set(queries.map((q) => `${q.locale} ${q.q}`)).size).toBe(queries.length);
  });

  it('judges only services that are built and searchable in the query’s language, in every set', () => {
    expect(querySets().length).toBeGreaterThanOrEqual(2);
    for (const query of querySets().flatMap((file) => readQueries(file))) {
      for (const slug of query.relevant) {
        expect(existsSync(path.join(dist, query.locale, 'services', slug, 'index.html')), `${query.locale} “${query.q}”: ${slug}`).toBe(true);
      }
    }
  });
});
