/**
 * Ways to the catalogue's result count: "Show results" at the end of each filter group (from the last tick straight
 * to the count and the list), and a search sent from another page (the home page's box), which names the count as
 * its fragment. Returns whether the page was opened that way; the fragment then leaves the address.
 */
export function wireResultLinks(form: HTMLFormElement, heading: HTMLElement): boolean {
  form.querySelectorAll<HTMLAnchorElement>('[data-show-results]').forEach((link) =>
    link.addEventListener('click', (event) => {
      event.preventDefault();
      heading.focus();
    }),
  );
  const arrived = window.location.hash === `#${heading.id}`;
  if (arrived) history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
  return arrived;
}
