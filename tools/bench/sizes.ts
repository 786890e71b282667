/** Sizes of what a build wrote. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isCardShardPath, searchFilePath, type SearchFile } from '../../src/lib/search-files.ts';
// Sizes.

export function walk(dir: string): { file: string; size: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file, size: statSync(file).size };
    });
}

export interface Sizes {
  distBytes: number;
  distFiles: number;
  htmlFiles: number;
  pagefind: Record<
    string,
    { bytes: number; files: number; indexChunks: number; fragments: number; filterChunks: number; metaBytes: number; wasmBytes: number }
  >;
  pagefindSharedBytes: number;
  /** The catalogue search's own files per locale (src/lib/facet-index.ts); gzip as a CDN would send them. */
  filterIndex?: Record<
    string,
    {
      indexBytes: number;
      indexGzipBytes: number;
      idsGzipBytes: number;
      pagesGzipBytes?: number;
      datesGzipBytes?: number;
      /** One file per card (earlier builds), or the card files of CARDS_PER_FILE cards (`cardFiles`). */
      cards?: number;
      cardGzipBytes?: number;
      cardFiles?: number;
      cardFileGzipBytes?: number;
    }
  >;
}

export function measureSizes(outDir: string): Sizes {
  const files = walk(outDir);
  const pagefindDir = path.join(outDir, 'pagefind');
  const pagefind: Sizes['pagefind'] = {};
  let shared = 0;
  for (const { file, size } of files.filter((f) => f.file.startsWith(`${pagefindDir}${path.sep}`))) {
    const base = path.basename(file);
    const locale = /^(?:pagefind\.|wasm\.)?([a-z]{2,3}(?:-[a-z0-9]+)?|unknown)[_.]/i.exec(base)?.[1];
    if (!locale || base.endsWith('.js') || base.endsWith('.css') || base.endsWith('.json')) {
      shared += size;
      continue;
    }
    const entry = (pagefind[locale] ??= { bytes: 0, files: 0, indexChunks: 0, fragments: 0, filterChunks: 0, metaBytes: 0, wasmBytes: 0 });
    entry.bytes += size;
    entry.files++;
    if (base.endsWith('.pf_index')) entry.indexChunks++;
    if (base.endsWith('.pf_fragment')) entry.fragments++;
    if (base.endsWith('.pf_filter')) entry.filterChunks++;
    if (base.endsWith('.pf_meta')) entry.metaBytes += size;
    if (base.startsWith('wasm.')) entry.wasmBytes += size;
  }
  const filterIndex: NonNullable<Sizes['filterIndex']> = {};
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;
  for (const locale of readdirSync(outDir)) {
    const file = (name: SearchFile) => path.join(outDir, searchFilePath(locale, name));
    const index = file('index');
    if (!existsSync(index)) continue;
    const cards = files.filter(
      (f) => isCardShardPath(`/${path.relative(outDir, f.file).split(path.sep).join('/')}`) && f.file.includes(`${path.sep}${locale}${path.sep}`),
    );
    filterIndex[locale] = {
      indexBytes: statSync(index).size,
      indexGzipBytes: gz(index),
      idsGzipBytes: gz(file('ids')),
      pagesGzipBytes: gz(file('pages')),
      datesGzipBytes: gz(file('dates')),
      cardFiles: cards.length,
      cardFileGzipBytes: Math.round(cards.reduce((sum, f) => sum + gz(f.file), 0) / Math.max(1, cards.length)),
    };
  }
  return {
    filterIndex,
    distBytes: files.reduce((sum, f) => sum + f.size, 0),
    distFiles: files.length,
    htmlFiles: files.filter((f) => f.file.endsWith('.html')).length,
    pagefind,
    pagefindSharedBytes: shared,
  };
}
