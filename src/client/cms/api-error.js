/**
 * Decap reports a failure of its backend (git on this computer, GitHub online) as "Ei tallennettu: API_ERROR: …", a
 * code that tells an editor nothing. The toast's text becomes a plain explanation in the editor's language (what
 * happened, what to try); the original text stays as the toast's title, for whoever helps. Decap has no extension
 * point for its toasts, so this watches its DOM; plain DOM and text, no HTML strings.
 */
import { watchEachFrame } from './watch.js';

/** @param {Document} doc @param {string} explanation */
export function explainApiErrors(doc, explanation) {
  watchEachFrame(doc, () => {
    for (const toast of doc.querySelectorAll('.Toastify__toast-body')) {
      const text = toast.textContent ?? '';
      if (!text.includes('API_ERROR') || toast.getAttribute('data-site-explained') === text) continue;
      const walker = doc.createTreeWalker(toast, NodeFilter.SHOW_TEXT);
      const nodes = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
      const first = nodes.find((node) => node.nodeValue?.trim());
      if (!first) continue;
      // The text nodes React wrote, changed in place (replacing them would confuse React's own updates).
      first.nodeValue = explanation;
      for (const node of nodes) if (node !== first) node.nodeValue = '';
      toast.setAttribute('title', text);
      toast.setAttribute('data-site-explained', explanation);
    }
  });
}
