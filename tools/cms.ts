/**
 * `npm run cms`: edit content on your own machine, without any login. Starts, on loopback only,
 * - decap-server (`MODE=fs`): the Decap CMS proxy that reads and writes the files of this repository's content/,
 * - the Astro dev server, which serves the site with live reload and the CMS at /admin/.
 * Open http://127.0.0.1:4321/admin/ and click "Login". Changes are plain file edits: review and commit them with git.
 * PORT and DECAP_PROXY_PORT change the ports. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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

/** The two processes, as `node <args>` with extra environment variables. */
export function cmsCommands(env: Record<string, string | undefined> = process.env): Command[] {
  const proxyPort = String(env['DECAP_PROXY_PORT'] ?? DEFAULT_PROXY_PORT);
  const sitePort = String(env['PORT'] ?? 4321);
  return [
    {
      name: 'decap-server',
      args: [require.resolve('decap-server')],
      env: { MODE: 'fs', PORT: proxyPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root },
    },
    {
      name: 'astro dev',
      args: [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', sitePort],
      // The generated config points Decap at this proxy port.
      env: { DECAP_PROXY_PORT: proxyPort },
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.env['CONTENT_DIR']) console.warn('Note: the CMS edits content/ of this repository; CONTENT_DIR only changes what the dev server shows.');
  const children: ChildProcess[] = cmsCommands().map((command) =>
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
  console.log(`\nDecap CMS for local editing: http://127.0.0.1:${process.env['PORT'] ?? 4321}/admin/ (click "Login"; no account needed)\n`);
}
