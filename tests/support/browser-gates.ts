/** Gates that need a real browser: axe-core, CSP violations and console errors, page by page. */
import type { Browser, Page } from 'playwright-core';
import { runAxe } from './axe.ts';

export interface PageGateResult {
  axe: string[];
  csp: string[];
  console: string[];
}

/** A page that records CSP violations and console errors; `check` visits one URL and reports them with axe. */
export async function openGatePage(
  browser: Browser,
): Promise<{ check: (url: string, settle?: (page: Page) => Promise<void>) => Promise<PageGateResult>; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    async check(url, settle) {
      consoleErrors = [];
      const response = await page.goto(url);
      if (!response || response.status() >= 400) consoleErrors.push(`HTTP status ${response?.status()}`);
      await settle?.(page);
      const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      const axe = (await runAxe(page)).map((v) => `${v.id} (${v.impact}) at ${v.targets.slice(0, 3).join(' | ')}`);
      return { axe, csp, console: consoleErrors };
    },
    close: () => context.close(),
  };
}
