/**
 * Runs `task` now and after Decap's interface changes, at most once a frame (a big form changes on every keystroke).
 * Decap has no extension points for what the admin adds around it, so those parts watch its DOM with this.
 * @param {Document} doc
 * @param {() => void} task
 * @param {MutationObserverInit} [options] what to watch under `doc.body` (by default, elements added or removed)
 */
export function watchEachFrame(doc, task, options = { childList: true, subtree: true }) {
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      task();
    });
  }).observe(doc.body, options);
  task();
}
