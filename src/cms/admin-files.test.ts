import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { adminFiles, adminHtml, decapBundleFiles, writeAdminFiles } from './admin-files.ts';
import { cmsSettings } from './backend.ts';
import { resolveContentDir } from '../build/content-files.ts';
import YAML from 'yaml';

const files = adminFiles(resolveContentDir(), cmsSettings({}));
const paths = files.map((file) => file.path);
const textOf = (file: (typeof files)[number]) => ('text' in file ? file.text : readFileSync(file.source, 'utf8'));

describe('the /admin/ page files', () => {
  it('is a valid HTML page that loads only its own module script (no inline script, no CDN) and is never indexed', async () => {
    const html = adminHtml();
    const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(html).toContain('<script type="module" src="admin.js"></script>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("ships Decap's bundle, its chunks and WebAssembly from node_modules, without source maps", () => {
    const bundle = decapBundleFiles();
    expect(bundle).toContain('decap-cms.js');
    expect(bundle.filter((name) => name.endsWith('.wasm')).length).toBeGreaterThan(0);
    expect(bundle.filter((name) => /^\d+\.decap-cms\.js$/.test(name)).length).toBeGreaterThan(10);
    expect(bundle.some((name) => name.endsWith('.map') || name.startsWith('cms.'))).toBe(false);
    for (const name of bundle) expect(paths).toContain(name);
  });

  it("resolves every import of the page's scripts among the files it ships", () => {
    const modules = files.filter((file) => /\.js$/.test(file.path) && !/decap-cms\.js$/.test(file.path));
    expect(modules.map((file) => file.path)).toEqual(expect.arrayContaining(['admin.js', 'formats.js', 'vendor/yaml/index.js']));
    for (const file of modules) {
      for (const [, target] of textOf(file).matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        expect(target!.startsWith('.'), `${file.path} imports ${target}`).toBe(true);
        expect(paths, `${file.path} imports ${target}`).toContain(path.posix.join(path.posix.dirname(file.path), target!));
      }
    }
    expect(textOf(files.find((file) => file.path === 'admin.js')!)).toContain("loadScript('decap-cms.js')");
  });

  it("names the content that uses a term by its name in the editor's language, never by a file's path", () => {
    const usage = (ui: string) =>
      YAML.parse(textOf(files.find((file) => file.path === `config.${ui}.yml`)!)).site_term_usage as Record<string, Record<string, string[]>>;
    const named = (ui: string) => Object.values(usage(ui)).flatMap((ids) => Object.values(ids).flat());
    for (const ui of ['fi', 'en']) {
      expect(named(ui).length).toBeGreaterThan(100);
      expect(named(ui).filter((name) => /[/\\]|\.(mdx|ya?ml)\b/.test(name))).toEqual([]);
    }
    expect(usage('fi')['modes']!['in-person']).toContain('Kirjastojen kielikahvilat');
    expect(usage('en')['modes']!['in-person']).toContain('Language cafés in libraries');
    expect(named('fi')).toContain('Suositut haut (palveluhaun sivulla)');
  });

  it('writes them all into a folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'admin-'));
    try {
      writeAdminFiles(dir, files);
      for (const file of paths) expect(existsSync(path.join(dir, file)), file).toBe(true);
      expect(readFileSync(path.join(dir, 'config.fi.yml'), 'utf8')).toContain('publish_mode: editorial_workflow');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
