/** The report: the result file, the table and details in BENCHMARKS.md, the summary printed. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot as root } from '../generate-catalogue.ts';
import { type SearchBytes, type SearchTimes } from './measure-browser.ts';
import { type BuildMeasure } from './builds.ts';
import { resultsDir } from './config.ts';
import { type Sizes } from './sizes.ts';
import type { Figures } from '../search-eval/metrics.ts';
// Report.

export interface BenchResult {
  label: string;
  catalogue: string;
  services: number;
  locales: number;
  servicePages: number;
  date: string;
  commit: string;
  command: string;
  machine: Record<string, string | number>;
  /** `runs`, `cpuRuns`: each run's wall and CPU time; `loadAtRuns`: the load average as each run started. */
  build: Omit<BuildMeasure, 'log' | 'ok'> & { astroMs: number; pagesPerSecond: number; runs: number[]; cpuRuns?: number[]; loadAtRuns?: number[] };
  baseline?: Omit<BuildMeasure, 'log' | 'ok'> & { pagesWritten: number; runs: number[]; cpuRuns?: number[] };
  /** Our build time over the baseline's, wall clock: the median of the runs' ratios. */
  ratio?: number;
  /** The same with CPU time (user + system of each build's process tree), which other load on the machine barely moves. */
  cpuRatio?: number;
  /** Each run's ratios, ours over the baseline built right after it. */
  ratios?: { wall: number[]; cpu: number[] };
  /** A rebuild after one service's summary changed, with the cache and output of the cold build kept. */
  incremental?: { wallMs: number; cpuMs: number; peakRssBytes: number; phases: Record<string, number>; ofCold: number; cpuOfCold: number };
  sizes: Sizes;
  firstFilteredSearch?: Record<string, SearchBytes>;
  /** `filters`: what pointing at the filters fetched next (their counts). */
  firstTextSearch?: SearchBytes & { filters?: SearchBytes };
  /** First text searches of several words (two, four), empty cache each. */
  firstTextSearchesOfWords?: SearchBytes[];
  search?: SearchTimes;
  /** The search evaluation set on the demo content (tools/search-eval/), per locale and kind of query. */
  searchQuality?: Figures[];
}

export function machine(browserVersion?: string): Record<string, string | number> {
  const version = (pkg: string) => (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    ...(browserVersion ? { chromium: browserVersion } : {}),
    loadAverageAtStart: os.loadavg()[0]!.toFixed(2),
  };
}

/** The commit measured, marked when tracked files had uncommitted changes. */
export function gitCommit(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown';
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? ' with uncommitted changes' : ''}`;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;
export const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const pct = (value: number) => `${Math.round(value * 100)} %`;

/** "96 %, 97 % / 93 %, 93 %": the `all` rows of the search evaluation, Finnish first. */
function qualityCell(rows: Figures[] | undefined): string {
  const all = (locale: string) => rows?.find((row) => row.locale === locale && row.kind === 'all');
  const cells = ['fi', 'en'].map(all).filter((row): row is Figures => row !== undefined);
  return cells.length ? cells.map((row) => `${pct(row.recallAt10)}, ${pct(row.top3)}`).join(' / ') : '–';
}

export function tableRows(results: BenchResult[]): string {
  const header = [
    'catalogue',
    'service pages',
    'build',
    'Astro',
    'Pagefind',
    'pages/s',
    'peak RSS: largest process / tree',
    'bare baseline',
    'ratio',
    'dist',
    'Pagefind en / fi',
    'first filtered search, search data: gzip / as served',
    'search→rendered: median (p90)',
    'search quality fi / en: recall@10, top 3',
  ];
  const rows = results.map((r) => {
    const first = r.firstFilteredSearch?.['en'];
    return [
      r.catalogue,
      `${r.servicePages} (${r.services} × ${r.locales})`,
      s(r.build.wallMs),
      s(r.build.astroMs),
      r.build.pagefindMs !== undefined ? s(r.build.pagefindMs) : '–',
      String(Math.round(r.build.pagesPerSecond)),
      `${mb(r.build.peakProcessBytes)} / ${mb(r.build.peakRssBytes)}`,
      r.baseline ? s(r.baseline.wallMs) : '–',
      r.ratio !== undefined ? `${r.ratio.toFixed(2)}x${r.cpuRatio !== undefined ? ` (CPU ${r.cpuRatio.toFixed(2)}x)` : ''}` : '–',
      mb(r.sizes.distBytes),
      ['en', 'fi'].map((l) => (r.sizes.pagefind[l] ? mb(r.sizes.pagefind[l].bytes) : '–')).join(' / '),
      first ? `${kb(first.searchGzipBytes)} / ${kb(first.searchBytes)}` : '–',
      r.search ? `${r.search.medianMs.toFixed(0)} ms (${r.search.p90Ms.toFixed(0)} ms)` : '–',
      qualityCell(r.searchQuality),
    ];
  });
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Each run's wall and CPU time, and the load average as it started when known. */
function runsOf(b: { runs: number[]; cpuRuns?: number[]; loadAtRuns?: number[] }): string {
  return b.runs
    .map((wall, i) => `${s(wall)}${b.cpuRuns ? ` / ${s(b.cpuRuns[i]!)} CPU` : ''}${b.loadAtRuns ? ` at load ${b.loadAtRuns[i]!.toFixed(1)}` : ''}`)
    .join(', ');
}

function stepsOf(steps: NonNullable<BenchResult['build']['steps']>): string {
  return Object.entries(steps)
    .map(([name, f]) => `${name} ${s(f.wallMs)} wall, ${s(f.cpuMs)} CPU, peak RSS ${mb(f.peakRssBytes)}`)
    .join('; ');
}

export function details(r: BenchResult): string {
  const lines = [`### ${r.catalogue}`, '', `\`${r.command}\` · ${r.date} · commit ${r.commit} · load average at start ${r.machine['loadAverageAtStart']}`, ''];
  const phases = Object.entries(r.build.phases)
    .map(([k, v]) => `${k} ${s(v)}`)
    .join(', ');
  lines.push(
    `- Build (the median run): ${s(r.build.wallMs)} wall, ${s(r.build.cpuMs)} CPU (runs: ${runsOf(r.build)}), ${r.build.pages ?? r.sizes.htmlFiles} pages; phases: ${phases}${r.build.pagefindMs !== undefined ? `, Pagefind ${s(r.build.pagefindMs)}` : ''}.`,
  );
  if (r.build.steps) lines.push(`- Steps, one after the other: ${stepsOf(r.build.steps)}.`);
  const breakdown = Object.entries(r.build.peakBreakdown ?? {})
    .map(([name, bytes]) => `${name} ${mb(bytes)}`)
    .join(', ');
  lines.push(
    `- Peak RSS of the build's process tree ${mb(r.build.peakRssBytes)} (at the peak: ${breakdown}; largest single process ${mb(r.build.peakProcessBytes)}).`,
  );
  if (r.baseline)
    lines.push(
      `- Bare baseline: ${r.baseline.pagesWritten} Markdown pages in ${s(r.baseline.wallMs)} wall, ${s(r.baseline.cpuMs)} CPU (runs: ${runsOf(r.baseline)}), peak RSS ${mb(r.baseline.peakProcessBytes)} largest process / ${mb(r.baseline.peakRssBytes)} tree${r.baseline.steps ? ` (steps: ${stepsOf(r.baseline.steps)})` : ''}; ratio ${r.ratio?.toFixed(2)}x wall, ${r.cpuRatio?.toFixed(2)}x CPU${r.ratios ? ` (median of the runs' ${r.ratios.wall.map((x) => x.toFixed(2)).join(', ')} wall and ${r.ratios.cpu.map((x) => x.toFixed(2)).join(', ')} CPU)` : ''}.`,
    );
  if (r.incremental) {
    const i = r.incremental;
    const phases = Object.entries(i.phases)
      .map(([k, v]) => `${k} ${s(v)}`)
      .join(', ');
    lines.push(
      `- Rebuild after one service's summary changed, Astro's cache and the output kept: ${s(i.wallMs)} wall, ${s(i.cpuMs)} CPU, ${pct(i.ofCold)} of the cold build's wall time and ${pct(i.cpuOfCold)} of its CPU; peak RSS ${mb(i.peakRssBytes)}; phases: ${phases}.`,
    );
  }
  const pf = Object.entries(r.sizes.pagefind)
    .filter(([, p]) => p.fragments > 0)
    .map(([l, p]) => `${l} ${mb(p.bytes)} (${p.indexChunks} index chunks, ${p.fragments} fragments, ${p.filterChunks} filter chunks, meta ${kb(p.metaBytes)})`)
    .join('; ');
  lines.push(
    `- Output: ${mb(r.sizes.distBytes)} in ${r.sizes.distFiles} files (${r.sizes.htmlFiles} HTML); Pagefind per locale: ${pf}; shared Pagefind scripts ${kb(r.sizes.pagefindSharedBytes)}.`,
  );
  const fi = Object.entries(r.sizes.filterIndex ?? {})
    .map(
      ([l, f]) =>
        `${l} ${kb(f.indexGzipBytes)} gzip (${kb(f.indexBytes)}), Pagefind ids ${kb(f.idsGzipBytes)} gzip${f.pagesGzipBytes === undefined ? '' : ` (other pages' ${kb(f.pagesGzipBytes)})`}, dates (loaded for the "recently updated" order only) ${f.datesGzipBytes === undefined ? 'not measured' : `${kb(f.datesGzipBytes)} gzip`}, ${f.cardFiles === undefined ? `${f.cards} result cards of about ${kb(f.cardGzipBytes ?? 0)} gzip` : `${f.cardFiles} card files of about ${kb(f.cardFileGzipBytes ?? 0)} gzip`}`,
    )
    .join('; ');
  if (fi) lines.push(`- Filter index (\`/{locale}/services/filter-index.json\`): ${fi}.`);
  for (const [locale, first] of Object.entries(r.firstFilteredSearch ?? {})) {
    const kinds = Object.entries(first.byKind)
      .map(([k, v]) => `${k} ${v.requests}× ${kb(v.gzipBytes)} (${kb(v.bytes)})`)
      .join(', ');
    lines.push(
      `- First filtered search \`${first.url}\` (${first.results} results, empty cache): search data ${kb(first.searchGzipBytes)} gzip (${kb(first.searchBytes)} as served locally); whole page ${kb(first.totalGzipBytes)} gzip (${kb(first.totalBytes)}) in ${first.requests} requests.${locale === 'en' ? ` By kind, gzip (as served): ${kinds}.` : ''}`,
    );
  }
  if (r.firstTextSearch) {
    const t = r.firstTextSearch;
    const kinds = Object.entries(t.byKind)
      .filter(([kind]) => !kind.startsWith('page:'))
      .map(([kind, v]) => `${kind} ${kb(v.gzipBytes)}`)
      .join(', ');
    const filters = t.filters ? ` Pointing at the filters then loads their counts: ${kb(t.filters.searchGzipBytes)} gzip more.` : '';
    lines.push(
      `- First text search \`${t.url}\` (${t.results} results, empty cache): search data ${kb(t.searchGzipBytes)} gzip (${kb(t.searchBytes)} as served locally). By kind, gzip: ${kinds}.${filters}`,
    );
  }
  for (const t of r.firstTextSearchesOfWords ?? []) {
    lines.push(
      `- First text search \`${t.url}\` (${t.results} results, empty cache): search data ${kb(t.searchGzipBytes)} gzip (${kb(t.searchBytes)} as served locally).`,
    );
  }
  if (r.search) {
    lines.push(
      `- Search call to rendered results over ${r.search.queries} queries after the index is loaded: median ${r.search.medianMs.toFixed(1)} ms, p90 ${r.search.p90Ms.toFixed(1)} ms, max ${r.search.maxMs.toFixed(1)} ms (these fetched ${kb(r.search.bytesDuringQueries)}); repeated: median ${r.search.warmMedianMs.toFixed(1)} ms.`,
    );
  }
  if (r.searchQuality) {
    const all = r.searchQuality.filter((row) => row.kind === 'all');
    lines.push(
      `- Search quality (\`npm run search:eval\`, tools/search-eval/queries.yaml): ${all
        .map((row) => `${row.locale} ${row.queries} queries, recall@10 ${pct(row.recallAt10)}, relevant in top 3 ${pct(row.top3)}, noise ${pct(row.noise)}`)
        .join('; ')}.`,
    );
  }
  return lines.join('\n');
}

export const START = '<!-- bench:results:start (generated by tools/bench.ts from bench/results/*.json; edit outside these markers) -->';
export const END = '<!-- bench:results:end -->';

export function readAllResults(): BenchResult[] {
  if (!existsSync(resultsDir)) return [];
  const order = (r: BenchResult) => (r.label === 'demo' ? -1 : r.services);
  return readdirSync(resultsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(resultsDir, name), 'utf8')) as BenchResult)
    .sort((a, b) => order(a) - order(b));
}

export function writeBenchmarksMd(): void {
  const results = readAllResults();
  const m = results[results.length - 1]?.machine ?? machine();
  const generated = [
    START,
    '',
    `Machine: ${m['cpus']} cores (${m['cpu']}), ${m['memoryGiB']} GiB, ${m['os']}; Node ${m['node']}, Astro ${m['astro']}, Pagefind ${m['pagefind']}${m['chromium'] ? `, Chromium ${m['chromium']}` : ''}.`,
    '',
    tableRows(results),
    '',
    ...results.map(details).flatMap((d) => [d, '']),
    END,
  ].join('\n');
  const file = path.join(root, 'BENCHMARKS.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start ? `${current.slice(0, start)}${generated}${current.slice(end + END.length)}` : `${current.trimEnd()}\n\n${generated}\n`;
  writeFileSync(file, next);
}

export function printSummary(r: BenchResult): void {
  console.log('');
  console.log(tableRows([r]));
  console.log('');
  console.log(details(r));
}
