/**
 * Bodies of services, pages and entry points are plain Markdown (Decap edits them as Markdown), even in .mdx files.
 * MDX syntax would run as code at build time (imports, {expressions}, components), and raw HTML could carry
 * scripts, so the content check rejects them, and links with other protocols than http(s), mailto and tel.
 */
export interface BodyProblem {
  line: number;
  message: string;
}

const unsafeLink = /\]\(\s*<?\s*(?!https?:|mailto:|tel:|\/|#|\.)[a-z][a-z0-9+.-]*:/i;
const unsafeReference = /^\s{0,3}\[[^\]]+\]:\s*<?\s*(?!https?:|mailto:|tel:|\/|#)[a-z][a-z0-9+.-]*:/i;

export function bodyProblems(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let inFence = false;
  body.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    // Inline code may show any characters.
    const text = raw.replace(/`[^`]*`/g, '');
    if (/^\s*(import|export)\s/.test(text)) problems.push({ line, message: 'MDX import/export is not allowed; the body is plain Markdown' });
    if (/[{}]/.test(text)) problems.push({ line, message: 'curly braces are MDX expressions; write the text without { }' });
    if (/<\/?[A-Za-z!]/.test(text)) problems.push({ line, message: 'HTML and components are not allowed; use Markdown (e.g. **bold**, [link](https://…))' });
    if (unsafeLink.test(text) || unsafeReference.test(text)) problems.push({ line, message: 'links accept only https://, http://, mailto: and tel:' });
  });
  return problems;
}
