/**
 * Lists of places, contacts, links and attachments are written per language (their names and labels are text), but
 * their other parts are not. So that an editor enters them once, each such part is one of two kinds (the generated
 * config names them per list):
 * - `same` (`mirror_fields`): the same in every language, such as a street address, a municipality, an e-mail, a
 *   phone number or a file. It is entered in the editor's column only; the other languages' lists take it over, always
 *   (the form shows it read-only there, ./widgets.js).
 * - `start` (`prefill_fields`): copied when an item is added, then each language's own, such as a web page, which
 *   often has a version per language. A change follows only where the other language still had the old value.
 * An item added gets both kinds and an empty name to translate (saving asks for it); an item removed or moved is
 * removed or moved there too when the two lists were in step.
 *
 * Works on Decap's values (Immutable.js Lists of Maps) through their own methods, so it needs no copy of Immutable.
 */

/** @typedef {{ same: readonly string[], start?: readonly string[] }} ItemParts */

/** @param {any} a @param {any} b */
const same = (a, b) => a === b || (a != null && typeof a.equals === 'function' && a.equals(b)) || (a == null && b == null);

/**
 * The other language's list after the editor's list changed from `before` to `after`; `other` itself when nothing
 * follows.
 * @param {any} before the editor's list before the change (an Immutable List of Maps, or undefined)
 * @param {any} after the editor's list now
 * @param {any} other the other language's list
 * @param {ItemParts} parts the item parts that follow (`mirror_fields` and `prefill_fields` in the generated config)
 * @returns {any}
 */
export function mirrorList(before, after, other, parts) {
  const copied = [...parts.same, ...(parts.start ?? [])];
  if (!after || same(before, after)) return other;
  const beforeSize = before?.size ?? 0;
  let next = other ?? after.clear();
  const inStep = next.size === beforeSize;

  if (inStep && after.size === beforeSize && beforeSize > 1) {
    // Moved: the same items in another order.
    const used = new Set();
    const order = [];
    for (let i = 0; i < after.size; i++) {
      let from = -1;
      for (let j = 0; j < beforeSize; j++) {
        if (!used.has(j) && same(before.get(j), after.get(i))) {
          from = j;
          break;
        }
      }
      if (from < 0) break;
      used.add(from);
      order.push(from);
    }
    if (order.length === after.size && order.some((from, i) => from !== i))
      return after.map((/** @type {unknown} */ _, /** @type {number} */ i) => next.get(order[i]));
  }
  if (inStep && after.size === beforeSize - 1) {
    // Removed: the first item that differs is the one that went.
    let index = 0;
    while (index < after.size && same(before.get(index), after.get(index))) index++;
    return next.delete(index);
  }
  if (inStep && after.size > beforeSize) {
    // Added (at the end): the parts that are not text, and the texts left empty for the translation.
    for (let i = beforeSize; i < after.size; i++) {
      const item = after.get(i);
      next = next.push(item ? item.filter((/** @type {unknown} */ _, /** @type {string} */ key) => copied.includes(key)) : item);
    }
    return next;
  }
  // Items added or removed while the lists were out of step: which item is which is unknown, so nothing follows.
  if (after.size !== beforeSize) return other;
  // Changed: a part that is the same in every language follows; one copied at the start follows where the other list
  // still had the old value.
  const common = Math.min(after.size, next.size);
  for (let i = 0; i < common; i++) {
    for (const key of copied) {
      const was = before.get(i)?.get?.(key);
      const now = after.get(i)?.get?.(key);
      if (same(was, now) || !next.get(i)) continue;
      if (parts.same.includes(key) || same(next.get(i)?.get?.(key), was)) next = setPart(next, i, key, now);
    }
  }
  return next;
}

/**
 * Sets (or, for an empty value, removes) one part of an item of a list.
 * @param {any} list @param {number} index @param {string} key @param {unknown} value
 */
function setPart(list, index, key, value) {
  return value == null || value === '' ? list.deleteIn([index, key]) : list.setIn([index, key], value);
}

/**
 * The other language's list brought in step with the editor's, with no history to go by (before a save, whatever
 * columns were on screen): one item per item of the editor's list, in its order. An item of the other list whose
 * `same` parts (some filled in) equal an editor's item's is that item's translation; otherwise the next item no such part matched is.
 * Either way it gets the editor's item's `same` parts, and its empty `start` parts filled in (one it has of its own
 * stays); an editor's item with no translation gets a new item with those parts and empty texts, which saving then
 * asks for. Returns `other` itself when it is already in step.
 * @param {any} mine the editor's list (an Immutable List of Maps, or undefined)
 * @param {any} other the other language's list
 * @param {ItemParts} parts the item parts that follow (`mirror_fields` and `prefill_fields`)
 * @returns {any}
 */
export function inStep(mine, other, parts) {
  if (!mine || mine.size === 0) return other && other.size > 0 ? other.clear() : other;
  const start = parts.start ?? [];
  const size = other?.size ?? 0;
  const used = new Set();
  /** @type {number[]} */
  const match = [];
  for (let i = 0; i < mine.size; i++) {
    const item = mine.get(i);
    let found = -1;
    // An item with none of these parts filled in is known only by its place.
    const known = parts.same.some((key) => item?.get?.(key) != null && item.get(key) !== '');
    for (let j = 0; known && j < size && found < 0; j++) {
      if (!used.has(j) && parts.same.every((key) => same(other.get(j)?.get?.(key), item?.get?.(key)))) found = j;
    }
    if (found >= 0) used.add(found);
    match.push(found);
  }
  // The other items no part matched, in order, for the editor's items no part matched.
  const leftovers = Array.from({ length: size }, (_, j) => j).filter((j) => !used.has(j));
  let next = mine.clear();
  for (let i = 0; i < mine.size; i++) {
    const item = mine.get(i);
    const j = match[i] ?? -1;
    const from = j >= 0 ? j : leftovers.shift();
    let kept = from === undefined ? undefined : other.get(from);
    if (!kept?.set) {
      next = next.push(
        item?.filter ? item.filter((/** @type {unknown} */ _, /** @type {string} */ key) => parts.same.includes(key) || start.includes(key)) : item,
      );
      continue;
    }
    for (const key of parts.same) {
      const value = item?.get?.(key);
      if (!same(kept.get(key), value)) kept = value == null || value === '' ? kept.delete(key) : kept.set(key, value);
    }
    for (const key of start) {
      const value = item?.get?.(key);
      const theirs = kept.get(key);
      if (value != null && value !== '' && (theirs == null || theirs === '')) kept = kept.set(key, value);
    }
    next = next.push(kept);
  }
  return same(next, other) ? other : next;
}
