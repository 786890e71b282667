/**
 * The Spouse Program's public address, the one place it is written: canonical links, hreflang, open data, feeds,
 * the CMS's "view live" links and the calendar's event ids derive from it. `SITE_URL` overrides it (previews).
 */
export const DEFAULT_SITE_URL = 'https://spouseprogram.fi';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env['SITE_URL'] ?? DEFAULT_SITE_URL;
}

/**
 * The public Content-Security-Policy, also written into every page as a <meta> backstop for responses that miss
 * netlify.toml's header (e.g. the root 404 page for an unknown path). A test keeps it equal to netlify.toml's
 * policy for /en/*, minus the directives a <meta> cannot carry (frame-ancestors, upgrade-insecure-requests).
 */
export const publicCsp =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";
