import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { root } from '../../tests/support/build.ts';
import { termRef } from '../schemas/taxonomy.ts';
import { readTaxonomyIds, watchTaxonomyIds } from './taxonomy-ids.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('taxonomy ids on the dev server', () => {
  it('knows a term added to a taxonomy file without a restart, in the schemas built before it was added', async () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'taxonomy-ids-'));
    dirs.push(contentDir);
    cpSync(path.join(root, 'content/taxonomies'), path.join(contentDir, 'taxonomies'), { recursive: true });
    const ids = readTaxonomyIds(contentDir);
    watchTaxonomyIds(contentDir, ids);
    const situation = termRef(ids.situations, 'situations');
    expect(situation.safeParse('retired-spouse').success).toBe(false);

    const file = path.join(contentDir, 'taxonomies/situations.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}  - id: retired-spouse\n    label: { en: Retired spouse, fi: Eläkkeellä oleva puoliso }\n`);
    await vi.waitFor(() => expect(situation.safeParse('retired-spouse').success).toBe(true), { timeout: 5000 });
    expect(ids.situations.at(-1)).toBe('retired-spouse');
  });
});
