/**
 * Decap CMS in real Chromium against decap-server (the local backend), for the CMS end-to-end tests: the built
 * /admin/ (served with netlify.toml's headers) and a decap-server in git mode with the editorial workflow, as in
 * production: it edits a temporary git repository holding a copy of the content (never the real content/), where a
 * save is a commit on a `cms/<collection>/<slug>` branch and Publish merges it into `main`. The browser's language
 * picks the admin's (`locale`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, serveSite, type SiteServer } from './browser.ts';
import { root, tmpRoot } from './build.ts';
import { freePort } from './free-port.ts';
import { cmsSettings } from '../../src/cms/backend.ts';

export interface CmsSession {
  /** The temporary git repository decap-server edits (content/ and public/attachments/); `main` is what is published. */
  repo: string;
  /** `git <args>` in the temporary repository: its output. */
  git(...args: string[]): string;
  /** A file as committed on a branch (`main` is the published site), or undefined where the branch lacks it. */
  fileOn(branch: string, file: string): string | undefined;
  site: SiteServer;
  context: BrowserContext;
  pageErrors: string[];
  /** Dialogs (alert, confirm, beforeunload) the admin opened; each is accepted. */
  dialogs: string[];
  /** `content:check` over the edited copy (its content and uploaded attachments): exit status and output. */
  contentCheck(): { status: number | null; output: string };
  /** A fresh admin page at `/admin/<hash>` (the login is kept in the browser context). */
  openAdmin(hash: string): Promise<Page>;
  /**
   * Back to the published state, for a test of its own: any draft branch is deleted and `main` checked out clean, and
   * the browser starts afresh (logged in, but without Decap's local backups of unsaved work).
   */
  reset(): Promise<void>;
  close(): Promise<void>;
}

async function waitForProxy(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not answer at ${url}`);
}

export async function startCms(options: { locale: string; dist?: string }): Promise<CmsSession> {
  const dist = options.dist ?? path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'admin', 'config.en.yml'))) throw new Error('no dist/admin/config.en.yml: run `npm run build` first');
  mkdirSync(tmpRoot, { recursive: true });
  const repo = mkdtempSync(path.join(tmpRoot, 'cms-repo-'));
  cpSync(path.join(root, 'content'), path.join(repo, 'content'), { recursive: true });
  const git = (...args: string[]) => {
    const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  };
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'CMS test');
  git('config', 'user.email', 'cms-test@example.org');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Content');
  const port = await freePort();
  const proxyUrl = `http://127.0.0.1:${port}/api/v1`;
  const proxy: ChildProcess = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server')], {
    cwd: repo,
    env: { ...process.env, MODE: 'git', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  let browser: Browser | undefined;
  let site: SiteServer | undefined;
  try {
    [browser, site] = await Promise.all([launchChromium(), serveSite(dist), waitForProxy(proxyUrl)]);
  } catch (error) {
    proxy.kill();
    await browser?.close();
    await site?.close();
    throw error;
  }
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  // The built config points at decap-server's default port; this session's server runs on a free one.
  const defaultUrl = cmsSettings({}).localBackendUrl;
  const newContext = async (storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) => {
    const created = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: options.locale, ...(storageState ? { storageState } : {}) });
    await created.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const w = window as unknown as { __csp?: string[] };
        (w.__csp ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    await created.route('**/admin/config.*.yml', async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      if (!text.includes(defaultUrl)) throw new Error(`config has no local_backend url ${defaultUrl}`);
      await route.fulfill({ response, body: text.replace(defaultUrl, proxyUrl) });
    });
    return created;
  };
  let context = await newContext();
  let page: Page | undefined;
  const openAdmin = async (hash: string) => {
    await page?.close({ runBeforeUnload: false });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.accept();
    });
    await page.goto(site.url(`/admin/${hash}`));
    return page;
  };
  const first = await openAdmin('');
  // decap-server needs no account: "Login" / "Kirjaudu sisään" is enough.
  await first.getByRole('button', { name: /^(Login|Kirjaudu sisään)$/ }).click({ timeout: 30_000 });
  await first.locator('a[href="#/collections/services"]').first().waitFor({ timeout: 30_000 });
  const login = await context.storageState();
  const reset = async () => {
    await page?.close({ runBeforeUnload: false });
    page = undefined;
    await context.close();
    git('checkout', '--quiet', '--force', 'main');
    git('clean', '--quiet', '-fd');
    for (const branch of git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').split('\n').filter(Boolean)) git('branch', '-D', branch);
    context = await newContext(login);
  };
  return {
    repo,
    git,
    fileOn: (branch, file) => {
      const run = spawnSync('git', ['show', `${branch}:${file}`], { cwd: repo, encoding: 'utf8' });
      return run.status === 0 ? run.stdout : undefined;
    },
    site,
    get context() {
      return context;
    },
    pageErrors,
    dialogs,
    openAdmin,
    reset,
    contentCheck: () => {
      const check = spawnSync(process.execPath, ['tools/content-check.ts'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: path.join(repo, 'content'), SITE_PUBLIC_DIR: path.join(repo, 'public') },
      });
      return { status: check.status, output: `${check.stdout}${check.stderr}` };
    },
    close: async () => {
      await browser.close();
      await site.close();
      proxy.kill();
      rmSync(repo, { recursive: true, force: true });
    },
  };
}

/** The admin's Publish button ("Julkaise" in Finnish), as an editor sees it. */
export const publishButton = (page: Page) => page.getByRole('button', { name: /^(Julkaise|Publish)$/ });

/** Clicks Publish, for a save that is to be refused (the test then waits for the refusal). */
export async function tryPublish(page: Page): Promise<void> {
  await publishButton(page).click();
}

/**
 * Clicks Publish and waits until Decap says it is published: the draft branch is then merged into `main`, which is
 * checked out in the temporary repository (its files are what the site is built from).
 */
export async function publish(page: Page): Promise<void> {
  const toasts = page.getByText(/^(Julkaistu|Published)\. /);
  const before = await toasts.count();
  await publishButton(page).click();
  // A publish is a save, a status change and a merge on decap-server: minutes on a shared, busy machine.
  await page
    .waitForFunction(
      (count) =>
        [...document.querySelectorAll('*')].filter((el) => el.children.length === 0 && /^(Julkaistu|Published)\. /.test(el.textContent ?? '')).length > count,
      before,
      { timeout: 120_000 },
    )
    .catch(async (error: unknown) => {
      // What the editor would see instead: a refusal, a note, or Decap's status.
      const shown = await page
        .locator('[role="alert"], [role="status"], [class*="Toast"]')
        .allInnerTexts()
        .catch(() => []);
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nOn screen: ${shown.join(' | ') || '(no notice)'}`);
    });
}

/**
 * For a test file whose tests each start from the published state: a session started before them (`session.cms`),
 * reset after each and closed after all.
 */
export function useCmsSession(options: { locale: string; dist?: string }): { cms: CmsSession } {
  const session = {} as { cms: CmsSession };
  beforeAll(async () => {
    session.cms = await startCms(options);
  }, 60_000);
  afterEach(async () => {
    await session.cms?.reset();
  }, 30_000);
  afterAll(async () => {
    await session.cms?.close();
  });
  return session;
}

/** Replaces a one-line text (Decap's string widget keeps its text when filled over). */
export async function retype(box: Locator, text: string): Promise<void> {
  await box.fill('');
  if (text) await box.fill(text);
}
