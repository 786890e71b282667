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

/** The smallest height of a control a finger taps (WCAG 2.5.5's 44 CSS px, the site's rule). */
export const TAP_TARGET = 44;

/**
 * The open page's tap targets under TAP_TARGET CSS px tall, as "text (h px)": every shown button, summary, select,
 * text box and link that stands alone on its line (the only text of its list item, paragraph or cell, as in link
 * lists, letter bars and button rows). A link inside a sentence is exempt (WCAG 2.5.5's inline exception), so are
 * checkboxes and radios (their whole label row is the target), a skip link out of sight until focused, and a title
 * link in a heading (a result's name: the line of large text is the target; making it 44 px would push the first
 * result off a phone's first screen). Links in editors' Markdown ([data-editor-content]) are theirs to place, and a
 * field out of sight (.visually-hidden, a form's trap for robots) is no target.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, summary, select, input:not([type="hidden"], [type="checkbox"], [type="radio"])');
    const found: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || box.right <= 0 || control.closest('[hidden], [inert], dialog:not([open])')) continue;
      if (control.parentElement?.matches('h1, h2, h3, h4, h5, h6') || control.closest('.visually-hidden, [data-editor-content]')) continue;
      if (getComputedStyle(control).visibility === 'hidden') continue;
      const block = control.parentElement?.closest('p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, figcaption');
      const text = (element: Element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
      const standalone = control.matches('button, summary, select, input') || !block || text(block) === text(control);
      if (standalone && box.height < min - 0.5) found.push(`${text(control).slice(0, 40) || control.tagName.toLowerCase()} (${Math.round(box.height)} px)`);
    }
    return found;
  }, TAP_TARGET);
}
