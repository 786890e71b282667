import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { readQueries, runEvaluation } from '../../tools/search-eval/run.ts';
import { summarise } from '../../tools/search-eval/metrics.ts';

/**
 * The search evaluation runs through the real catalogue page. Its figures are a measurement reported by
 * `npm run search:eval` and in BENCHMARKS.md, not a pass mark: this checks only that every query runs and is read.
 */
const env = useBrowserAndSite();

describe('the search evaluation', () => {
  it('runs every query of the set through the catalogue page and reads its ranked results', async () => {
    const queries = readQueries();
    const outcomes = await runEvaluation(env.browser, env.site, queries);
    expect(outcomes).toHaveLength(queries.length);
    for (const outcome of outcomes) {
      expect(outcome.catalogue, outcome.query.q).toBeGreaterThan(40);
      expect(outcome.matched, outcome.query.q).toBeGreaterThanOrEqual(outcome.ranked.length);
    }
    // At least the plain names are found: a broken run (every query empty) cannot pass as a low figure.
    const base = summarise(outcomes).filter((row) => row.kind === 'base');
    for (const row of base) expect(row.recallAt10, row.locale).toBeGreaterThan(0.5);
  }, 300_000);
});
