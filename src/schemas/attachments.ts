/**
 * Files editors may upload (Decap's media folder, published under /attachments/): PDF, PNG, JPEG and WebP only.
 * HTML, SVG, JavaScript or XML served from the site's origin could run script where Decap keeps editors' tokens.
 * A file must also start with its type's signature, so a renamed HTML page is not taken for a PDF.
 */
export const ATTACHMENT_TYPES = ['pdf', 'png', 'jpg', 'jpeg', 'webp'] as const;

const segment = '[A-Za-z0-9_-][A-Za-z0-9._-]*';
/** A file's own name: ASCII, not hidden, an allowed extension (either case). Decap checks a file field's pattern on this alone. */
export const attachmentFileName = new RegExp(`^${segment}\\.(?:pdf|PDF|png|PNG|jpe?g|JPE?G|webp|WEBP)$`);
/** A path under /attachments/: such names, no hidden or parent segments. */
export const attachmentPath = new RegExp(`^\\/attachments\\/(?:${segment}\\/)*${attachmentFileName.source.slice(1)}`);

const signatures: Record<(typeof ATTACHMENT_TYPES)[number], (bytes: Uint8Array) => boolean> = {
  pdf: (b) => ascii(b, 0, 5) === '%PDF-',
  png: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((value, i) => b[i] === value),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
};

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** How many leading bytes `attachmentProblem` needs. */
export const SIGNATURE_BYTES = 12;

/** Why an uploaded file may not be published, or undefined when it may. `name` is its path under the folder. */
export function attachmentProblem(name: string, firstBytes: Uint8Array): string | undefined {
  if (!attachmentPath.test(`/attachments/${name}`)) {
    return `not an allowed attachment; upload only ${ATTACHMENT_TYPES.join(', ')} files with plain names (letters A-Z or a-z, digits 0-9, . _ -)`;
  }
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase() as (typeof ATTACHMENT_TYPES)[number];
  if (!signatures[extension](firstBytes))
    return `the file's content is not ${extension.toUpperCase()}; export it again as a real ${extension.toUpperCase()} file`;
  return undefined;
}
