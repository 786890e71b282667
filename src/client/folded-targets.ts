/**
 * Opens the folded section (`<details>`) that holds a link's target: a link to a month of the calendar
 * (`/en/calendar/#month-3`, from "Coming up", the year view or a search result) opens that month. Browsers open a
 * closed `<details>` for a target in its hidden content, but not for one in its summary, where a month's heading is.
 */
function openFoldedTarget(hash: string): void {
  if (hash.length < 2) return;
  let target: Element | null;
  try {
    target = document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return; // A malformed fragment names nothing.
  }
  const folded = target?.closest('details');
  if (!target || !folded || folded.open) return;
  folded.open = true;
  target.scrollIntoView();
}

export function openFoldedTargets(): void {
  openFoldedTarget(window.location.hash);
  window.addEventListener('hashchange', () => openFoldedTarget(window.location.hash));
  // A link to the fragment already in the address changes no hash: open its section all the same.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href*="#"]') : null;
    if (!link || link.pathname !== window.location.pathname || link.hash !== window.location.hash) return;
    openFoldedTarget(link.hash);
  });
}
