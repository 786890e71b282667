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

/** The phone-sized context the reflow gate uses: 320 CSS px wide (WCAG 1.4.10), touch. */
export const REFLOW_WIDTH = 320;
export const reflowContext = { viewport: { width: REFLOW_WIDTH, height: 640 }, hasTouch: true, isMobile: true } as const;

/**
 * How the open page fails to reflow at `width` CSS px, or undefined. A phone lays a page out wider than its screen
 * (and shrinks it) when content sticks out, or when the page has no mobile viewport meta tag (980 px then); the
 * message names the first elements that stick out.
 */
export async function sideScroll(page: Page, width = REFLOW_WIDTH): Promise<string | undefined> {
  return page.evaluate((width) => {
    const layout = Math.max(window.innerWidth, document.documentElement.scrollWidth);
    if (layout <= width) return undefined;
    const culprits = [...document.querySelectorAll('body *')]
      // Sticking out of the screen, or holding content that overflows the element itself (a long unbroken line).
      .filter((element) => element.getBoundingClientRect().right > width + 0.5 || element.scrollWidth > element.clientWidth + 1)
      .slice(0, 2)
      .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`);
    return `${layout}px wide on a ${width}px screen (${culprits.join(', ')})`;
  }, width);
}
