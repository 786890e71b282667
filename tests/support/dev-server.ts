/** The dev server editors look at while editing: the `astro dev` of `npm run cms` (tools/cms.ts), on a free port. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { cmsCommands } from '../../tools/cms.ts';
import { productionEnv, root, tmpRoot } from './build.ts';
import { freePort } from './free-port.ts';

export interface DevServer {
  url: (pathname: string) => string;
  /** What it has printed so far (its log: reloaded files, errors). */
  output: () => string;
  close: () => Promise<void>;
}

/**
 * Starts it and waits until it serves the home page (the first request compiles, so this takes a while). `env` adds
 * variables, e.g. CONTENT_DIR for the content a test's CMS edits.
 */
export async function startDevServer(env: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  const command = cmsCommands({ PORT: String(port) }).find((c) => c.name === 'astro dev')!;
  const child = spawn(process.execPath, command.args, {
    cwd: root,
    // Its own cache folder, so a build running beside it keeps its content cache.
    env: {
      ...productionEnv(),
      ...command.env,
      SITE_CACHE_DIR: path.join(tmpRoot, 'dev-server', 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (const deadline = Date.now() + 240_000; Date.now() < deadline && child.exitCode === null;) {
    try {
      if ((await fetch(`${base}/en/`)).ok) return { url: (pathname) => `${base}${pathname}`, output: () => output, close };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await close();
  throw new Error(`astro dev did not serve ${base}/en/:\n${output.slice(-3000)}`);
}

/** For a test file: the dev server, started once and stopped after. */
export function useDevServer(): { server: DevServer } {
  const handle = {} as { server: DevServer };
  beforeAll(async () => {
    handle.server = await startDevServer();
  });
  afterAll(async () => {
    await handle.server?.close();
  });
  return handle;
}
