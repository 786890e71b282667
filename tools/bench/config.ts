/** Settings of the benchmark: the date the catalogue is generated for, its folders, the queries it times, and its command-line arguments. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot as root } from '../generate-catalogue.ts';
export const TODAY = '2026-11-22';
export const benchDir = path.join(root, 'bench');
export const tmpDir = path.join(benchDir, '.tmp');
export const resultsDir = path.join(benchDir, 'results');
export const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** First text searches of two and four words whose bytes are counted, beside the one-word `q=job` (issue 28's budget). */
export const firstTextSearchesOfWords = ['/en/services/?q=learn%20finnish', '/en/services/?q=job%20search%20coaching%20helsinki'];

/** The first filtered search whose bytes are counted, and the 20 timed queries (URL query strings). */
export const firstFilteredSearch = 'municipality=helsinki&category=integration';
export const timedQueries = [
  'q=job',
  'q=Finnish',
  'q=CV',
  'q=mentoring',
  'q=childcare',
  'municipality=helsinki',
  'municipality=espoo,vantaa',
  'category=integration',
  'category=job-search-support&municipality=helsinki',
  'situation=home-parent&access=childcare',
  'language=en&mode=online',
  'cost=free&age=25-29',
  'q=course&municipality=helsinki',
  'q=kotoutumissuunnitelma',
  'q=language%20caf%C3%A9',
  'q=work%20trial&cost=free',
  'audience=spouses',
  'q=employer&category=financial-support',
  'sort=updated',
  'q=digital%20skills&mode=online,hybrid',
];

export interface Args {
  services?: number;
  demo: boolean;
  seed: number;
  runs: number;
  baseline: boolean;
  browser: boolean;
  write: boolean;
  incremental: boolean;
  profile: boolean;
}

export function argsFrom(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: 'string' },
      demo: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '1' },
      'skip-baseline': { type: 'boolean', default: false },
      'skip-browser': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'skip-incremental': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  if (!values.demo && !values.services)
    throw new Error(
      'usage: npm run bench -- --services 500 | --demo [--runs 2] [--seed 1] [--skip-baseline] [--skip-browser] [--skip-incremental] [--no-write] [--profile]',
    );
  return {
    ...(values.services ? { services: Number(values.services) } : {}),
    demo: values.demo,
    seed: Number(values.seed),
    runs: Math.max(1, Number(values.runs)),
    baseline: !values['skip-baseline'],
    browser: !values['skip-browser'],
    write: !values['no-write'],
    incremental: !values['skip-incremental'],
    profile: values.profile,
  };
}
