/**
 * `npm run cms`: edit content on your own machine, without any login, the way it is edited in production. Starts,
 * on loopback only,
 * - decap-server in git mode (`MODE=git`) on this repository, with Decap's editorial workflow as online: Save makes
 *   a draft (a commit on a `cms/<collection>/<slug>` branch), the Workflow board shows it, and Publish merges it
 *   into the branch checked out here. It commits with `git add .`, so it starts only on a clean work tree.
 * - the Astro dev server, which serves the site with live reload and the CMS at /admin/.
 * `CMS_MODE=fs` runs decap-server in file mode instead (for developers: saving writes the files, no branches, no
 * workflow). PORT and DECAP_PROXY_PORT change the ports. Ctrl-C stops both.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PROXY_PORT } from '../src/cms/backend.ts';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

export interface Command {
  name: string;
  args: string[];
  env: Record<string, string>;
}

export type CmsMode = 'git' | 'fs';

/** `CMS_MODE`: `git` (the default, the editorial workflow) or `fs`. */
export function cmsMode(env: Record<string, string | undefined> = process.env): CmsMode {
  const mode = env['CMS_MODE'] ?? 'git';
  if (mode !== 'git' && mode !== 'fs') throw new Error(`CMS_MODE must be git or fs, not "${mode}"`);
  return mode;
}

/**
 * The two processes, as `node <args>` with extra environment variables. In git mode `branch` is the branch Publish
 * merges into (the one checked out), which the generated config names as the backend's branch.
 */
export function cmsCommands(env: Record<string, string | undefined> = process.env, branch = 'main'): Command[] {
  const proxyPort = String(env['DECAP_PROXY_PORT'] ?? DEFAULT_PROXY_PORT);
  const sitePort = String(env['PORT'] ?? 4321);
  const mode = cmsMode(env);
  return [
    {
      name: 'decap-server',
      args: [require.resolve('decap-server')],
      env: { MODE: mode, PORT: proxyPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root },
    },
    {
      name: 'astro dev',
      args: [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', sitePort],
      // The generated config points Decap at this proxy port, and at the branch decap-server publishes to.
      env: { DECAP_PROXY_PORT: proxyPort, ...(mode === 'git' ? { DECAP_BRANCH: branch } : {}) },
    },
  ];
}

/** Why git mode cannot start here (no branch checked out, or uncommitted changes it would sweep into a draft). */
export function gitModeProblem(cwd: string): string | undefined {
  const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  const branch = git('branch', '--show-current');
  if (branch.status !== 0) return `not a git repository: ${branch.stderr.trim()}`;
  if (!branch.stdout.trim()) return 'no branch is checked out (detached HEAD): check out the branch to publish to';
  // Git cannot hold a branch `cms` next to Decap's draft branches `cms/<collection>/<slug>` (a ref cannot be both a
  // name and a folder), so every save would fail with Decap's "API_ERROR".
  const clash = git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms');
  if (clash.stdout.trim()) {
    const current = branch.stdout.trim() === 'cms';
    const rename = current ? 'git branch -m cms cms-content' : 'git branch -m cms cms-content  (or delete it: git branch -d cms)';
    return [
      `a branch named "cms" exists${current ? ' (it is checked out)' : ''}. Decap saves each draft on a branch "cms/<collection>/<slug>", which git cannot create next to a branch "cms", so every save would fail ("API_ERROR").`,
      `Rename it, then start again: ${rename}`,
      '',
      `Suomeksi: tässä kansiossa on haara nimeltä "cms"${current ? ' (se on valittuna)' : ''}. Julkaisujärjestelmä tallentaa jokaisen luonnoksen haaraan "cms/<kokoelma>/<nimi>", eikä git voi luoda sellaista, kun "cms"-niminen haara on olemassa, joten jokainen tallennus epäonnistuisi ("API_ERROR").`,
      `Nimeä haara uudelleen ja käynnistä sitten uudelleen: ${rename}`,
    ].join('\n');
  }
  const status = git('status', '--porcelain');
  if (status.stdout.trim()) {
    return `the work tree has uncommitted changes, which decap-server would commit into the editor's draft:\n${status.stdout}Commit or stash them first, or run CMS_MODE=fs npm run cms.`;
  }
  return undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.env['CONTENT_DIR']) console.warn('Note: the CMS edits content/ of this repository; CONTENT_DIR only changes what the dev server shows.');
  const mode = cmsMode();
  if (mode === 'git') {
    const problem = gitModeProblem(root);
    if (problem) {
      console.error(`npm run cms: ${problem}`);
      process.exit(1);
    }
  }
  const branch = spawnSync('git', ['branch', '--show-current'], { cwd: root, encoding: 'utf8' }).stdout.trim() || 'main';
  const children: ChildProcess[] = cmsCommands(process.env, branch).map((command) =>
    spawn(process.execPath, command.args, { cwd: root, env: { ...process.env, ...command.env }, stdio: 'inherit' }).on('exit', (code) => {
      console.log(`${command.name} stopped${code ? ` (exit code ${code})` : ''}`);
      stop(code ?? 0);
    }),
  );
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    process.exitCode = code;
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  const how =
    mode === 'git' ? `git mode: Save makes a draft branch, Publish merges it into "${branch}"` : 'file mode: Save writes the files; commit them yourself';
  console.log(`\nDecap CMS for local editing (${how}): http://127.0.0.1:${process.env['PORT'] ?? 4321}/admin/ (click "Login"; no account needed)\n`);
}
