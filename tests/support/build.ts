/** Builds the site from a content folder into its own output folder, as `npm run build` would. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const root = path.resolve(import.meta.dirname, '../..');
export const tmpRoot = path.join(root, 'tests/.tmp');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** The environment without Vitest's variables (NODE_ENV=test, MODE, DEV, PROD, VITEST…), which would make Astro build in test mode. */
export function productionEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)));
}

/** `today` pins the review rules' date so fixture services do not age; `args` go to `astro build` (say, `--config`). */
export function buildSite(contentDir: string, name: string, today = '2026-06-01', env: NodeJS.ProcessEnv = {}, args: string[] = []): BuildResult {
  const outDir = path.join(tmpRoot, name, 'dist');
  // A cold cache every time: fixtures are copied to a new temporary folder per run, and Astro's content cache would
  // keep unchanged entries with the old folder's paths (the second run then imports files that no longer exist).
  rmSync(path.join(tmpRoot, name, 'cache'), { recursive: true, force: true });
  const buildEnv = {
    ...productionEnv(),
    CONTENT_DIR: contentDir,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: path.join(tmpRoot, name, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    SITE_TODAY: today,
    ...env,
  };
  const run = (script: string, scriptArgs: string[]) =>
    spawnSync(process.execPath, [path.join(root, script), ...scriptArgs], { cwd: root, encoding: 'utf8', env: buildEnv });
  // The two steps of `npm run build`: Astro, then Pagefind once Astro has exited.
  const astro = run('node_modules/astro/bin/astro.mjs', ['build', ...args]);
  const output = `${astro.stdout}\n${astro.stderr}`;
  if (astro.status !== 0) return { status: astro.status, output, outDir };
  const indexed = run('tools/search-index.ts', [outDir]);
  return { status: indexed.status, output: `${output}\n${indexed.stdout}\n${indexed.stderr}`, outDir };
}

export function readPage(outDir: string, urlPath: string): HTMLElement {
  const file = path.join(outDir, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`no page at ${urlPath} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

export function pageExists(outDir: string, urlPath: string): boolean {
  return existsSync(path.join(outDir, urlPath, 'index.html'));
}

/** Every file under a folder, relative paths. */
export function listAll(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? listAll(full, rel) : [rel];
  });
}
