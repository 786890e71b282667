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
import { CONTENT_LIMITS, forbiddenCharacter, overlongWord } from '../schemas/common.ts';
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

/** Node types that nest: each counts one level towards `CONTENT_LIMITS.nestingDepth`. */
const nestingNodes = new Set(['blockquote', 'list', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteDefinition', 'table']);

export interface BodyContext {
  /** Whether a path on this site (`/en/services/`, `/attachments/flyer.pdf`) exists; without it, every path is taken. */
  sitePath?: (pathname: string) => boolean;
}

const bareDomain = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/:?#]|$)/i;

/**
 * Why a link address is refused, or undefined when it is fine: only http(s), mailto and tel, or `#anchor`, or a
 * path that exists on the site. An address without a scheme is a path to a browser, so "www.example.com" became a
 * broken link inside the site: it is refused with how to write it.
 */
function linkProblem(url: string, context: BodyContext): string | undefined {
  if (url.length > CONTENT_LIMITS.urlCharacters)
    return `the link address is ${url.length} characters long; at most ${CONTENT_LIMITS.urlCharacters} are allowed`;
  if (!allowedUrl(url)) return `links accept only https://, http://, mailto: and tel: (found ${describe(url)})`;
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('#')) return undefined;
  if (bareDomain.test(trimmed) || trimmed.startsWith('//')) {
    return `write a web address in full, starting with https:// (found ${describe(url)}; write e.g. https://${trimmed.replace(/^\/\//, '')})`;
  }
  if (!trimmed.startsWith('/')) {
    return `a link within the site starts with "/", e.g. /en/services/; a link elsewhere with https:// (found ${describe(url)})`;
  }
  const pathname = new URL(trimmed, 'https://relative.invalid/').pathname;
  if (context.sitePath && !context.sitePath(pathname)) {
    return `no page ${describe(pathname)} on this site; check the address, or write a link elsewhere in full with https://`;
  }
  return undefined;
}

/** The line of a character offset in the body. */
function lineAt(body: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (body.charCodeAt(i) === 10) line++;
  return line;
}

export function bodyProblems(body: string, context: BodyContext = {}): BodyProblem[] {
  const problems: BodyProblem[] = [];
  if (body.length > CONTENT_LIMITS.bodyCharacters) {
    // Not parsed: the text is refused as it is, and a text this long is not worth checking further.
    return [{ line: 1, message: `the text is ${body.length} characters long; at most ${CONTENT_LIMITS.bodyCharacters} are allowed` }];
  }
  const character = forbiddenCharacter(body);
  if (character) problems.push({ line: lineAt(body, body.indexOf(character.char)), message: character.message });

  // Sätteri parses without recursing (20,000 nested quotes parse); the tree is walked with a stack, never recursion.
  const tree = markdownToMdast(body, { features: markdownFeatures });
  // Reference-style links and images (`![x][r]` with `[r]: https://…`) are checked with the address they resolve to.
  const definitions = new Map<string, string>();
  const stack: { node: MdastNode; parent: MdastNode | undefined; depth: number }[] = [{ node: tree, parent: undefined, depth: 0 }];
  const nodes: typeof stack = [];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { node } = item;
    nodes.push(item);
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
    const line = node.position?.start.line ?? 1;
    const depth = item.depth + (nestingNodes.has(node.type) ? 1 : 0);
    if (depth > CONTENT_LIMITS.nestingDepth) {
      problems.push({ line, message: `the text nests more than ${CONTENT_LIMITS.nestingDepth} levels (quotes, lists, emphasis, links); flatten it` });
      continue;
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as MdastNode, parent: node, depth });
    }
  }
  // In document order, as the checks were reported before.
  for (const { node, parent } of nodes) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      problems.push({ line, message: `HTML is not allowed (found ${describe(node.value)}); use Markdown, e.g. **bold**, [link](https://…), "- " for a list` });
      continue;
    }
    if (!allowedNodes.has(node.type)) {
      problems.push({ line, message: `"${node.type}" is not allowed in the text; use plain Markdown` });
      continue;
    }
    if (node.type === 'link' || node.type === 'definition') {
      const problem = linkProblem(node.url, context);
      if (problem) problems.push({ line, message: problem });
    }
    // Images only from the site's own attachments: the CSP blocks others anyway, and a remote image tracks readers.
    const imageUrl = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier.toLowerCase()) : undefined;
    if (imageUrl !== undefined) {
      if (!attachmentPath.test(imageUrl)) {
        problems.push({ line, message: `images must be uploaded files under /attachments/ (PNG, JPEG or WebP; found ${describe(imageUrl)})` });
      } else if (context.sitePath && !context.sitePath(new URL(imageUrl, 'https://relative.invalid/').pathname)) {
        problems.push({ line, message: `no uploaded file ${describe(imageUrl)}; upload it first, or check the name` });
      }
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      const word = overlongWord(node.value);
      if (word) {
        problems.push({
          line,
          message: `a word of ${word.length} characters (${describe(word)}); a word is at most ${CONTENT_LIMITS.wordCharacters} characters: add spaces, or put a long address in a link`,
        });
      }
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
  }
  return problems;
}
