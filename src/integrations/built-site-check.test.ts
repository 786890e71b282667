import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { PAGE_BUDGET_BYTES, builtSiteCheck, oversizedPages, pagesByLocale, pagesMissingInSomeLocale } from './built-site-check.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function site(pages: string[]): string {
  dir = mkdtempSync(path.join(tmpdir(), 'built-site-'));
  for (const page of pages) {
    mkdirSync(path.join(dir, page), { recursive: true });
    writeFileSync(path.join(dir, page, 'index.html'), '<!doctype html>');
  }
  return dir;
}

const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
const runHook = (outDir: string) => {
  const hook = builtSiteCheck().hooks['astro:build:done'] as (options: { dir: URL; logger: AstroIntegrationLogger }) => void;
  hook({ dir: pathToFileURL(`${outDir}/`), logger });
};

describe('the built site is checked after rendering', () => {
  it('passes when every page exists in every locale', () => {
    const outDir = site(['en', 'fi', 'en/services/work-trial', 'fi/services/work-trial', 'en/about', 'fi/about']);
    expect(pagesByLocale(outDir).get('fi')).toEqual(new Set(['', 'services/work-trial/', 'about/']));
    expect(() => runHook(outDir)).not.toThrow();
  });

  it('fails the build naming a service page that one locale lacks (a file deleted after the content check)', () => {
    const outDir = site(['en', 'fi', 'en/services/work-trial', 'fi/services/work-trial', 'en/services/kotoklubi']);
    expect(pagesMissingInSomeLocale(pagesByLocale(outDir))).toEqual(['/fi/services/kotoklubi/']);
    expect(() => runHook(outDir)).toThrow(/1 page\(s\) exist in one language but not in another.*\n\/fi\/services\/kotoklubi\//);
  });
});

describe('the page-size budget', () => {
  it('fails the build naming the content file of a service or program page whose HTML is over the budget', () => {
    const outDir = site(['en', 'fi', 'en/services/work-trial', 'fi/services/work-trial', 'en/services/a-z', 'fi/services/a-z', 'en/about', 'fi/about']);
    const big = `<!doctype html><p>${'x'.repeat(PAGE_BUDGET_BYTES)}</p>`;
    // The A-Z list grows with the catalogue: not a page of one content file.
    writeFileSync(path.join(outDir, 'en/services/a-z/index.html'), big);
    expect(oversizedPages(outDir)).toEqual([]);
    writeFileSync(path.join(outDir, 'fi/services/work-trial/index.html'), big);
    writeFileSync(path.join(outDir, 'en/about/index.html'), big);
    expect(oversizedPages(outDir).map((o) => [o.page, o.file])).toEqual([
      ['/en/about/', 'pages/en/about.mdx'],
      ['/fi/services/work-trial/', 'services/fi/work-trial.mdx'],
    ]);
    expect(() => runHook(outDir)).toThrow(
      /over the size budget of 200 KB[\s\S]*\nservices\/fi\/work-trial\.mdx: \(page\): \/fi\/services\/work-trial\/ is 200 KB/,
    );
  });

  it('passes pages within the budget', () => {
    const outDir = site(['en', 'fi', 'en/services/work-trial', 'fi/services/work-trial']);
    writeFileSync(path.join(outDir, 'en/services/work-trial/index.html'), 'x'.repeat(PAGE_BUDGET_BYTES));
    expect(oversizedPages(outDir)).toEqual([]);
  });
});
