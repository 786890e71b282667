/**
 * `npm run search:eval`: runs the search evaluation set (tools/search-eval/queries.yaml) through the built site's
 * catalogue page in Chromium and prints recall@10, top-3 and noise per kind of query and locale (build first:
 * `npm run build`). `--json` prints the outcomes instead. A measurement: nothing fails on a low figure.
 */
import { parseArgs } from 'node:util';
import { launchChromium, serveSite } from './lib/browser.ts';
import { figuresTable, summarise } from './search-eval/metrics.ts';
import { readQueries, runEvaluation } from './search-eval/run.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, dir: { type: 'string', default: 'dist' } } });
const queries = readQueries();
const [browser, site] = await Promise.all([launchChromium(), serveSite(values.dir)]);
try {
  const outcomes = await runEvaluation(browser, site, queries);
  console.log(values.json ? JSON.stringify(outcomes, null, 2) : figuresTable(summarise(outcomes)));
} finally {
  await browser.close();
  await site.close();
}
