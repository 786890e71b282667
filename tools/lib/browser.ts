/**
 * Real Chromium (Debian's package) driven by playwright-core, against a built site served on loopback with the
 * headers of netlify.toml. Shared by the browser tests and the benchmark.
 */
import { chromium, type Browser } from 'playwright-core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createStaticServer, projectRoot } from '../serve.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export interface SiteServer {
  url: (pathname: string) => string;
  close: () => Promise<void>;
}

/** Serves a built folder (the demo `dist/` by default) on a free loopback port. */
export async function serveSite(dir = path.join(projectRoot, 'dist')): Promise<SiteServer> {
  const server: Server = createStaticServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (pathname) => `${base}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
