/**
 * A small static server for the built site (`dist/`), used by `npm start` and the browser tests.
 * Pretty URLs resolve to `index.html`; unknown paths get the 404 page with status 404.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file inside `root`, or undefined. Never leaves `root`. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export function createStaticServer(root: string): Server {
  const dir = path.resolve(root);
  return createServer((request, response) => {
    const url = request.url ?? '/';
    // Directory URLs without a trailing slash redirect, as Netlify does.
    const file = resolveFile(dir, url);
    const pathname = url.split('?')[0]!;
    if (file && file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${pathname}/${url.slice(pathname.length)}` });
      response.end();
      return;
    }
    const notFound = path.join(dir, '404.html');
    const target = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!target) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(file ? 200 : 404, { 'content-type': types[path.extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  createStaticServer(dir).listen(port, '127.0.0.1', () => {
    console.log(`Serving ${dir} at http://127.0.0.1:${port}/en/`);
  });
}
