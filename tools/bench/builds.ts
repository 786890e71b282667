/** Builds, with the peak memory of the whole process tree (Astro's node process and Pagefind's binary). */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot as root } from '../generate-catalogue.ts';
import { TODAY, astroBin, searchIndexScript, tmpDir } from './config.ts';
// Builds, with the peak memory of the whole process tree (Astro's node process and Pagefind's binary).

export interface BuildMeasure {
  ok: boolean;
  wallMs: number;
  /**
   * User + system CPU time of the build's whole process tree, sampled with the memory (up to 50 ms of each process's
   * last moments can be missed): steadier than wall time on a busy machine.
   */
  cpuMs: number;
  /** Highest sum of RSS over the build's process tree, sampled every 50 ms. */
  peakRssBytes: number;
  /** Highest VmHWM (kernel-tracked peak) of any single process in the tree. */
  peakProcessBytes: number;
  /** RSS per process (by name) at the moment of the peak. */
  peakBreakdown: Record<string, number>;
  /** Each step's own figures, when the build runs in steps (Astro, then Pagefind after it has exited). */
  steps?: Record<string, { wallMs: number; cpuMs: number; peakRssBytes: number }>;
  pagefindMs?: number;
  pages?: number;
  phases: Record<string, number>;
  log: string;
}

export function processTree(rootPid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = parents.get(ppid) ?? [];
      list.push(Number(name));
      parents.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]!) ?? []));
  return tree;
}

/** User + system CPU time (ms) a process has used so far: fields 14 and 15 of /proc/<pid>/stat, in 1/100 s. */
export function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return 'gone';
  }
}

export function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

export function runMeasured(args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<BuildMeasure> {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', fd, fd],
  });
  let peakRss = 0;
  let peakProcess = 0;
  let peakBreakdown: Record<string, number> = {};
  // The last CPU time seen per process (Pagefind's binary is not waited for by Astro, so rusage would miss it).
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    const breakdown: Record<string, number> = {};
    for (const pid of processTree(child.pid)) {
      cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, cpuOf(pid)));
      const { rss, hwm } = memoryOf(pid);
      sum += rss;
      peakProcess = Math.max(peakProcess, hwm);
      const name = processName(pid);
      breakdown[name] = (breakdown[name] ?? 0) + rss;
    }
    if (sum > peakRss) {
      peakRss = sum;
      peakBreakdown = breakdown;
    }
  };
  const timer = setInterval(sample, 50);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      const cpuMs = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      clearInterval(timer);
      closeSync(fd);
      const log = readFileSync(logFile, 'utf8');
      resolve({
        ok: code === 0,
        wallMs,
        cpuMs,
        peakRssBytes: Math.max(peakRss, peakProcess),
        peakProcessBytes: peakProcess,
        peakBreakdown,
        ...parseLog(log),
        log,
      });
    });
  });
}

/** Astro's and our integrations' own timings, from the build log. */
export function parseLog(log: string): Pick<BuildMeasure, 'pagefindMs' | 'pages' | 'phases'> {
  // Astro writes durations as "41ms", "1.29s" or "2m 33s".
  const duration = '((?:\\d+m )?[\\d.]+m?s)';
  const ms = (text: string) => {
    const m = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text);
    if (!m) return Number.NaN;
    return Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 'ms' ? 1 : 1000);
  };
  const phases: Record<string, number> = {};
  const validation = /Content validated in (\d+) ms/.exec(log);
  if (validation) phases['contentCheck'] = Number(validation[1]);
  const sync = new RegExp(`\\[types\\] Generated ${duration}`).exec(log);
  if (sync) phases['contentSync'] = ms(sync[1]!);
  const vite = [...log.matchAll(new RegExp(`\\[vite\\] ✓ built in ${duration}`, 'g'))].map((m) => ms(m[1]!));
  if (vite.length) phases['bundle'] = vite.reduce((a, b) => a + b, 0);
  const render = new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${duration}`).exec(log);
  if (render) phases['render'] = ms(render[1]!);
  const pagefind = /Pagefind indexed (\d+) pages(?: in (\d+) ms)?/.exec(log);
  const built = /\[build\] (\d+) page\(s\) built in/.exec(log);
  return {
    ...(pagefind?.[2] ? { pagefindMs: Number(pagefind[2]) } : {}),
    ...(built ? { pages: Number(built[1]) } : {}),
    phases,
  };
}

/**
 * Our build. Cold by default (no Astro cache, no previous output); `warm` keeps both from the previous build of the
 * same name, as Netlify keeps its build cache between deploys (Astro's content layer store is in the cache folder).
 */
export async function buildOurs(
  contentDir: string,
  name: string,
  { warm = false, profileDir }: { warm?: boolean; profileDir?: string } = {},
): Promise<BuildMeasure & { outDir: string }> {
  const base = path.join(tmpDir, name);
  const outDir = path.join(base, 'dist');
  if (!warm) rmSync(base, { recursive: true, force: true });
  const env = { CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: path.join(base, 'cache'), SITE_TODAY: TODAY };
  const log = path.join(base, warm ? 'rebuild' : 'build');
  // The two steps of `npm run build`: Astro, then Pagefind (tools/search-index.ts) once Astro has exited.
  const profile = (step: string) => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, step)}`] : []);
  const astro = await runMeasured([...profile('astro'), astroBin, 'build'], root, env, `${log}.log`);
  if (!astro.ok) throw new Error(`the site build failed; see ${log}.log\n${astro.log.slice(-3000)}`);
  const indexed = await runMeasured([...profile('search-index'), searchIndexScript, outDir], root, env, `${log}-search-index.log`);
  if (!indexed.ok) throw new Error(`the search index step failed; see ${log}-search-index.log\n${indexed.log.slice(-3000)}`);
  return { ...inSteps({ astro, pagefind: indexed }), outDir };
}

/**
 * A build made of steps run one after the other: times add up, memory is the largest step's. The phases and the
 * page count come from all the steps' logs together.
 */
export function inSteps(steps: Record<string, BuildMeasure>): BuildMeasure {
  const all = Object.values(steps);
  const peak = all.reduce((a, b) => (b.peakRssBytes > a.peakRssBytes ? b : a));
  const log = all.map((step) => step.log).join('\n');
  return {
    ok: all.every((step) => step.ok),
    wallMs: all.reduce((sum, step) => sum + step.wallMs, 0),
    cpuMs: all.reduce((sum, step) => sum + step.cpuMs, 0),
    peakRssBytes: peak.peakRssBytes,
    peakProcessBytes: Math.max(...all.map((step) => step.peakProcessBytes)),
    peakBreakdown: peak.peakBreakdown,
    steps: Object.fromEntries(Object.entries(steps).map(([name, { wallMs, cpuMs, peakRssBytes }]) => [name, { wallMs, cpuMs, peakRssBytes }])),
    ...parseLog(log),
    log,
  };
}

/** Changes one service's summary (its English file), as an editor's publish does; returns the file changed. */
export function editOneSummary(contentDir: string): string {
  const dir = path.join(contentDir, 'services', 'en');
  const file = path.join(dir, readdirSync(dir).sort()[0]!);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^summary: (.*)$/m, (_, summary: string) => `summary: ${summary.replace(/\.?$/, '')} (edited).`);
  if (edited === text) throw new Error(`no summary to edit in ${file}`);
  writeFileSync(file, edited);
  return file;
}
