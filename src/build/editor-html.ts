/**
 * The second line of defence for editors' Markdown: whatever the content check let through, the HTML rendered from
 * it passes an allowlist sanitizer (hast-util-sanitize, GitHub's rules narrowed to this site's). Raw HTML nodes are
 * dropped, elements and attributes outside the list are removed, and link addresses keep only http(s), mailto and
 * tel. It runs inside Astro's Markdown pipeline (Sätteri), before heading ids are added.
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { defineHastPlugin } from 'satteri';
import type { Root } from 'hast';

export const editorHtmlSchema: Schema = {
  ...defaultSchema,
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

export function sanitizeEditorHtml(tree: Root): Root {
  return sanitize(tree, editorHtmlSchema) as Root;
}

/** The Sätteri hast plugin: replaces the rendered tree with its sanitized copy. */
export const sanitizeEditorHtmlPlugin = defineHastPlugin({
  name: 'spouse-program:sanitize-editor-html',
  after(root, ctx) {
    ctx.replaceNode(root, sanitizeEditorHtml(root));
  },
});
