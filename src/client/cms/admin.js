/**
 * The admin page's script (served as /admin/admin.js, a module; the page's CSP allows no inline script).
 * Loads Decap CMS from the site itself, registers the content formats and the site's own styles for the preview
 * pane, keeps uploads to the allowed attachment types, then starts the CMS in the editor's language with /admin/config.<locale>.yml.
 */
import * as YAML from './vendor/yaml/index.js';
import { createFormats } from './formats.js';
import { guardUploads } from './uploads.js';
import { fi } from './locale-fi.js';

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

const root = document.documentElement.dataset;
const uiLocales = (root['uiLocales'] ?? 'en').split(' ');

/**
 * The editor's language: `?lang=fi` if given (and remembered), else the first of the browser's languages the site
 * has, else the site's default.
 * @returns {string}
 */
function uiLocale() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked && uiLocales.includes(asked)) localStorage.setItem('cms-ui-locale', asked);
  const wanted = [localStorage.getItem('cms-ui-locale') ?? '', ...navigator.languages.map((tag) => tag.split('-')[0] ?? '')];
  return wanted.find((code) => uiLocales.includes(code)) ?? root['defaultLocale'] ?? 'en';
}

const ui = uiLocale();
document.documentElement.lang = ui;

/** The configuration in the editor's language, read here rather than by Decap so its media type does not matter. */
async function config() {
  const file = `config.${ui}.yml`;
  const response = await fetch(file, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const loaded = YAML.parse(await response.text());
  // On the editor's own machine "view live" links go to the local site.
  const local = ['localhost', '127.0.0.1'].includes(location.hostname);
  return { ...loaded, ...(local ? { site_url: location.origin, display_url: location.origin } : {}), load_config_file: false };
}

guardUploads(document, (root['attachmentTypes'] ?? '').split(' ').filter(Boolean));

const [styles, loaded] = await Promise.all([siteStyles().catch(() => []), config(), loadScript('decap-cms.js')]);
const CMS = w.CMS;
// Decap ships no Finnish interface (src/client/cms/locale-fi.js); English is Decap's own.
CMS.registerLocale('fi', fi);
for (const [name, extension, formatter] of createFormats(YAML)) CMS.registerCustomFormat(name, extension, formatter);
for (const style of styles) {
  if ('raw' in style) CMS.registerPreviewStyle(style.raw, { raw: true });
  else CMS.registerPreviewStyle(style.href);
}
CMS.init({ config: loaded });
