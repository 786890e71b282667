/** Browser tests: Chromium and the built site, started once per test file (the shared parts are in tools/lib/). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serveSite, type SiteServer } from '../../tools/lib/browser.ts';

export { chromiumArgs, chromiumPath, launchChromium, serveSite, type SiteServer } from '../../tools/lib/browser.ts';

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
