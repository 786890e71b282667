/**
 * The admin page's script (served as /admin/admin.js, a module; the page's CSP allows no inline script).
 * Loads Decap CMS from the site itself, registers the content formats and the site's own styles for the preview
 * pane, keeps uploads to the allowed attachment types, then starts the CMS with /admin/config.yml.
 */
import * as YAML from './vendor/yaml/index.js';
import { createFormats } from './formats.js';
import { guardUploads } from './uploads.js';

/** @type {any} */
const w = window;
w.CMS_MANUAL_INIT = true;

/** @param {string} src */
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/**
 * The stylesheets of the site's home page (built CSS files, or the dev server's inline styles).
 * @returns {Promise<({ href: string } | { raw: string })[]>}
 */
async function siteStyles() {
  const response = await fetch(document.documentElement.dataset['siteHome'] ?? '/');
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  return [
    // DOMParser runs no script, so it parses <noscript> as markup: leave out the no-JavaScript stylesheet there.
    ...[...page.querySelectorAll('link[rel="stylesheet"][href]')]
      .filter((link) => !link.closest('noscript'))
      .map((link) => ({ href: new URL(link.getAttribute('href') ?? '', response.url).href })),
    ...[...page.querySelectorAll('style')].map((style) => ({ raw: style.textContent ?? '' })),
  ];
}

/** config.yml, read here rather than by Decap so its media type does not matter (static servers differ on .yml). */
async function config() {
  const response = await fetch('config.yml', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.yml: HTTP ${response.status}`);
  const loaded = YAML.parse(await response.text());
  // On the editor's own machine "view live" links go to the local site.
  const local = ['localhost', '127.0.0.1'].includes(location.hostname);
  return { ...loaded, ...(local ? { site_url: location.origin, display_url: location.origin } : {}), load_config_file: false };
}

guardUploads(document, (document.documentElement.dataset['attachmentTypes'] ?? '').split(' ').filter(Boolean));

const [styles, loaded] = await Promise.all([siteStyles().catch(() => []), config(), loadScript('decap-cms.js')]);
const CMS = w.CMS;
for (const [name, extension, formatter] of createFormats(YAML)) CMS.registerCustomFormat(name, extension, formatter);
for (const style of styles) {
  if ('raw' in style) CMS.registerPreviewStyle(style.raw, { raw: true });
  else CMS.registerPreviewStyle(style.href);
}
CMS.init({ config: loaded });
