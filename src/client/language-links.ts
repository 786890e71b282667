/**
 * Keeps the language switcher on the same page *and the same query*: `/en/services/?municipality=espoo` switches to
 * `/fi/services/?municipality=espoo`. Query values are ids, so they mean the same in every locale.
 */
export function syncLanguageLinks(): void {
  document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]').forEach((link) => {
    const target = new URL(link.href);
    target.search = window.location.search;
    link.href = `${target.pathname}${target.search}`;
  });
}
