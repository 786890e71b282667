/** Entry lists in every language: the other languages' names of each listed file's entry, and the backends that list them. */
import { describe, expect, it } from 'vitest';
import * as YAML from 'yaml';
import { decapConfig, readTerms } from '../../cms/config.ts';
import { cmsSettings } from '../../cms/backend.ts';
import { resolveContentDir } from '../../build/content-files.ts';
import { createFormats, FORMAT_NAMES } from './formats.js';
import { listOtherNamesFromBackends, OTHER_NAMES_KEY, otherLanguageNames } from './list-names.js';

const config = decapConfig(cmsSettings({}), readTerms(resolveContentDir()), 'fi');
// The files collection (taxonomies) has no folder, which the listing skips.
const collections = config.collections as unknown as Parameters<typeof otherLanguageNames>[1];
const read = createFormats(YAML).find(([name]) => name === FORMAT_NAMES.frontmatter)![2].fromFile;
const file = (path: string, name: string) => ({ data: `---\nname: ${name}\nsummary: x\n---\n\nBody.\n`, file: { path } });
const files = [
  file('content/services/fi/library-language-cafe.mdx', 'Kirjastojen kielikahvilat'),
  file('content/services/en/library-language-cafe.mdx', 'Language cafés in libraries'),
  file('content/services/fi/work-trial.mdx', 'Työkokeilu'),
  file('content/services/en/work-trial.mdx', 'Work trial'),
  file('content/services/fi/only-finnish.mdx', 'Vain suomeksi'),
];

describe('the other languages’ names in the entry lists', () => {
  it('gives each listed file the names of its entry in the other languages', () => {
    const names = otherLanguageNames(files, collections, config.i18n.locales, read);
    expect(names.get(files[0]!.data)).toBe(' / Language cafés in libraries');
    expect(names.get(files[1]!.data)).toBe(' / Kirjastojen kielikahvilat');
    expect(names.get(files[2]!.data)).toBe(' / Work trial');
    // An entry in one language has no other name; files outside the collections, or unreadable, are left alone.
    expect(names.has(files[4]!.data)).toBe(false);
    const odd = [{ data: '---\nname: [\n---\n', file: { path: 'content/services/en/broken.mdx' } }, file('content/calendar/x.yaml', 'X')];
    expect(otherLanguageNames(odd, collections, config.i18n.locales, read).size).toBe(0);
  });

  it('is shown after the name in the list, and never written to a file', () => {
    const services = config.collections.find((c) => c.name === 'services')!;
    expect('summary' in services && services.summary).toBe(`{{name}}{{${OTHER_NAMES_KEY}}}`);
    const names = otherLanguageNames(files, collections, config.i18n.locales, read);
    const frontmatter = createFormats(YAML, { otherNamesOf: (text) => names.get(text) }).find(([name]) => name === FORMAT_NAMES.frontmatter)![2];
    const data = frontmatter.fromFile(files[2]!.data);
    expect(data).toMatchObject({ name: 'Työkokeilu', [OTHER_NAMES_KEY]: ' / Work trial' });
    expect(frontmatter.toFile(data, ['name', 'summary'])).toBe(files[2]!.data);
  });

  it("records what every backend's folder listings return, and leaves its other calls as they are", async () => {
    const listed: unknown[] = [];
    class Backend {
      #secret = 'kept';
      entriesByFolder = async (folder: string) => [file(`${folder}/fi/a.mdx`, 'A')];
      async allEntriesByFolder(folder: string) {
        return [file(`${folder}/en/a.mdx`, 'A')];
      }
      secret() {
        return this.#secret;
      }
    }
    const registry: Record<string, { init: (...args: unknown[]) => object }> = { proxy: { init: () => new Backend() } };
    listOtherNamesFromBackends({ getBackend: (name) => registry[name] }, ['proxy', 'github'], (files) => listed.push(...files));
    const backend = registry['proxy']!.init() as Backend;
    expect(await backend.entriesByFolder('content/services')).toHaveLength(1);
    expect(await backend.allEntriesByFolder('content/services')).toHaveLength(1);
    expect(backend.secret()).toBe('kept');
    expect(listed).toEqual([file('content/services/fi/a.mdx', 'A'), file('content/services/en/a.mdx', 'A')]);
  });
});
