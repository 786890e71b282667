/** Real Chromium (Debian's package) driven by playwright-core, against the built site on loopback. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createStaticServer } from '../../scripts/serve.ts';
import { root } from './build.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export interface SiteServer {
  url: (pathname: string) => string;
  close: () => Promise<void>;
}

/** Serves a built folder (the demo `dist/` by default) on a free loopback port. */
export async function serveSite(dir = path.join(root, 'dist')): Promise<SiteServer> {
  const server: Server = createStaticServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (pathname) => `${base}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** For a test file: Chromium and the built site (the demo `dist/` by default), started once and closed after. */
export function useBrowserAndSite(dir?: string): { browser: Browser; site: SiteServer } {
  const handles = {} as { browser: Browser; site: SiteServer };
  beforeAll(async () => {
    [handles.browser, handles.site] = await Promise.all([launchChromium(), serveSite(dir)]);
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.site?.close();
  });
  return handles;
}
