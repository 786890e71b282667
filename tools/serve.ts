/**
 * Serves the built site (`dist/`) with the headers and redirects of netlify.toml: `npm run serve`, `npm start`,
 * and every browser test, so they all run under the real Content-Security-Policy.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, matchRedirect, readNetlifyConfig, type NetlifyConfig } from './netlify-config.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

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
  return createServer((request, response) => {
    const url = request.url ?? '/';
    const rawPath = url.split('?')[0]!;
    const search = url.slice(rawPath.length);
    // Every rule is matched on the normalised path, so every response (redirects and errors too) gets its headers.
    const pathname = normalisePath(rawPath);
    if (pathname === undefined) {
      response.writeHead(400, { ...headersFor(config, '/'), 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request');
      return;
    }
    const send = (status: number, file: string | undefined) => {
      const headers: Record<string, string> = { ...headersFor(config, pathname) };
      if (!file) {
        response.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
      headers['content-type'] = types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      response.writeHead(status, headers);
      createReadStream(file).pipe(response);
    };
    const redirectTo = (status: number, location: string) => {
      response.writeHead(status, { ...headersFor(config, pathname), location });
      response.end();
    };

    let file = resolveFile(dir, pathname);
    const redirect = matchRedirect(config, pathname, { fileExists: Boolean(file), acceptLanguage: request.headers['accept-language'] });
    if (redirect && (redirect.status === 301 || redirect.status === 302)) {
      redirectTo(redirect.status, `${redirect.to}${search}`);
      return;
    }
    if (redirect) {
      send(redirect.status, resolveFile(dir, redirect.to));
      return;
    }
    // Directory URLs without a trailing slash redirect, as Netlify's pretty URLs do.
    if (file && file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      redirectTo(301, `${encodeURI(pathname)}/${search}`);
      return;
    }
    if (file) {
      send(200, file);
      return;
    }
    file = resolveFile(dir, '/404.html');
    send(404, file);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  createStaticServer(dir).listen(port, '127.0.0.1', () => {
    console.log(`Serving ${dir} with the headers and redirects of netlify.toml at http://127.0.0.1:${port}/`);
  });
}
