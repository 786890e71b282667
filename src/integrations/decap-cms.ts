import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminFiles, configFiles, staticAdminFiles, writeAdminFiles } from '../cms/admin-files.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Decap CMS at /admin/: written into the build output after the build, and served by `astro dev` (for `npm run cms`)
 * with the configurations (config.<locale>.yml) regenerated on every request, so taxonomy edits show up without a restart.
 */
export function decapCms(contentDir: string): AstroIntegration {
  return {
    name: 'spouse-program:decap-cms',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = adminFiles(contentDir);
        writeAdminFiles(path.join(fileURLToPath(dir), 'admin'), files);
        logger.info(`Decap CMS written to /admin/ (${files.length} files)`);
      },
      'astro:server:setup': ({ server }) => {
        const files = staticAdminFiles();
        server.middlewares.use('/admin', (request, response, next) => {
          const pathname = decodeURIComponent((request.url ?? '/').split('?')[0]!);
          if (pathname === '' || pathname === '/') {
            // Relative script URLs need the trailing slash.
            if (!request.originalUrl?.split('?')[0]!.endsWith('/')) {
              response.writeHead(301, { location: '/admin/' }).end();
              return;
            }
          }
          const wanted = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\//, '');
          const candidates = /^config\.\w+\.yml$/.test(wanted) ? configFiles(contentDir) : files;
          const file = candidates.find((candidate) => candidate.path === wanted);
          if (!file) return next();
          response.setHeader('content-type', types[path.extname(file.path)] ?? 'application/octet-stream');
          response.setHeader('cache-control', 'no-cache');
          if ('text' in file) response.end(file.text);
          else createReadStream(file.source).pipe(response);
        });
      },
    },
  };
}
