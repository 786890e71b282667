/**
 * `npm run search:eval`: runs every search evaluation set (tools/search-eval/queries*.yaml) through the built
 * site's catalogue page in Chromium and prints, per set, recall@10, top-3, noise, irrelevant services in the top five
 * and empty results per kind of query and locale (build first: `npm run build`). `--json` prints the outcomes instead;
 * `--set dev` runs only the sets whose file name contains "dev"; `--totals` prints the figures per kind without the
 * queries missed (for a held-out set, whose queries a tuner must not see). A measurement: nothing fails on a low figure.
 */
import path from 'node:path';
import { launchChromium, serveSite } from './lib/browser.ts';
import { parseToolArgs } from './lib/cli.ts';
import { figuresTable, summarise, type Figures } from './search-eval/metrics.ts';
import { querySets, readQueries, runEvaluation } from './search-eval/run.ts';

const { values } = parseToolArgs({
  command: 'npm run search:eval --',
  usage: [
    '  --dir FOLDER   the built site to evaluate (default: dist; build it first)',
    '  --set NAME     only the sets whose file name contains NAME (say, dev)',
    '  --totals       the figures per kind, without the queries missed (for a held-out set)',
    "  --json         print every query's outcome as JSON",
  ].join('\n'),
  options: {
    json: { type: 'boolean', default: false },
    totals: { type: 'boolean', default: false },
    set: { type: 'string' },
    dir: { type: 'string', default: 'dist' },
  },
});
const withoutQueries = (rows: Figures[]) => rows.map((row) => ({ ...row, misses: [] }));
const [browser, site] = await Promise.all([launchChromium(), serveSite(values.dir)]);
try {
  for (const file of querySets().filter((file) => !values.set || path.basename(file).includes(values.set))) {
    const outcomes = await runEvaluation(browser, site, readQueries(file));
    console.log(`\n## ${path.basename(file)}\n`);
    console.log(values.json ? JSON.stringify(outcomes, null, 2) : figuresTable(values.totals ? withoutQueries(summarise(outcomes)) : summarise(outcomes)));
  }
} finally {
  await browser.close();
  await site.close();
}
