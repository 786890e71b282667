/**
 * `npm run cms` as an editor uses it: decap-server in git mode publishes into the content that `astro dev` shows.
 * Julkaise of a change to both languages must reach both languages' pages on the dev server at once. (A save or
 * publish checks branches out and back, so both files change several times within milliseconds, and the file
 * watcher reports only the first change of each: the Finnish page once kept the old summary until the next edit.)
 * A term that a service published a minute ago uses cannot be removed: the admin reads term usage afresh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
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

  it('counts a service published a minute ago as using a term: its removal is refused, naming the service', { timeout: 180_000 }, async () => {
    const file = (relative: string) => path.join(cms.repo, relative);
    const taxonomy = 'content/taxonomies/dayparts.yaml';
    // A new term that nothing uses yet, on the published branch.
    writeFileSync(
      file(taxonomy),
      `${readFileSync(file(taxonomy), 'utf8').trimEnd()}\n  - id: late-night\n    label: { en: Late at night, fi: Myöhään illalla }\n`,
    );
    cms.git('commit', '--quiet', '-am', 'New term');
    // The admin as `npm run cms` serves it (its configuration made from the content on each request).
    const page = await cms.context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(dev.url('/admin/#/collections/taxonomies/entries/dayparts'));
    await page
      .getByRole('button', { name: 'Kirjaudu sisään' })
      .click({ timeout: 60_000 })
      .catch(() => undefined);
    const remove = page.getByRole('button', { name: 'Poista Myöhään illalla / Late at night', exact: true });
    await remove.waitFor({ timeout: 60_000 });
    // Meanwhile a service that uses it is published (Julkaise merges it into the published branch).
    for (const locale of ['fi', 'en']) {
      const service = file(`content/services/${locale}/${SERVICE}.mdx`);
      const text = readFileSync(service, 'utf8');
      writeFileSync(
        service,
        /^dayparts: \[/m.test(text) ? text.replace(/^dayparts: \[/m, 'dayparts: [late-night, ') : text.replace(/^modes: .*$/m, '$&\ndayparts: [late-night]'),
      );
    }
    cms.git('commit', '--quiet', '-am', 'Published: late nights');
    // The editor goes to another taxonomy and back, and removes the term: refused at once, naming the service.
    await page.goto(dev.url('/admin/#/collections/taxonomies'));
    await page.goto(dev.url('/admin/#/collections/taxonomies/entries/dayparts'));
    await remove.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1_000);
    await remove.click();
    await page
      .getByRole('status')
      .filter({
        hasText: /Termiä ”Myöhään illalla” käyttävät nämä sisällöt, joten sitä ei voi poistaa: .*Kirjastojen kielikahvilat/,
      })
      .waitFor({ timeout: 15_000 });
    expect(await page.getByText('Myöhään illalla / Late at night', { exact: true }).count()).toBe(1);
    await page.close();
  });
});
