/**
 * Uploads are refused unless PDF, PNG, JPEG or WebP (content:check), but if an HTML or SVG file got into the built
 * site anyway, it must not run script on the site's origin, where Decap keeps every editor's token in localStorage.
 * Served as `npm run serve` serves it: netlify.toml's headers (a sandbox CSP and nosniff for /attachments/*).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, serveSite, type SiteServer } from '../support/browser.ts';
import { tmpRoot } from '../support/build.ts';
import type { Browser } from 'playwright-core';

const corpus = path.resolve(import.meta.dirname, '../fixtures/hostile/attachments');
let dir: string;
let browser: Browser;
let site: SiteServer;

beforeAll(async () => {
  mkdirSync(tmpRoot, { recursive: true });
  dir = mkdtempSync(path.join(tmpRoot, 'attachments-'));
  mkdirSync(path.join(dir, 'en'));
  writeFileSync(path.join(dir, 'en/index.html'), '<!doctype html><html lang="en"><title>Home</title><h1>Home</h1></html>');
  cpSync(corpus, path.join(dir, 'attachments'), { recursive: true });
  [browser, site] = await Promise.all([launchChromium(), serveSite(dir)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('attachments cannot run script on the site origin', () => {
  it.each(['evil.html', 'evil.svg', 'not-really.pdf'])('%s', async (file) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(site.url('/en/'));
    await page.evaluate(() => localStorage.setItem('decap-token', 'secret'));

    const headers = (await fetch(site.url(`/attachments/${file}`))).headers;
    expect(headers.get('content-security-policy')).toContain("default-src 'none'; sandbox");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    await page.goto(site.url(`/attachments/${file}`));
    await page.waitForTimeout(300);
    expect(await page.title()).not.toBe('pwned');
    if (file !== 'not-really.pdf') {
      // A sandboxed document has an opaque origin: no access to the site's storage. (A .pdf opens in the viewer.)
      expect(await page.evaluate(() => window.origin)).toBe('null');
    }

    await page.goto(site.url('/en/'));
    expect(await page.evaluate(() => [localStorage.getItem('pwned'), localStorage.getItem('decap-token')])).toEqual([null, 'secret']);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('the control: the same HTML on a page path would run (so the test can see script run)', async () => {
    writeFileSync(path.join(dir, 'en/control.html'), '<!doctype html><script src="/en/control.js"></script>');
    writeFileSync(path.join(dir, 'en/control.js'), 'localStorage.setItem("pwned", "control")');
    const page = await browser.newPage();
    await page.goto(site.url('/en/control.html'));
    await expect.poll(() => page.evaluate(() => localStorage.getItem('pwned'))).toBe('control');
    await page.evaluate(() => localStorage.removeItem('pwned'));
    await page.close();
  });
});
