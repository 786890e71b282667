import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, pageExists, readPage, type BuildResult } from '../support/build.ts';
import { copyFixture, editFrontMatter } from '../support/fixture-content.ts';

// On 2026-11-22: work-trial was reviewed 160 days earlier (outdated), kotoklubi 220 days earlier (archived).
const fixture = copyFixture();
let build: BuildResult;
beforeAll(() => {
  for (const locale of ['en', 'fi']) {
    editFrontMatter(fixture.dir, `services/${locale}/work-trial.mdx`, { reviewed: '2026-06-15' });
    // A service whose editor left the body empty.
    const file = path.join(fixture.dir, `services/${locale}/work-trial.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(\n---\n)[\s\S]*$/, '$1'));
    editFrontMatter(fixture.dir, `services/${locale}/kotoklubi.mdx`, { reviewed: '2026-04-16', related: undefined });
  }
  build = buildSite(fixture.dir, 'lifecycle', '2026-11-22');
  if (build.status !== 0) throw new Error(build.output);
});
afterAll(() => fixture.cleanup());

describe('content lifecycle in the build', () => {
  it('shows an "out of date" notice on a service past the outdated threshold, in both languages', () => {
    const en = readPage(build.outDir, '/en/services/work-trial/');
    expect(en.querySelector('[data-outdated-notice]')?.text).toContain('This information may be out of date');
    expect(readPage(build.outDir, '/fi/services/work-trial/').querySelector('[data-outdated-notice]')?.text).toContain('Tiedot voivat olla vanhentuneita');
    expect(en.querySelector('article')?.getAttribute('data-pagefind-weight')).toBe('0.1');
    expect(en.querySelector('time[datetime="2026-06-15"]')).not.toBeNull();
  });

  it('does not build a service 60 days past the outdated threshold', () => {
    expect(pageExists(build.outDir, '/en/services/kotoklubi/')).toBe(false);
    expect(pageExists(build.outDir, '/fi/services/kotoklubi/')).toBe(false);
    expect(readFileSync(path.join(build.outDir, 'en/services/a-z/index.html'), 'utf8')).not.toContain('kotoklubi');
  });

  it('leaves outdated services out of open data', () => {
    const json = JSON.parse(readFileSync(path.join(build.outDir, 'en/services.json'), 'utf8'));
    expect(json.services).toEqual([]);
  });

  it('gives the public no change-history link and no list of keywords', () => {
    const page = readPage(build.outDir, '/fi/services/work-trial/');
    expect(page.querySelector('[data-history]')).toBeNull();
    expect(page.querySelector('a[href*="github.com"]')).toBeNull();
    expect(page.querySelector('main')!.text).not.toContain('Asiasanat');
  });

  it('shows no "Description" heading over an empty body (fixture-site: one over a body)', () => {
    for (const [locale, heading] of [
      ['en', 'Description'],
      ['fi', 'Kuvaus'],
    ] as const) {
      const empty = readPage(build.outDir, `/${locale}/services/work-trial/`);
      expect(empty.querySelector('#description')).toBeNull();
      expect(empty.querySelectorAll('main h2').map((h) => h.text)).not.toContain(heading);
    }
  });
});
