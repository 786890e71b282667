/**
 * Serves the built site (`dist/`) with the headers and redirects of netlify.toml: `npm run serve`, `npm start`,
 * and every browser test, so they all run under the real Content-Security-Policy.
 *
 * netlify.toml is read by Netlify's own parsers (netlify-config.ts) and files are served by `sirv` (content types,
 * ETags, ranges, HEAD). Around it, what Netlify does that a static server does not: its rules are matched on the
 * normalised path, every response (redirects and errors too) carries the configured headers, directory URLs
 * without a trailing slash redirect, and a missing page answers 404 with the 404 page of its language.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { headersFor, matchRedirect, readNetlifyConfig, type NetlifyConfig } from './netlify-config.ts';
import { parseToolArgs } from './lib/cli.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A request path as Netlify matches its rules: percent-decoded and normalised (`/%65n/services/` is
 * `/en/services/`, `/en/a/../b` is `/en/b`), keeping a trailing slash. Undefined when it cannot be decoded.
 */
export function normalisePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const normalised = path.posix.normalize(`/${decoded}`);
  return decoded.endsWith('/') && !normalised.endsWith('/') ? `${normalised}/` : normalised;
}

/** Maps a URL path to a file inside `root`, or undefined. Never leaves `root`. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const normalised = normalisePath(urlPath);
  if (normalised === undefined) return undefined;
  const candidate = path.resolve(root, `.${normalised}`);
  if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** netlify.toml as Netlify reads it, once. */
const netlifyConfig = await readNetlifyConfig(path.join(projectRoot, 'netlify.toml'));

export function createStaticServer(root: string, config: NetlifyConfig = netlifyConfig): Server {
  const dir = path.resolve(root);
  // `dev` looks each file up when asked, so a site rebuilt while the server runs (the CMS test) is served as it is now.
  const files = sirv(dir, { dev: true, etag: true, dotfiles: false });
  return createServer((request, response) => {
    const url = request.url ?? '/';
    const rawPath = url.split('?')[0]!;
    const search = url.slice(rawPath.length);
    const pathname = normalisePath(rawPath);
    if (pathname === undefined) {
      response.writeHead(400, { ...headersFor(config, '/'), 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request');
      return;
    }
    for (const [name, value] of Object.entries(headersFor(config, pathname))) response.setHeader(name, value);
    const redirectTo = (status: number, location: string) => {
      response.writeHead(status, { location });
      response.end();
    };
    /** A page served with another status than 200 (Netlify's 404 pages): HTML, or a plain message when missing. */
    const sendPage = (status: number, file: string | undefined) => {
      response.writeHead(status, { 'content-type': file ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' });
      if (file) createReadStream(file).pipe(response);
      else response.end('Not found');
    };
    /** Hands the request to sirv as if it asked for `target` (the normalised path, or a rewrite's target). */
    const serve = (target: string) => {
      request.url = `${encodeURI(target)}${search}`;
      files(request, response, () => sendPage(404, resolveFile(dir, '/404.html')));
    };

    const file = resolveFile(dir, pathname);
    const redirect = matchRedirect(config, pathname, { fileExists: Boolean(file), acceptLanguage: request.headers['accept-language'] });
    if (redirect && (redirect.status === 301 || redirect.status === 302)) return redirectTo(redirect.status, `${redirect.to}${search}`);
    if (redirect?.status === 200) return serve(redirect.to);
    if (redirect) return sendPage(redirect.status, resolveFile(dir, redirect.to));
    // Directory URLs without a trailing slash redirect, as Netlify's pretty URLs do.
    if (file && file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      return redirectTo(301, `${encodeURI(pathname)}/${search}`);
    }
    if (file) return serve(pathname);
    sendPage(404, resolveFile(dir, '/404.html'));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { positionals } = parseToolArgs({
    command: 'npm run serve -- [DIR]',
    usage: '  DIR    the built site to serve (default dist); PORT=... sets the port (default 4321)',
    options: {},
    allowPositionals: true,
  });
  const dir = positionals[0] ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  createStaticServer(dir).listen(port, '127.0.0.1', () => {
    console.log(`Serving ${dir} with the headers and redirects of netlify.toml at http://127.0.0.1:${port}/`);
  });
}
