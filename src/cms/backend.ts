/**
 * Where Decap CMS commits. Production: the GitHub backend with an OAuth provider and the editorial workflow
 * (drafts and reviews are pull requests). Local: `decap-server` on loopback (`npm run cms`), which Decap uses
 * instead whenever the admin page is opened on localhost and the server answers.
 * Every value can be set with an environment variable at build time (e.g. in Netlify's site settings).
 */
import { siteUrl } from '../site.config.ts';
export interface CmsBackend {
  /** Decap backend: `github` (default), `gitlab`, `gitea`, `azure`, `bitbucket`, or `git-gateway` (deprecated). */
  name: string;
  /** owner/name of the repository. */
  repo: string;
  branch: string;
  /** The OAuth provider that signs editors in to GitHub (an external service; Netlify's own when unset). */
  base_url?: string;
  auth_endpoint?: string;
  /** `pkce` (GitLab, Gitea) signs in without an OAuth helper, with the OAuth application's `app_id`. */
  auth_type?: string;
  app_id?: string;
  /** Keep one commit per entry when a pull request is merged. */
  squash_merges?: boolean;
}

export interface CmsSettings {
  backend: CmsBackend;
  publishMode: 'editorial_workflow' | 'simple';
  /** decap-server's API, used only when the admin page is opened on localhost or 127.0.0.1. */
  localBackendUrl: string;
  siteUrl: string;
}

export const DEFAULT_PROXY_PORT = 8081;
const defaultRepository = 'https://github.com/City-of-Helsinki/spouse-program-site';

/** `https://github.com/owner/name(.git)` -> `owner/name`. */
export function repoFromUrl(url: string): string | undefined {
  return /^https:\/\/[^/]+\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url)?.[1];
}

export function cmsSettings(env: Record<string, string | undefined> = process.env): CmsSettings {
  const publishMode = env['DECAP_PUBLISH_MODE'] ?? 'editorial_workflow';
  if (publishMode !== 'editorial_workflow' && publishMode !== 'simple') {
    throw new Error(`DECAP_PUBLISH_MODE must be editorial_workflow or simple, not "${publishMode}"`);
  }
  const repo = env['DECAP_REPO'] ?? repoFromUrl(env['REPOSITORY_URL'] ?? defaultRepository);
  if (!repo) throw new Error('set DECAP_REPO to owner/name of the content repository');
  const port = Number(env['DECAP_PROXY_PORT'] ?? DEFAULT_PROXY_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`DECAP_PROXY_PORT is not a port: ${env['DECAP_PROXY_PORT']}`);
  const backend: CmsBackend = {
    name: env['DECAP_BACKEND'] ?? 'github',
    repo,
    branch: env['DECAP_BRANCH'] ?? env['REPOSITORY_BRANCH'] ?? 'main',
    squash_merges: true,
    ...(env['DECAP_BASE_URL'] ? { base_url: env['DECAP_BASE_URL'] } : {}),
    ...(env['DECAP_AUTH_ENDPOINT'] ? { auth_endpoint: env['DECAP_AUTH_ENDPOINT'] } : {}),
    ...(env['DECAP_AUTH_TYPE'] ? { auth_type: env['DECAP_AUTH_TYPE'] } : {}),
    ...(env['DECAP_APP_ID'] ? { app_id: env['DECAP_APP_ID'] } : {}),
  };
  return {
    backend,
    publishMode,
    localBackendUrl: `http://127.0.0.1:${port}/api/v1`,
    siteUrl: siteUrl(env),
  };
}
