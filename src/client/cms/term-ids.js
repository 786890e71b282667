/**
 * The id of a new taxonomy term, made from its name as the editor types it: the English name, or the Finnish one
 * until there is an English one, as a slug (`Päivähoito lapsille` → `paivahoito-lapsille`), unique in the taxonomy
 * (`-2`, `-3` …). The id box stays editable: an id the editor typed, or emptied, is theirs and left alone, and a term
 * the file already had never changes (content may use its id). Plain data in and out (unit-tested in Node);
 * ./admin.js applies it to the form through Decap's store.
 */

/** As many characters as an id may have (CONTENT_LIMITS.idCharacters). */
const MAX = 100;

/**
 * A text as an id: lower case, letters without their marks (ä → a, ö → o, å → a), runs of anything else as one
 * hyphen, at most 100 characters; '' for a text with no letter or digit.
 * @param {string} text
 */
export function slugId(text) {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= MAX ? slug : slug.slice(0, MAX).replace(/-+[^-]*$/, '') || slug.slice(0, MAX);
}

/**
 * `base`, or `base-2`, `base-3` … the first that no other term has; '' for an empty base.
 * @param {string} base @param {ReadonlySet<string>} taken
 */
export function uniqueId(base, taken) {
  if (!base || !taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** @typedef {{ id?: string, label?: Record<string, string | undefined> }} TermData */

/**
 * The id a term's name makes, unique among the other terms' ids.
 * @param {TermData | undefined} term @param {readonly (TermData | undefined)[]} terms @param {number} index
 */
function idFromName(term, terms, index) {
  const name = term?.label?.['en']?.trim() || term?.label?.['fi']?.trim() || '';
  const taken = new Set(terms.flatMap((other, i) => (i !== index && other?.id ? [other.id] : [])));
  return uniqueId(slugId(name), taken);
}

/**
 * The ids to set after the terms changed from `before` to `now`, as `[index, id]`: a new term (its id not among the
 * file's `saved` ids) whose id is empty, or still the one its name made before, gets the one its name makes now. An
 * id the editor typed, or emptied after typing, stays.
 * @param {readonly (TermData | undefined)[]} now the terms in the form
 * @param {readonly (TermData | undefined)[]} before the terms before the change (index by index)
 * @param {ReadonlySet<string>} saved the ids of the terms in the file as saved
 * @returns {[number, string][]}
 */
export function derivedIds(now, before, saved) {
  /** @type {[number, string][]} */
  const changes = [];
  now.forEach((term, index) => {
    const id = term?.id ?? '';
    if (id && saved.has(id)) return;
    const previous = before[index];
    const previousId = previous?.id ?? '';
    const madeBefore = previous ? idFromName(previous, before, index) : '';
    // Typed by the editor: an id other than the one the name made, or one emptied after that.
    if (id ? id !== madeBefore : previousId !== '' && previousId !== madeBefore) return;
    const made = idFromName(term, now, index);
    if (made && made !== id) changes.push([index, made]);
  });
  return changes;
}
