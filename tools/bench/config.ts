/** Settings of the benchmark: the date the catalogue is generated for, its folders, the queries it times, and its command-line arguments. */
import path from 'node:path';
import { projectRoot as root } from '../generate-catalogue.ts';
import { parseToolArgs, refuseArgument, type CliIo } from '../lib/cli.ts';
export const TODAY = '2026-11-22';
export const benchDir = path.join(root, 'bench');
export const tmpDir = path.join(benchDir, '.tmp');
export const resultsDir = path.join(benchDir, 'results');
export const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
/** The second step of `npm run build`: Pagefind and the search data, after Astro has exited. */
export const searchIndexScript = path.join(root, 'tools/search-index.ts');

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

const BENCH_USAGE = [
  '  --services N        generate a catalogue of N services per locale and measure it (or --demo)',
  '  --demo              measure the demo content in content/',
  '  --runs N            alternate our build and the baseline N times and keep the faster of each (default 1)',
  "  --seed N            the generated catalogue's seed (default 1)",
  '  --skip-baseline     do not build the bare Astro baseline',
  '  --skip-browser      do not measure search in Chromium',
  '  --skip-incremental  do not measure the rebuild after one summary changes',
  '  --no-write          print the results without updating bench/results and BENCHMARKS.md',
  '  --profile           one build under node --cpu-prof, summarised by phase and function',
].join('\n');

export function argsFrom(argv: string[], io?: CliIo): Args {
  const { values } = parseToolArgs(
    {
      command: 'npm run bench --',
      usage: BENCH_USAGE,
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
    },
    argv,
    io,
  );
  if (!values.demo && !values.services) refuseArgument('npm run bench: give --services N or --demo', io);
  const count = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) refuseArgument(`npm run bench: --${name} must be a whole number of at least 1, not "${value}"`, io);
    return n;
  };
  return {
    ...(values.services ? { services: count('services', values.services) } : {}),
    demo: values.demo,
    seed: count('seed', values.seed),
    runs: count('runs', values.runs),
    baseline: !values['skip-baseline'],
    browser: !values['skip-browser'],
    write: !values['no-write'],
    incremental: !values['skip-incremental'],
    profile: values.profile,
  };
}
