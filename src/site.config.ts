/**
 * The Spouse Program's public address, the one place it is written: canonical links, hreflang, open data, feeds,
 * the CMS's "view live" links and the calendar's event ids derive from it. `SITE_URL` overrides it (previews).
 */
export const DEFAULT_SITE_URL = 'https://spouseprogram.fi';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env['SITE_URL'] ?? DEFAULT_SITE_URL;
}

/** Site-wide settings that are not content. */
export const siteConfig = {
  /** Where the content lives in git; each service page links to its file's history there. */
  repository: {
    url: process.env.REPOSITORY_URL ?? 'https://github.com/City-of-Helsinki/spouse-program-site',
    branch: process.env.REPOSITORY_BRANCH ?? 'main',
  },
};

/** The change history of a content file (GitHub's commit list for one path). */
export function historyUrl(contentPath: string): string {
  const { url, branch } = siteConfig.repository;
  return `${url.replace(/\/$/, '')}/commits/${branch}/${contentPath}`;
}

/**
 * The public Content-Security-Policy, also written into every page as a <meta> backstop for responses that miss
 * netlify.toml's header (e.g. the root 404 page for an unknown path). A test keeps it equal to netlify.toml's
 * policy for /en/*, minus the directives a <meta> cannot carry (frame-ancestors, upgrade-insecure-requests).
 */
export const publicCsp =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";
