/**
 * `npm run cms` as an editor uses it: decap-server in git mode publishes into the content that `astro dev` shows.
 * Julkaise of a change to both languages must reach both languages' pages on the dev server at once. (A save or
 * publish checks branches out and back, so both files change several times within milliseconds, and the file
 * watcher reports only the first change of each: the Finnish page once kept the old summary until the next edit.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { publish, startCms, type CmsSession } from '../support/cms.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { tmpRoot } from '../support/build.ts';

const SERVICE = 'library-language-cafe';
let cms: CmsSession;
let dev: DevServer;

beforeAll(async () => {
  cms = await startCms({ locale: 'fi-FI' });
  dev = await startDevServer({ CONTENT_DIR: path.join(cms.repo, 'content'), SITE_CACHE_DIR: path.join(tmpRoot, 'dev-publish', 'cache') });
}, 300_000);

afterAll(async () => {
  await dev?.close();
  await cms?.close();
});

const pageText = async (locale: string) => (await fetch(dev.url(`/${locale}/services/${SERVICE}/`))).text();

describe('publishing in the CMS, seen on the dev server', () => {
  it('shows the new summary on both the Finnish and the English page', { timeout: 180_000 }, async () => {
    // Both pages are rendered once before the change, as an editor has them open.
    for (const locale of ['fi', 'en']) expect(await pageText(locale)).toContain('<h1');
    const page = await cms.openAdmin(`#/collections/services/entries/${SERVICE}`);
    const summary = (pane: number) => page.locator('[id^="summary-field-"]').nth(pane);
    await summary(1).waitFor({ timeout: 30_000 });
    const fi = 'Harjoittele suomea rennosti kirjaston kielikahvilassa joka viikko.';
    const en = 'Practise Finnish in a relaxed library language café every week.';
    await summary(0).fill(fi);
    await summary(1).fill(en);
    await publish(page);
    await expect.poll(() => pageText('en'), { timeout: 20_000 }).toContain(en);
    await expect.poll(() => pageText('fi'), { timeout: 20_000 }).toContain(fi);
  });
});
