/**
 * Decap CMS file formats for this site's content, registered in the admin page (`admin.js`) and unit-tested in Node.
 * Plain JavaScript: it is served to the browser as is, next to a browser build of the `yaml` package.
 *
 * Why not Decap's built-in formats: Decap writes a field an editor emptied as `""` or `null`, and an emptied list
 * as `[]`, but the schemas mean "not given" by leaving the key out (`.optional()`), so such files would fail
 * `content:check`. These formats drop empty values on write, keep the fields in the order the file had them (a field
 * it lacked goes after them, in form order), never fold long lines, and read YAML with the same core schema as the
 * site (dates stay `YYYY-MM-DD` text).
 */

import { OTHER_NAMES_KEY } from './list-names.js';

/** Where a read file's data carries the order of its keys, so a save keeps it (never written to a file). */
export const KEY_ORDER_KEY = 'siteKeyOrder';

/**
 * Where a new entry's data carries the text its file name (its URL on the site) is made from: the English name,
 * whatever the editor's language (src/client/cms/save-checks.js). Never written to a file.
 */
export const SLUG_KEY = 'siteSlug';

/** Format names used in the generated config.yml (src/cms/config.ts). */
export const FORMAT_NAMES = { frontmatter: 'spouse-frontmatter', yaml: 'spouse-yaml' };

/**
 * Removes what the schemas treat as "not given": null, blank text, and lists or objects left empty by that.
 * @param {unknown} value
 * @returns {unknown}
 */
export function withoutEmpty(value) {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)])
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/**
 * The keys in the form's order (Decap passes it), then any others in their own order.
 * @param {Record<string, unknown>} data
 * @param {string[]} order
 */
function ordered(data, order) {
  const keys = [...order.filter((key) => key in data), ...Object.keys(data).filter((key) => !order.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/**
 * The file's own key order (when the data was read from a file), then the form's.
 * @param {unknown} fileOrder @param {string[]} sortedKeys @returns {string[]}
 */
const keyOrder = (fileOrder, sortedKeys) => [...(Array.isArray(fileOrder) ? fileOrder.filter((key) => typeof key === 'string') : []), ...sortedKeys];

const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * @param {typeof import('yaml')} YAML the `yaml` package (its browser build in the admin page)
 * @param {{ otherNamesOf?: (content: string) => string | undefined }} [lists] the names of a listed file's entry in the
 *   other languages, which its data carries as `otherLanguageNames` for the entry list (list-names.js)
 * @returns {[string, string, { fromFile: (content: string) => Record<string, unknown>, toFile: (data: Record<string, unknown>, sortedKeys?: string[]) => string }][]}
 */
export function createFormats(YAML, lists = {}) {
  /** @param {string} text */
  const parse = (text) => /** @type {Record<string, unknown>} */ (YAML.parse(text, { schema: 'core' }) ?? {});
  /**
   * Lists of plain values on one line (`categories: [studies, integration]`), as the content is written by hand.
   * @param {Record<string, unknown>} data @param {string[]} order
   */
  const stringify = (data, order) => {
    const doc = new YAML.Document(withoutEmpty(ordered(data, order)) ?? {});
    YAML.visit(doc, {
      Seq(_, node) {
        if (node.items.every((item) => YAML.isScalar(item))) node.flow = true;
      },
    });
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  };

  const frontmatter = {
    /** @param {string} content */
    fromFile(content) {
      const match = FRONT_MATTER.exec(content);
      if (!match) return { body: content };
      const otherNames = lists.otherNamesOf?.(content);
      const meta = parse(match[1] ?? '');
      return {
        ...meta,
        body: (match[2] ?? '').replace(/^\r?\n/, ''),
        ...(otherNames ? { [OTHER_NAMES_KEY]: otherNames } : {}),
        [KEY_ORDER_KEY]: Object.keys(meta),
      };
    },
    /** @param {Record<string, unknown>} data @param {string[]} [sortedKeys] */
    toFile(data, sortedKeys = []) {
      const { body, [OTHER_NAMES_KEY]: _listedOnly, [KEY_ORDER_KEY]: fileOrder, [SLUG_KEY]: _slugOnly, ...meta } = data;
      const text = typeof body === 'string' ? body.trim() : '';
      return `---\n${stringify(meta, keyOrder(fileOrder, sortedKeys))}---\n${text ? `\n${text}\n` : ''}`;
    },
  };
  const yaml = {
    /** @param {string} content */
    fromFile: (content) => {
      const data = parse(content);
      return { ...data, [KEY_ORDER_KEY]: Object.keys(data) };
    },
    /** @param {Record<string, unknown>} data @param {string[]} [sortedKeys] */
    toFile: (data, sortedKeys = []) => {
      const { [KEY_ORDER_KEY]: fileOrder, [SLUG_KEY]: _slugOnly, ...rest } = data;
      return stringify(rest, keyOrder(fileOrder, sortedKeys));
    },
  };
  return [
    [FORMAT_NAMES.frontmatter, 'mdx', frontmatter],
    [FORMAT_NAMES.yaml, 'yaml', yaml],
  ];
}
