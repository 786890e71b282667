/** Gates that need a real browser: CSP violations and console errors while a page loads and runs. */
import type { Browser } from 'playwright-core';

export async function cspAndConsoleProblems(browser: Browser, url: string, settle: (page: import('playwright-core').Page) => Promise<void> = async () => {}): Promise<string[]> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const response = await page.goto(url);
  if (!response || response.status() >= 400) problems.push(`status ${response?.status()}`);
  await settle(page);
  const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  problems.push(...csp.map((v) => `CSP violation: ${v}`));
  await page.close();
  return problems;
}
