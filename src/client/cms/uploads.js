/**
 * Keeps uploads to the allowed attachment types (PDF, PNG, JPEG, WebP; src/schemas/attachments.ts, handed to this
 * page as <html data-attachment-types>). Decap's media library accepts any file and has no setting for types, so
 * this page narrows its file pickers (`accept`) and refuses other files before Decap sees them. `content:check`
 * refuses such files too, and /attachments/ is served sandboxed, so this is the editor's early, friendly stop.
 */

/** @type {Record<string, string>} */
const mimeTypes = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

/**
 * Whether a chosen file may be uploaded: an allowed extension, and a browser-reported type that agrees with it.
 * @param {{ name: string; type: string }} file
 * @param {readonly string[]} extensions
 */
export function allowedUpload(file, extensions) {
  const extension = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!extensions.includes(extension)) return false;
  return file.type === '' || file.type === mimeTypes[extension];
}

/** @param {readonly string[]} extensions */
export function acceptAttribute(extensions) {
  return [...extensions.map((e) => `.${e}`), ...new Set(extensions.map((e) => mimeTypes[e]).filter(Boolean))].join(',');
}

/**
 * What the editor is told, in English and Finnish.
 * @param {readonly string[]} names
 * @param {readonly string[]} extensions
 */
export function refusalMessage(names, extensions) {
  const types = extensions.map((e) => e.toUpperCase());
  const last = types.at(-1);
  const rest = types.slice(0, -1);
  const files = names.join(', ');
  return [
    `${files}: you can upload only ${rest.join(', ')} or ${last} files.`,
    `${files}: voit lisätä vain ${rest.map((t) => `${t}-`).join(', ')} tai ${last}-tiedostoja.`,
  ].join('\n\n');
}

/**
 * Installs the guard on a document: file inputs get `accept`, and a change with a refused file is stopped
 * (captured on the document, before Decap's handlers on its root) with a message in English and Finnish.
 * @param {Document} doc
 * @param {readonly string[]} extensions
 */
export function guardUploads(doc, extensions) {
  const accept = acceptAttribute(extensions);
  const narrow = () => {
    for (const input of doc.querySelectorAll('input[type="file"]')) if (input.getAttribute('accept') !== accept) input.setAttribute('accept', accept);
  };
  new MutationObserver(narrow).observe(doc.documentElement, { childList: true, subtree: true });
  narrow();
  doc.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files) return;
      const refused = [...input.files].filter((file) => !allowedUpload(file, extensions));
      if (refused.length === 0) return;
      event.stopImmediatePropagation();
      input.value = '';
      doc.defaultView?.alert(
        refusalMessage(
          refused.map((file) => file.name),
          extensions,
        ),
      );
    },
    true,
  );
}
