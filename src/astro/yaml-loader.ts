/**
 * Content loaders for the YAML content: a folder of `<id>.yaml` files (calendar, partners) and one file holding a
 * list of items with ids (a taxonomy's terms, the popular searches). Ids are the plain file names and the items'
 * own ids, never rewritten: Astro's glob() made ids with github-slugger, so `Spring-Intake.yaml` and
 * `spring-intake.yaml` became one entry, and `!!!.yaml` an empty id that crashed the build without naming the file.
 * The content check refuses such names before the build; these loaders still refuse what they cannot load (a
 * name that is not a slug, an id given twice), and every error names the file.
 */
import { lstatSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseYaml } from '../build/content-files.ts';
import { idPattern } from '../schemas/common.ts';

/** An error that names the content file it came from, relative to the project. */
export function withFile(file: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${file}: ${message}`, { cause: error });
}

function relativeTo(context: LoaderContext, file: string): string {
  const root = context.config.root instanceof URL ? context.config.root.pathname : String(context.config.root);
  return path.relative(root, file).split(path.sep).join('/');
}

/** `<base>/<id>.yaml`, one entry per regular file; links and other names are never read. */
export function yamlFolderLoader(base: string): Loader {
  const absoluteBase = path.resolve(base);
  const load = async (context: LoaderContext) => {
    const { store } = context;
    const names = existsSync(absoluteBase)
      ? readdirSync(absoluteBase)
          .filter((name) => name.endsWith('.yaml') && lstatSync(path.join(absoluteBase, name)).isFile())
          .sort()
      : [];
    const seen = new Set<string>();
    for (const name of names) {
      const file = path.join(absoluteBase, name);
      const display = relativeTo(context, file);
      const id = name.slice(0, -'.yaml'.length);
      try {
        if (!idPattern.test(id)) throw new Error('the file name is not a lowercase slug (run npm run content:check)');
        const text = readFileSync(file, 'utf8');
        const digest = context.generateDigest(text);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        const data = await context.parseData({ id, data: parseYaml(text) as Record<string, unknown>, filePath: file });
        store.set({ id, data, filePath: display, digest });
      } catch (error) {
        throw withFile(display, error);
      }
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  };
  return {
    name: 'spouse-program:yaml-folder-loader',
    load: async (context) => {
      await load(context);
      if (!context.watcher) return;
      // `astro dev`: load the folder again when one of its files changes.
      context.watcher.add(absoluteBase);
      const reload = (changed: string) => {
        if (path.dirname(changed) !== absoluteBase) return;
        load(context).catch((error: unknown) => context.logger.error((error as Error).message));
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, reload);
    },
  };
}

/** One YAML file holding a list of items, each with an `id` of its own; `items` finds the list in the parsed file. */
export function yamlListLoader(file: string, items: (parsed: unknown) => unknown = (parsed) => parsed): Loader {
  const absolute = path.resolve(file);
  const load = async (context: LoaderContext) => {
    const { store } = context;
    const display = relativeTo(context, absolute);
    try {
      if (!existsSync(absolute)) {
        store.clear();
        return;
      }
      const text = readFileSync(absolute, 'utf8');
      const digest = context.generateDigest(text);
      const list = items(parseYaml(text)) ?? [];
      if (!Array.isArray(list)) throw new Error('expected a list of items');
      store.clear();
      for (const item of list as Record<string, unknown>[]) {
        const id = item?.['id'];
        if (typeof id !== 'string' || id === '') throw new Error('an item has no id');
        if (store.has(id)) throw new Error(`duplicate id "${id}"; give each item its own id`);
        store.set({ id, data: await context.parseData({ id, data: item, filePath: absolute }), filePath: display, digest });
      }
    } catch (error) {
      throw withFile(display, error);
    }
  };
  return {
    name: 'spouse-program:yaml-list-loader',
    load: async (context) => {
      await load(context);
      if (!context.watcher) return;
      context.watcher.add(absolute);
      const reload = (changed: string) => {
        if (changed !== absolute) return;
        load(context).catch((error: unknown) => context.logger.error((error as Error).message));
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, reload);
    },
  };
}
