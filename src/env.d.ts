/** Set by src/integrations/csp-meta.ts: whether pages carry the Content-Security-Policy <meta>. */
declare const __CSP_META__: boolean;
