/** Helpers for driving the catalogue search page in Chromium. */
import type { Page } from 'playwright-core';

/** Waits until the search that the last action started has rendered. */
export async function waitForSearch(page: Page, previous?: string): Promise<string> {
  const handle = await page.waitForFunction(
    (prev) => {
      const ready = document.documentElement.dataset['searchReady'];
      return ready && ready !== prev ? ready : false;
    },
    previous ?? null,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

export async function readySerial(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset['searchReady']);
}

/** Result slugs on the current page of results. */
export function resultSlugs(page: Page): Promise<string[]> {
  return page.locator('#results [data-service-item]').evaluateAll((items) => items.map((li) => li.getAttribute('data-service-item')!));
}

/** Opens a search URL and collects the slugs over every result page. */
export async function allResultSlugs(page: Page, url: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let n = 1; n < 50; n++) {
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}page=${n}`);
    await waitForSearch(page);
    slugs.push(...(await resultSlugs(page)));
    if ((await page.locator('#pagination a[rel="next"]').count()) === 0) break;
  }
  return slugs.sort();
}

/**
 * Opens a filter group unless it is open already (municipality and the short ones, cost and when, start open), as a
 * finger would, or a mouse (`click`).
 */
export async function openFilterGroup(page: Page, name: string, by: 'tap' | 'click' = 'tap'): Promise<void> {
  const group = page.locator(`details[data-filter-group="${name}"]`);
  if (!(await group.evaluate((details: HTMLDetailsElement) => details.open))) await group.locator('summary')[by]();
}
