/**
 * Bodies of services, pages and entry points are plain Markdown (Decap edits them as Markdown), even in .mdx files:
 * nothing compiles them as MDX. They are checked on the tree that Astro's own Markdown parser (Sätteri) builds from
 * them, the same parser that renders them, so what is checked is what is rendered: entities are decoded, fences and
 * indented code are where the renderer sees them. Refused: raw HTML, any node type outside a small allowlist,
 * link and image addresses other than http(s), mailto and tel (relative site paths and #anchors are fine), and
 * what would be code if the file were ever compiled as MDX ({expressions}, import/export lines).
 */
import { markdownToMdast } from 'satteri';
import type { Nodes as MdastNode } from 'mdast';
import { CONTENT_LIMITS, forbiddenCharacter } from '../schemas/common.ts';
import { attachmentPath } from '../schemas/attachments.ts';

export interface BodyProblem {
  line: number;
  message: string;
}

/** The Markdown features the site renders with (Astro's defaults): GitHub-flavoured Markdown. */
export const markdownFeatures = { gfm: true } as const;

/** Node types an editor's Markdown may contain. `html` is not among them, nor any MDX node. */
const allowedNodes = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'break',
  'text',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
]);

const linkProtocols = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * Whether a link address is allowed, read the way a browser reads it (the WHATWG URL parser strips tabs and
 * newlines and resolves the scheme). Relative addresses resolve against a placeholder origin and are allowed.
 */
export function allowedUrl(url: string, protocols: readonly string[] = linkProtocols): boolean {
  try {
    return protocols.includes(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

function describe(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return JSON.stringify(oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine);
}

export function bodyProblems(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  if (body.length > CONTENT_LIMITS.bodyCharacters) {
    problems.push({ line: 1, message: `the text is ${body.length} characters long; at most ${CONTENT_LIMITS.bodyCharacters} are allowed` });
  }
  const character = forbiddenCharacter(body);
  if (character) problems.push({ line: body.slice(0, body.indexOf(character.char)).split('\n').length, message: character.message });

  const tree = markdownToMdast(body, { features: markdownFeatures }) as MdastNode;
  const visit = (node: MdastNode, parent: MdastNode | undefined) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      problems.push({ line, message: `HTML is not allowed (found ${describe(node.value)}); use Markdown, e.g. **bold**, [link](https://…), "- " for a list` });
      return;
    }
    if (!allowedNodes.has(node.type)) {
      problems.push({ line, message: `"${node.type}" is not allowed in the text; use plain Markdown` });
      return;
    }
    if (node.type === 'link' || node.type === 'definition') {
      if (!allowedUrl(node.url)) problems.push({ line, message: `links accept only https://, http://, mailto: and tel: (found ${describe(node.url)})` });
    }
    // Images only from the site's own attachments: the CSP blocks others anyway, and a remote image tracks readers.
    if (node.type === 'image' && !attachmentPath.test(node.url)) {
      problems.push({ line, message: `images must be uploaded files under /attachments/ (PNG, JPEG or WebP; found ${describe(node.url)})` });
    }
    if (node.type === 'text') {
      const brace = node.value.search(/[{}]/);
      if (brace >= 0) {
        const braceLine = line + (node.value.slice(0, brace).match(/\n/g)?.length ?? 0);
        problems.push({ line: braceLine, message: 'curly braces { } are not allowed outside `code`; they would be code in MDX' });
      }
      const first = parent?.type === 'paragraph' && parent.children[0] === node;
      if (first && /^(import|export)\s/.test(node.value))
        problems.push({ line, message: 'a paragraph starting with import/export would be code in MDX; reword it' });
    }
    if ('children' in node) for (const child of node.children) visit(child as MdastNode, node);
  };
  visit(tree, undefined);
  return problems;
}
