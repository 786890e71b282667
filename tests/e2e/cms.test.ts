/**
 * Decap CMS end to end, in real Chromium: the built /admin/ (served with netlify.toml's headers) talks to
 * decap-server on loopback, which reads and writes a temporary copy of the content (never the real content/).
 * An editor creates a service in English and Finnish through the generated form; the files must land in
 * content/services/{en,fi}/<slug>.mdx, pass `content:check`, and build into the service's pages.
 * Invalid values (a too-long summary, a javascript: link) must be refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildSite, readPage, tmpRoot } from '../support/build.ts';
import { publish as publishEntry, startCms, tryPublish, type CmsSession } from '../support/cms.ts';
import { readMdxFile } from '../../src/build/content-files.ts';

const today = new Date().toISOString().slice(0, 10);
const service = {
  slug: 'cms-browser-test-service',
  en: {
    name: 'CMS browser test service',
    summary: 'A service created through the content manager in a browser test.',
    provider: 'Test team',
    howToJoin: 'Sign up on the web page.',
    body: 'Written in the CMS.',
  },
  fi: {
    name: 'Sisällönhallinnan selaintestipalvelu',
    summary: 'Sisällönhallinnan kautta selaintestissä luotu palvelu.',
    provider: 'Testitiimi',
    howToJoin: 'Ilmoittaudu verkkosivulla.',
    body: 'Kirjoitettu sisällönhallinnassa.',
  },
};

let cms: CmsSession;
let page: Page;
const buildName = 'cms-e2e';

const field = (name: string, pane = 0) => page.locator(`[id^="${name}-field-"]`).nth(pane);

/** Picks options of a (react-select) select by typing their label. */
async function choose(name: string, labels: string[]) {
  for (const label of labels) {
    await field(name).click();
    await field(name).fill(label);
    await page.keyboard.press('Enter');
  }
}

/** A fresh admin page: Decap keeps a form when going entry to entry. */
async function openAdmin(hash: string) {
  page = await cms.openAdmin(hash);
}

/** "Publish": saves a draft branch, marks it ready and merges it into the temporary repository's main. */
const publish = () => publishEntry(page);

beforeAll(async () => {
  cms = await startCms({ locale: 'en-GB' });
  page = await cms.openAdmin('');
  await page.getByRole('link', { name: 'Services' }).first().waitFor();
}, 60_000);

afterAll(async () => {
  await cms?.close();
  rmSync(path.join(tmpRoot, buildName), { recursive: true, force: true });
});

// Each publish is a save, a status change and a merge on decap-server: slower than a file write on a busy machine.
describe('Decap CMS against decap-server (local backend)', { timeout: 120_000 }, () => {
  it('loads the generated config from the site itself, with the site styles for the preview and no CSP violation', async () => {
    const styles = await page.evaluate(() =>
      (window as unknown as { CMS: { getPreviewStyles: () => { value: string }[] } }).CMS.getPreviewStyles().map((s) => s.value),
    );
    expect(styles.length).toBeGreaterThan(0);
    for (const href of styles) expect(href).toMatch(new RegExp(`^${cms.site.url('/_astro/')}.+\\.css$`));
    const collections = await page.getByRole('link').allTextContents();
    for (const name of ['Services', 'Program pages', 'Life situation pages', 'Calendar', 'Partners']) expect(collections).toContain(name);
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
    expect(cms.pageErrors).toEqual([]);
  });

  it(
    'creates a service in English and Finnish through the form: files in place, content:check passes, the rebuilt site shows it',
    { timeout: 90_000 },
    async () => {
      expect(existsSync(path.join(cms.repo, 'content/services/en', `${service.slug}.mdx`))).toBe(false);
      await openAdmin('#/collections/services/new');
      await field('name').waitFor();
      for (const [pane, text] of [service.en, service.fi].entries()) {
        await field('name', pane).fill(text.name);
        await field('summary', pane).fill(text.summary);
        await field('provider', pane).fill(text.provider);
        await field('howToJoin', pane).fill(text.howToJoin);
        await page.locator('[data-slate-editor="true"]').nth(pane).click();
        await page.keyboard.type(text.body);
      }
      // One box per keyword, typed key by key: spaces stay.
      for (const [index, keyword] of ['browser test', 'cms'].entries()) {
        await page.getByRole('button', { name: 'Add search word' }).first().click();
        await page.locator('input[id^="keywords-field-"]').nth(index).click();
        await page.keyboard.type(keyword);
      }
      // Taxonomy selects show "English / Suomi" labels; values are the ids.
      await choose('categories', ['Networking']);
      await choose('municipalities', ['Helsinki', 'Espoo']);
      await choose('situations', ['Spouse of an international talent']);
      await choose('audiences', ['Spouses']);
      await choose('ages', ['30']);
      await choose('languages', ['English']);
      await choose('modes', ['Online']);
      await choose('cost', ['Free']);
      await choose('status', ['Published']);
      await field('updated').fill(today);
      await field('reviewed').fill(today);
      await field('owner').fill('spouseprogram@example.org');
      await publish();
      await page.waitForURL(`**/#/collections/services/entries/${service.slug}`, { timeout: 15_000 });

      const files = {
        en: path.join(cms.repo, 'content/services/en', `${service.slug}.mdx`),
        fi: path.join(cms.repo, 'content/services/fi', `${service.slug}.mdx`),
      };
      await expect.poll(() => existsSync(files.en) && existsSync(files.fi), { timeout: 5_000 }).toBe(true);
      const en = readMdxFile(files.en, 'en');
      const fi = readMdxFile(files.fi, 'fi');
      expect(en.data).toMatchObject({
        name: service.en.name,
        summary: service.en.summary,
        keywords: ['browser test', 'cms'],
        categories: ['networking'],
        municipalities: ['helsinki', 'espoo'],
        situations: ['spouse-of-talent'],
        ages: ['30-54'],
        languages: ['en'],
        modes: ['online'],
        cost: 'free',
        status: 'published',
        updated: today,
        reviewed: today,
      });
      expect(en.body?.trim()).toBe(service.en.body);
      expect(fi.data).toMatchObject({ name: service.fi.name, howToJoin: service.fi.howToJoin, categories: ['networking'], reviewed: today });
      expect(fi.body?.trim()).toBe(service.fi.body);

      const check = cms.contentCheck();
      expect(check.output).toContain('Content OK');
      expect(check.status).toBe(0);

      const build = buildSite(path.join(cms.repo, 'content'), buildName);
      expect(build.status, build.output).toBe(0);
      expect(readPage(build.outDir, `/en/services/${service.slug}/`).querySelector('h1')?.text.trim()).toBe(service.en.name);
      const fiPage = readPage(build.outDir, `/fi/services/${service.slug}/`);
      expect(fiPage.querySelector('h1')?.text.trim()).toBe(service.fi.name);
      expect(fiPage.querySelector('main')?.text).toContain(service.fi.summary);
    },
  );

  it('refuses to save a summary over 150 characters or a javascript: link, and leaves the files alone', async () => {
    const dir = path.join(cms.repo, 'content/services/en');
    const slug = readdirSync(dir)
      .map((name) => name.replace(/\.mdx$/, ''))
      .find((name) => {
        const data = readMdxFile(path.join(dir, `${name}.mdx`), name).data as { links?: { url: string }[] };
        return name !== service.slug && data.links?.length;
      })!;
    const paths = ['en', 'fi'].map((locale) => path.join(cms.repo, 'content/services', locale, `${slug}.mdx`));
    const before = paths.map((file) => readFileSync(file, 'utf8'));
    const original = readMdxFile(paths[0]!, slug).data as { summary: string; links: { url: string }[] };

    await openAdmin(`#/collections/services/entries/${slug}`);
    await expect.poll(() => field('summary').inputValue(), { timeout: 15_000 }).toBe(original.summary);

    await field('summary').fill('a'.repeat(151));
    await tryPublish(page);
    await page.getByText('Summary: At most 150 characters.').first().waitFor();

    // The summary is a one-line (string) widget, which keeps its old text when filled over: empty it first.
    await field('summary').fill('');
    await field('summary').fill(original.summary);
    expect(await field('summary').inputValue()).toBe(original.summary);
    await page.locator(`input[value="${original.links[0]!.url}"]`).first().fill('javascript:alert(1)');
    await tryPublish(page);
    await page.getByText('Address: Write a full address that starts with https://, mailto: or tel:.').first().waitFor();
    // The notice at the top lists what is left to fix, and only that.
    await expect
      .poll(() =>
        page
          .getByRole('alert')
          .getByRole('button', { name: /\(English\): / })
          .allTextContents(),
      )
      .toEqual(['Links 1 › Address (English): Write a full address that starts with https://, mailto: or tel:.']);

    await page.waitForTimeout(500);
    expect(paths.map((file) => readFileSync(file, 'utf8'))).toEqual(before);
  });

  it('uploads only PDF, PNG, JPEG and WebP: an HTML or SVG file is refused in the media library, a PDF is stored', async () => {
    const media = path.join(cms.repo, 'public/attachments');
    const listMedia = () => (existsSync(media) ? readdirSync(media).sort() : []);
    await openAdmin('');
    await page.getByRole('button', { name: 'Media' }).click();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => dialogs.push(dialog.message()));
    const upload = page.locator('input[type="file"]').first();
    await upload.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await upload.getAttribute('accept')).toBe('.pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp');

    await upload.setInputFiles([{ name: 'evil.html', mimeType: 'text/html', buffer: Buffer.from('<script>localStorage.clear()</script>') }]);
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toContain('evil.html: you can upload only PDF, PNG, JPG, JPEG or WEBP files.');
    expect(dialogs[0]).toContain('evil.html: voit lisätä vain PDF-, PNG-, JPG-, JPEG- tai WEBP-tiedostoja.');
    await upload.setInputFiles([
      { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') },
    ]);
    await expect.poll(() => dialogs.length).toBe(2);
    await page.waitForTimeout(500);
    expect(listMedia().filter((name) => /\.(html|svg)$/.test(name))).toEqual([]);

    await upload.setInputFiles([{ name: 'course-flyer.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') }]);
    await expect.poll(listMedia, { timeout: 10_000 }).toContain('course-flyer.pdf');
    expect(dialogs).toHaveLength(2);
    // Decap reads the upload through a blob: URL, which the admin's connect-src must allow.
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
    expect(cms.contentCheck().output).toContain('Content OK');
  });
});
