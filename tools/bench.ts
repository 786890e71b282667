/**
 * `npm run bench -- --services 500` (or `--services 5000`, or `--demo` for the bundled demo content).
 *
 * In one run: generates the catalogue (tools/generate-catalogue.ts), builds the site on it from a cold cache,
 * builds a bare Astro project with one plain Markdown page per built service page (same Astro, same Pagefind) as
 * the baseline, then serves our build with the netlify.toml headers and measures in Chromium: the bytes fetched
 * for the first filtered search and the time from the search call to rendered results over 20 queries.
 * Prints a table, writes bench/results/<label>.json and regenerates the figures in BENCHMARKS.md.
 *
 * Everything it writes besides those two goes to bench/.tmp/ (gitignored). It is a measurement, not a test:
 * nothing here fails on a slow figure.
 *
 * Then, unless --skip-incremental, it rebuilds after changing one service's summary, with the cold build's cache and
 * output kept as Netlify keeps its build cache.
 *
 * Options: --services N | --demo, --seed N (1), --runs N (1; runs alternate ours and the baseline, and the median of each is reported),
 * --skip-baseline, --skip-browser, --skip-incremental, --no-write (leave BENCHMARKS.md and bench/results/ alone).
 * --profile instead builds the site once under `node --cpu-prof` and prints where the main thread's time went (by
 * package, and by the project's own functions); the profile stays in bench/.tmp/profile/ for Chrome's DevTools.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCatalogue, projectRoot as root } from './generate-catalogue.ts';
import { launchChromium, serveSite } from './lib/browser.ts';
import { localeCodes } from '../src/i18n/locales.ts';
import { TODAY, argsFrom, firstFilteredSearch, firstTextSearchesOfWords, resultsDir, tmpDir } from './bench/config.ts';
import { type BenchResult, gitCommit, machine, mb, printSummary, s, writeBenchmarksMd } from './bench/report.ts';
import { firstSearchBytes, searchTimes } from './bench/measure-browser.ts';
import { measureSizes } from './bench/sizes.ts';
import { buildBaseline, builtServiceFiles } from './bench/baseline.ts';
import { summarise } from './search-eval/metrics.ts';
import { readQueries, runEvaluation } from './search-eval/run.ts';
import { type BuildMeasure, buildOurs, editOneSummary } from './bench/builds.ts';
import { formatProfile, readProfile, summariseProfile } from './bench/profile.ts';

async function main(): Promise<void> {
  const args = argsFrom(process.argv.slice(2));
  const label = args.demo ? 'demo' : `services-${args.services}`;
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  mkdirSync(tmpDir, { recursive: true });
  const startMachine = machine();

  let contentDir = path.join(root, 'content');
  if (!args.demo) {
    const started = performance.now();
    const generated = generateCatalogue({ services: args.services!, outDir: path.join(tmpDir, `catalogue-${args.services}`), seed: args.seed, today: TODAY });
    contentDir = generated.outDir;
    console.log(
      `Generated ${generated.services} services (${generated.drafts} drafts, ${generated.outdated} outdated) in ${s(performance.now() - started)}: ${path.relative(root, contentDir)}`,
    );
  }
  if (args.profile) {
    const profileDir = path.join(tmpDir, 'profile');
    rmSync(profileDir, { recursive: true, force: true });
    console.log(`Build under --cpu-prof: site on ${label}...`);
    const built = await buildOurs(contentDir, `site-${label}`, { profileDir });
    const phases = Object.entries(built.phases).map(([k, v]) => `${k} ${s(v)}`);
    console.log(`  ${s(built.wallMs)} wall, ${s(built.cpuMs)} CPU; phases: ${phases.join(', ')}, Pagefind ${s(built.pagefindMs ?? 0)}`);
    const steps = Object.entries(built.steps ?? {}).map(([step, f]) => `${step} ${s(f.wallMs)} wall, ${s(f.cpuMs)} CPU, peak RSS ${mb(f.peakRssBytes)}`);
    console.log(`  steps: ${steps.join('; ')}`);
    for (const step of readdirSync(profileDir)) {
      // Each step's main thread has the largest profile (Astro may start helper threads or processes).
      const [main] = readdirSync(path.join(profileDir, step))
        .map((name) => path.join(profileDir, step, name))
        .sort((a, b) => statSync(b).size - statSync(a).size);
      console.log(`\nStep ${step}:\n${formatProfile(summariseProfile(readProfile(main!)))}\n\nProfile: ${path.relative(root, main!)}`);
    }
    return;
  }
  const servicePages = builtServiceFiles(contentDir).length;
  const services = localeCodes.length ? servicePages / localeCodes.length : 0;

  // Runs alternate ours and the baseline, so both see the same machine load; the fastest of each is kept.
  const ours: (BuildMeasure & { outDir: string })[] = [];
  const bare: (BuildMeasure & { pagesWritten: number })[] = [];
  const loadAtRuns: number[] = [];
  for (let run = 1; run <= args.runs; run++) {
    loadAtRuns.push(os.loadavg()[0]!);
    console.log(`Build ${run}/${args.runs} (load average ${loadAtRuns.at(-1)!.toFixed(1)}): site on ${label}...`);
    ours.push(await buildOurs(contentDir, `site-${label}`));
    console.log(`  ${s(ours.at(-1)!.wallMs)}, peak RSS ${mb(ours.at(-1)!.peakRssBytes)}`);
    if (args.baseline) {
      console.log(`Build ${run}/${args.runs}: bare baseline (${servicePages} Markdown pages)...`);
      bare.push(await buildBaseline(contentDir, `bare-${label}`));
      console.log(`  ${s(bare.at(-1)!.wallMs)}, peak RSS ${mb(bare.at(-1)!.peakRssBytes)}`);
    }
  }
  let incremental: BenchResult['incremental'];
  if (args.incremental && !args.demo) {
    // The last cold build's cache and output are the ones kept; the catalogue is generated again on the next run.
    const cold = ours.at(-1)!;
    const edited = editOneSummary(contentDir);
    console.log(`Rebuild after one summary changed (${path.relative(root, edited)}), cache kept...`);
    const warm = await buildOurs(contentDir, `site-${label}`, { warm: true });
    console.log(`  ${s(warm.wallMs)}, ${s(warm.cpuMs)} CPU (cold ${s(cold.wallMs)}, ${s(cold.cpuMs)} CPU)`);
    incremental = {
      wallMs: warm.wallMs,
      cpuMs: warm.cpuMs,
      peakRssBytes: warm.peakRssBytes,
      phases: warm.phases,
      ofCold: warm.wallMs / cold.wallMs,
      cpuOfCold: warm.cpuMs / cold.cpuMs,
    };
  }
  // The median run of each kind (by wall time) stands for it, and the ratios are the medians of each run's ratio:
  // runs alternate, so each pair saw about the same load.
  const best = medianRun(ours);
  const bestBare = bare.length ? medianRun(bare) : undefined;
  const { log: _log, ok: _ok, outDir, ...buildFigures } = best;
  const pages = best.pages ?? measureSizes(outDir).htmlFiles;

  const result: BenchResult = {
    label,
    catalogue: args.demo ? 'demo content' : `generated, ${args.services} services`,
    services: args.demo ? services : args.services!,
    locales: localeCodes.length,
    servicePages,
    date: new Date().toISOString().slice(0, 10),
    commit: gitCommit(),
    command,
    machine: startMachine,
    build: {
      ...buildFigures,
      peakRssBytes: Math.max(...ours.map((b) => b.peakRssBytes)),
      peakProcessBytes: Math.max(...ours.map((b) => b.peakProcessBytes)),
      astroMs: best.steps?.['astro']?.wallMs ?? best.wallMs - (best.pagefindMs ?? 0),
      pagesPerSecond: pages / (best.wallMs / 1000),
      runs: ours.map((b) => b.wallMs),
      cpuRuns: ours.map((b) => b.cpuMs),
      loadAtRuns,
    },
    ...(incremental ? { incremental } : {}),
    sizes: measureSizes(outDir),
  };
  if (bestBare) {
    const { log: _l, ok: _o, ...figures } = bestBare;
    result.baseline = {
      ...figures,
      peakRssBytes: Math.max(...bare.map((b) => b.peakRssBytes)),
      peakProcessBytes: Math.max(...bare.map((b) => b.peakProcessBytes)),
      runs: bare.map((b) => b.wallMs),
      cpuRuns: bare.map((b) => b.cpuMs),
    };
    result.ratios = { wall: bare.map((b, i) => ours[i]!.wallMs / b.wallMs), cpu: bare.map((b, i) => ours[i]!.cpuMs / b.cpuMs) };
    result.ratio = median(result.ratios.wall);
    result.cpuRatio = median(result.ratios.cpu);
  }

  if (args.browser) {
    console.log('Chromium: first filtered search and 20 timed queries...');
    const [browser, site] = await Promise.all([launchChromium(), serveSite(outDir)]);
    try {
      result.machine = { ...startMachine, chromium: browser.version() };
      result.firstFilteredSearch = {};
      for (const locale of localeCodes) {
        result.firstFilteredSearch[locale] = await firstSearchBytes(browser, site.url, outDir, `/${locale}/services/?${firstFilteredSearch}`);
      }
      result.firstTextSearch = await firstSearchBytes(browser, site.url, outDir, '/en/services/?q=job', { thenFilters: true });
      result.firstTextSearchesOfWords = [];
      for (const url of firstTextSearchesOfWords) result.firstTextSearchesOfWords.push(await firstSearchBytes(browser, site.url, outDir, url));
      result.search = await searchTimes(browser, site.url, outDir);
      if (args.demo) {
        // The evaluation set is judged against the demo content, so it is measured on the demo build only.
        console.log('Chromium: the search evaluation set...');
        result.searchQuality = summarise(await runEvaluation(browser, site, readQueries()));
      }
    } finally {
      await browser.close();
      await site.close();
    }
  }

  printSummary(result);
  if (args.write) {
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, `${label}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeBenchmarksMd();
    console.log(`\nWrote bench/results/${label}.json and updated BENCHMARKS.md`);
  }
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The run with the median wall time (the faster of the two middle runs for an even count). */
function medianRun<T extends { wallMs: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)]!;
}

await main();
