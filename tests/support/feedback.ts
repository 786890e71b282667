/** Sending the feedback form in Chromium, as a visitor does it from a service page. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * From the service page at `serviceUrl`: "Report an error", a message, Send, and the thanks page. Netlify answers the
 * form's POST with the thanks page; the static test server serves it for the GET. Returns the service's name.
 */
export async function reportAnError(page: Page, serviceUrl: string): Promise<string> {
  await page.route('**/feedback/thanks/', (route) => (route.request().method() === 'POST' ? route.continue({ method: 'GET' }) : route.continue()));
  await page.goto(serviceUrl);
  const name = (await page.locator('h1').textContent())!.trim();
  await page.locator('a[data-report-error]').tap();
  await expect.poll(() => page.inputValue('#feedback-page'), { timeout: 15_000 }).toBe(name);
  await page.locator('#feedback-message').fill('The phone number is wrong.');
  await page.locator('#feedback-form button[type="submit"]').tap();
  // The service's page goes along in the fragment of the form's address.
  await page.waitForURL((url) => url.pathname.endsWith('/feedback/thanks/'));
  return name;
}
