/** Set by src/integrations/csp-meta.ts: whether pages carry the Content-Security-Policy <meta>. */
declare const __CSP_META__: boolean;

/** Set for every page by src/middleware.ts. */
declare namespace App {
  interface Locals {
    locale: import('./i18n/locales.ts').Locale;
    t: import('./i18n/strings.ts').Translate;
    /** The content file (`content/...`) a page is built from, set by the page; render errors name it. */
    contentFile?: string | undefined;
  }
}
