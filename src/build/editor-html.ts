/**
 * The second line of defence for editors' Markdown: whatever the content check let through, the HTML rendered from
 * it passes an allowlist sanitizer (hast-util-sanitize, GitHub's rules narrowed to this site's). Raw HTML nodes are
 * dropped, elements and attributes outside the list are removed, and link addresses keep only http(s), mailto and
 * tel. It runs inside Astro's Markdown pipeline (Sätteri).
 *
 * Ids: every id the editor's text makes (headings, footnotes) is prefixed `user-content-` exactly once, as on
 * GitHub, so that no heading "Contacts" or "Main" can take the id of the page's own `#contacts` or `#main` (two
 * equal ids are invalid HTML, and the first one names `aria-labelledby` sections and wins `#main` links). The
 * footnotes come unprefixed from Sätteri (`editorMarkdownFeatures`), so the sanitizer's prefix is their only one;
 * heading ids are given here with the prefix (Astro's heading-ids step, which runs later, keeps an id already there).
 * In-page links the editor wrote (`[fees](#fees)`) and the footnote links are pointed at the prefixed ids.
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import GithubSlugger from 'github-slugger';
import { defineHastPlugin, defineMdastPlugin, type Features } from 'satteri';
import type { Element, Nodes, Root } from 'hast';

/** The prefix of every id made from an editor's text; the site's own ids never start with it. */
export const EDITOR_ID_PREFIX = 'user-content-';

/** Sätteri's features for editors' Markdown: GFM, with footnote ids left for the sanitizer to prefix (once). */
export const editorMarkdownFeatures = { gfm: { footnotes: { clobberPrefix: '' } } } satisfies Features;

export const editorHtmlSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: EDITOR_ID_PREFIX,
  // No form controls (GitHub keeps <input> for task lists).
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};

/** Every element of a tree, in document order; walked with a stack (a body may nest deeply). */
function elements(tree: Nodes): Element[] {
  const found: Element[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return found;
}

function textOf(node: Nodes): string {
  const stack: Nodes[] = [node];
  let text = '';
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') text += current.value;
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
  }
  return text;
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * GitHub-style slugs, prefixed, for headings without an id (in the sanitized copy: the rendered tree is frozen).
 * The ids already there (footnotes, prefixed by the sanitizer) are taken first, so a heading "fn 1" gets another.
 */
function addHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  const all = elements(tree);
  for (const element of all) {
    const id = element.properties['id'];
    if (typeof id === 'string') slugger.slug(id.startsWith(EDITOR_ID_PREFIX) ? id.slice(EDITOR_ID_PREFIX.length) : id, true);
  }
  for (const element of all) {
    if (headingTags.has(element.tagName) && typeof element.properties['id'] !== 'string') {
      element.properties['id'] = `${EDITOR_ID_PREFIX}${slugger.slug(textOf(element))}`;
    }
  }
}

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** `#fees` becomes `#user-content-fees` when that is where the editor's own heading (or footnote) now is. */
function pointInPageLinks(tree: Root): void {
  const all = elements(tree);
  const ids = new Set(all.map((element) => element.properties['id']).filter((id) => typeof id === 'string'));
  for (const element of all) {
    const href = element.tagName === 'a' ? element.properties['href'] : undefined;
    if (typeof href !== 'string' || !href.startsWith('#')) continue;
    const fragment = decoded(href.slice(1));
    if (!ids.has(fragment) && ids.has(`${EDITOR_ID_PREFIX}${fragment}`)) element.properties['href'] = `#${EDITOR_ID_PREFIX}${href.slice(1)}`;
  }
}

export function sanitizeEditorHtml(tree: Root): Root {
  const clean = sanitize(tree, editorHtmlSchema) as Root;
  addHeadingIds(clean);
  pointInPageLinks(clean);
  return clean;
}

/** The Sätteri hast plugin: replaces the rendered tree with its sanitized copy. */
export const sanitizeEditorHtmlPlugin = defineHastPlugin({
  name: 'spouse-program:sanitize-editor-html',
  after(root, ctx) {
    ctx.replaceNode(root, sanitizeEditorHtml(root));
  },
});

/**
 * A bare `www.example.org` in a body's text becomes a link (GFM's autolink literal) to `http://www.example.org`;
 * it is made `https://` here, as an editor writing `www.` means the site as browsers open it today. Links written
 * out (`[x](http://…)`, `http://…`) keep the scheme the editor chose (plugin nodes carry no source position, so a
 * link counts as written out when its `http://` address appears in the source).
 */
export const httpsWwwAutolinksPlugin = defineMdastPlugin({
  name: 'spouse-program:https-www-autolinks',
  link(node, ctx) {
    if (!node.url.startsWith('http://www.')) return;
    const bare = node.url.slice('http://'.length);
    const [text] = node.children;
    // An autolink literal: its text is the address without the scheme, and the scheme is nowhere in the source.
    const literal = node.children.length === 1 && text?.type === 'text' && text.value === bare && !ctx.source.includes(node.url);
    if (literal) ctx.setProperty(node, 'url', `https://${bare}`);
  },
});
