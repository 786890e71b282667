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
  // A browser reads "\\" as "/" in some places and the renderer writes it as %5C in others: never what was meant.
  if (url.includes('\\')) return `a link address cannot contain a backslash "\\"; use "/" (found ${describe(url)})`;
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

/**
 * How much Sätteri's parser (a pulldown-cmark fork) expands reference links: every use of `[text][name]` or
 * `![alt][name]` costs the UTF-8 bytes of its definition's address and title, out of a budget of the body's own
 * size or 100,000 bytes, whichever is larger. A use met when the budget is spent is left as plain `[text][name]`,
 * without notice (measured: 100 uses of a 1,000-byte address all render, the 101st is text; 58 of a 1,730-byte one).
 */
export const REFERENCE_EXPANSION_BYTES = 100_000;

type Definition = Extract<MdastNode, { type: 'definition' }>;
type Reference = Extract<MdastNode, { type: 'linkReference' | 'imageReference' }>;
const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The references in a tree that resolve to a definition (the first of a name wins), in document order. */
function resolvedReferences(nodes: readonly MdastNode[], definitions: ReadonlyMap<string, Definition>): Reference[] {
  return nodes.filter((node): node is Reference => (node.type === 'linkReference' || node.type === 'imageReference') && definitions.has(node.identifier));
}

/**
 * The line of the first reference the renderer would leave as text because the expansion budget is spent, if any.
 * Uses past the budget are text in the parsed tree too, so when the budget is spent the body is parsed again with
 * every definition's address shortened, which shows all the uses the editor wrote.
 */
function droppedReferenceLine(body: string, nodes: readonly MdastNode[], definitions: ReadonlyMap<string, Definition>): number | undefined {
  const budget = Math.max(utf8Bytes(body), REFERENCE_EXPANSION_BYTES);
  const expanded = resolvedReferences(nodes, definitions);
  const spent = expanded.reduce((sum, node) => {
    const definition = definitions.get(node.identifier)!;
    return sum + utf8Bytes(definition.url) + utf8Bytes(definition.title ?? '');
  }, 0);
  if (spent < budget) return undefined;
  let short = body;
  const all = nodes.filter((node): node is Definition => node.type === 'definition' && node.position !== undefined);
  for (const definition of all.sort((a, b) => b.position!.start.offset! - a.position!.start.offset!)) {
    const { start, end } = definition.position!;
    const breaks = body.slice(start.offset, end.offset).split('\n').length - 1;
    short = `${short.slice(0, start.offset)}[${definition.label ?? definition.identifier}]: /x${'\n'.repeat(breaks)}${short.slice(end.offset)}`;
  }
  const { nodes: shortNodes, definitions: shortDefinitions } = flatten(markdownToMdast(short, { features: markdownFeatures }));
  const written = resolvedReferences(shortNodes, shortDefinitions);
  return written.length > expanded.length ? (written[expanded.length]!.position?.start.line ?? 1) : undefined;
}

/** Every node of a tree in document order, with its definitions by name (the first of a name wins, as rendered). */
function flatten(tree: MdastNode): { nodes: MdastNode[]; definitions: Map<string, Definition> } {
  const nodes: MdastNode[] = [];
  const definitions = new Map<string, Definition>();
  const stack: MdastNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as MdastNode);
  }
  return { nodes, definitions };
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
  const stack: { node: MdastNode; parent: MdastNode | undefined; depth: number }[] = [{ node: tree, parent: undefined, depth: 0 }];
  const nodes: typeof stack = [];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { node } = item;
    nodes.push(item);
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
  const flat = nodes.map((item) => item.node);
  // Reference-style links and images (`![x][r]` with `[r]: https://…`) are checked with the address they resolve to.
  const resolved = flatten(tree).definitions;
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
    const imageUrl = node.type === 'image' ? node.url : node.type === 'imageReference' ? resolved.get(node.identifier)?.url : undefined;
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
  // Text the page would not show: references past the renderer's budget, definitions and footnotes nothing uses.
  const unshown: BodyProblem[] = [];
  const dropped = droppedReferenceLine(body, flat, resolved);
  if (dropped !== undefined) {
    unshown.push({
      line: dropped,
      message: `links written by name ([text][name]) repeat their address each time, and here they add up to more than the ${REFERENCE_EXPANSION_BYTES.toLocaleString('en')} bytes the page can show: from this one on they would be plain text; write the link inline as [text](https://…), or shorten the address`,
    });
  }
  // A definition nothing uses is not shown: the line would vanish from the page.
  const used = new Set(flat.filter((node) => node.type === 'linkReference' || node.type === 'imageReference').map((node) => node.identifier));
  for (const definition of resolved.values()) {
    if (used.has(definition.identifier)) continue;
    unshown.push({
      line: definition.position?.start.line ?? 1,
      message: `the line "[${definition.label ?? definition.identifier}]: …" defines a link by name that no [text][${definition.label ?? definition.identifier}] uses, so it would not show on the page; write it as a link, e.g. [${definition.label ?? definition.identifier}](${allowedUrl(definition.url) ? definition.url : 'https://…'}), or remove it`,
    });
  }
  const noted = new Set(flat.filter((node) => node.type === 'footnoteReference').map((node) => node.identifier));
  for (const note of flat.filter((node) => node.type === 'footnoteDefinition')) {
    if (noted.has(note.identifier)) continue;
    unshown.push({
      line: note.position?.start.line ?? 1,
      message: `the footnote "[^${note.label ?? note.identifier}]: …" is not used by any [^${note.label ?? note.identifier}] in the text, so it would not show on the page; refer to it, or write it as a paragraph`,
    });
  }
  problems.push(...unshown);
  return problems;
}
