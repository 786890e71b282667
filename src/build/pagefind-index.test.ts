import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { searchablePagesOutsideGlob, searchablePath } from './pagefind-index.ts';

const site = mkdtempSync(path.join(tmpdir(), 'pagefind-glob-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function page(file: string, searchable: boolean) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), `<html lang="en"><body><main id="main"${searchable ? ' data-pagefind-body' : ''}>x</main></body></html>`);
}

describe('which pages Pagefind reads', () => {
  it('covers the home page, program pages, services and life situations', () => {
    for (const file of ['en/index.html', 'fi/about/index.html', 'en/services/kotiva/index.html', 'fi/life-situations/young-adults/index.html']) {
      expect(searchablePath.test(file), file).toBe(true);
    }
    for (const file of [
      'index.html',
      '404.html',
      'admin/index.html',
      'sv/index.html',
      'en/municipalities/helsinki/index.html',
      'en/categories/studies/index.html',
      'en/calendar/spouses/index.html',
    ]) {
      expect(searchablePath.test(file), file).toBe(false);
    }
  });

  it('reports a searchable page that the glob would skip, so it cannot silently go unindexed', () => {
    page('en/services/kotiva/index.html', true);
    page('en/municipalities/helsinki/index.html', false);
    expect(searchablePagesOutsideGlob(site)).toEqual([]);
    page('en/calendar/spring/extra/index.html', true);
    expect(searchablePagesOutsideGlob(site)).toEqual(['en/calendar/spring/extra/index.html']);
  });
});
