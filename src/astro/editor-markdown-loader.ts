/**
 * The content loader for every `<base>/<locale>/<slug>.mdx` file an editor writes (services, program pages, entry
 * points). Their bodies are plain Markdown: Decap edits them as Markdown, and no component is used. It renders each
 * body to HTML while loading, with Astro's Markdown pipeline (which sanitizes it: src/build/editor-html.ts), as
 * Astro's glob() loader does for `.md` files, instead of compiling every file into a JavaScript module as it does
 * for `.mdx`. So no editor's file is ever compiled as MDX: an `export` line or `{expression}` in a body stays text
 * (and the content check refuses it). Compiling was also the build's largest cost with thousands of services
 * (about 60 s of bundling for 5,000 services in two locales, and most of its memory); see BENCHMARKS.md.
 *
 * Entry ids are `<locale>/<slug>`, exactly as glob() gives them, and `render(entry)` works as before.
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontMatter } from '../build/content-files.ts';
import { withFile } from './yaml-loader.ts';
import { MAX_WORD } from '../lib/finnish-forms.ts';

/** How long after the watcher's last report a file is read again (the watcher drops reports within 50 ms). */
const SETTLE_MS = 300;

/** Names what the loader stores for an entry; part of its digest, so a cached store of another shape is not reused. */
const STORED_SHAPE = 'rendered html, body words';

/** Words of a body for search: distinct, at most MAX_WORD letters each, at most 20,000 characters in all. */
export function searchWordsOfBody(markdown: string): string {
  const words = new Set<string>();
  let length = 0;
  for (const [word] of markdown.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (word.length > MAX_WORD || words.has(word)) continue;
    if (length + word.length + 1 > 20_000) break;
    words.add(word);
    length += word.length + 1;
  }
  return [...words].join(' ');
}

/** Lists `<locale>/<name>.mdx` under base, as POSIX paths relative to it: regular files only, links never followed. */
function listEntries(base: string): string[] {
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .flatMap((dir) =>
      readdirSync(path.join(base, dir.name))
        .filter((name) => name.endsWith('.mdx') && lstatSync(path.join(base, dir.name, name)).isFile())
        .map((name) => `${dir.name}/${name}`),
    )
    .sort();
}

export function editorMarkdownLoader(base: string): Loader {
  const absoluteBase = path.resolve(base);
  return {
    name: 'spouse-program:editor-markdown-loader',
    load: async (context: LoaderContext) => {
      const { store, config, logger, watcher } = context;
      const root = config.root instanceof URL ? config.root.pathname : String(config.root);

      /** Loads one file; any error (front matter, schema, rendering) is rethrown naming the file. */
      async function sync(entry: string): Promise<string> {
        const file = path.join(absoluteBase, entry);
        try {
          return await syncFile(entry, file);
        } catch (error) {
          throw withFile(path.relative(root, file).split(path.sep).join('/'), error);
        }
      }

      async function syncFile(entry: string, file: string): Promise<string> {
        const id = entry.replace(/\.mdx$/, '');
        const contents = readFileSync(file, 'utf8');
        // With what is stored: an entry cached in another shape (without the body's words) is loaded again.
        const digest = context.generateDigest(`${STORED_SHAPE}\n${contents}`);
        const existing = store.get(id);
        if (existing?.digest === digest) return id;
        // Parsed exactly as the content check before the build parsed it (YAML 1.2 core: dates stay strings).
        const { data, content } = parseFrontMatter(contents);
        const parsed = await context.parseData({ id, data, filePath: file });
        const markdown = await context.renderMarkdown(content, { fileURL: pathToFileURL(file) });
        // Without the final newline the pages come out byte for byte as the MDX compiler made them.
        const rendered = { ...markdown, html: markdown.html.replace(/\n$/, '') };
        const imagePaths = rendered.metadata?.imagePaths;
        // `body` is not the Markdown, which nothing reads after rendering (kept beside the HTML, it made the content
        // store a third larger), but its distinct words, bounded, for the words a service's search index gains.
        store.set({
          id,
          data: parsed,
          body: searchWordsOfBody(content),
          filePath: path.relative(root, file).split(path.sep).join('/'),
          digest,
          rendered,
          ...(imagePaths?.length ? { assetImports: imagePaths } : {}),
        });
        return id;
      }

      const seen = new Set<string>();
      for (const entry of listEntries(absoluteBase)) seen.add(await sync(entry));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

      if (!watcher) return;
      // `astro dev`: reload a file when it changes, drop it when it goes.
      watcher.add(absoluteBase);
      const entryOf = (changed: string) => {
        const relative = path.relative(absoluteBase, changed).split(path.sep).join('/');
        return /^[^/]+\/[^/]+\.mdx$/.test(relative) ? relative : undefined;
      };
      // A save or publish in the CMS (decap-server's git mode) checks a draft branch out and back and then merges it,
      // so both languages' files change several times within milliseconds. The watcher (chokidar, in Vite) reports
      // a file's first change and drops the others within 50 ms, with no report at the end: the file was read while
      // it held an earlier version, and the page showed that until the next edit. So each report is followed by a
      // second read once the file has been still for a moment (a read of unchanged text stops at the digest). Reads
      // of one file run one after another, each reading it when its turn comes, so the last read stores it as it is.
      const queues = new Map<string, Promise<void>>();
      const settling = new Map<string, ReturnType<typeof setTimeout>>();
      const reload = (entry: string) => {
        const next = (queues.get(entry) ?? Promise.resolve()).then(async () => {
          const id = entry.replace(/\.mdx$/, '');
          try {
            if (!existsSync(path.join(absoluteBase, entry))) {
              store.delete(id);
              return;
            }
            const before = store.get(id)?.digest;
            await sync(entry);
            if (store.get(id)?.digest !== before) logger.info(`Reloaded ${entry}`);
          } catch (error) {
            logger.error(`Failed to reload ${entry}: ${(error as Error).message}`);
          }
        });
        queues.set(entry, next);
        void next.finally(() => {
          if (queues.get(entry) === next) queues.delete(entry);
        });
      };
      const onChange = (changed: string) => {
        const entry = entryOf(changed);
        if (!entry) return;
        reload(entry);
        clearTimeout(settling.get(entry));
        settling.set(
          entry,
          setTimeout(() => {
            settling.delete(entry);
            reload(entry);
          }, SETTLE_MS),
        );
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
