/**
 * Links in a Markdown body, checked like links in fields: a link must be a full address (https://, http://, mailto:,
 * tel:), a path on this site (/fi/…) or an anchor (#…). "www.example.com" and "example.com" (which a browser reads
 * as a path on this site) and other relative paths are refused with how to write them; a site path that does not
 * answer is refused by the admin on save (`admin.js`). Plain JavaScript, served as is and unit-tested in Node.
 */

/** `[text](target "title")` and `<target>`: the targets. @param {string} markdown @returns {string[]} */
export function bodyLinks(markdown) {
  /** @type {string[]} */
  const found = [];
  for (const match of markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push(match[1] ?? '');
  for (const match of markdown.matchAll(/<((?:https?:|mailto:|www\.)[^>\s]+)>/g)) found.push(match[1] ?? '');
  return found;
}

/**
 * What is wrong with one link target, if anything: `www` (starts with www.), `domain` (a bare domain), `relative`
 * (a path not from the site's root); `path` for a site path (to check that it answers); undefined when fine.
 * @param {string} target @returns {'www' | 'domain' | 'relative' | 'path' | undefined}
 */
export function linkProblem(target) {
  if (/^(https?:\/\/|mailto:|tel:|#)/i.test(target)) return undefined;
  if (/^www\./i.test(target)) return 'www';
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/|$|\?|#)/i.test(target)) return 'domain';
  if (target.startsWith('/') && !target.startsWith('//')) return 'path';
  return 'relative';
}
