/**
 * Lists of places, contacts, links and attachments are written per language (their names and labels are text), but
 * their other parts (an e-mail, a phone number, a link, a file, a municipality) are usually the same. So that an
 * editor enters them once: when the list in the editor's column changes, the other language's list follows for
 * those parts. An item added gets the same e-mail, link or file and an empty name to translate (saving asks for
 * it); a part changed is changed there too unless it already differed there (a Finnish page may link to the Finnish
 * version of a site); an item removed or moved is removed or moved there too when the two lists were in step.
 *
 * Works on Decap's values (Immutable.js Lists of Maps) through their own methods, so it needs no copy of Immutable.
 */

/** @param {any} a @param {any} b */
const same = (a, b) => a === b || (a != null && typeof a.equals === 'function' && a.equals(b)) || (a == null && b == null);

/**
 * The other language's list after the editor's list changed from `before` to `after`; `other` itself when nothing
 * follows.
 * @param {any} before the editor's list before the change (an Immutable List of Maps, or undefined)
 * @param {any} after the editor's list now
 * @param {any} other the other language's list
 * @param {readonly string[]} shared the item parts that follow (`mirror_fields` in the generated config)
 * @returns {any}
 */
export function mirrorList(before, after, other, shared) {
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
    // Added (at the end): the shared parts, and the texts left empty for the translation.
    for (let i = beforeSize; i < after.size; i++) {
      const item = after.get(i);
      next = next.push(item ? item.filter((/** @type {unknown} */ _, /** @type {string} */ key) => shared.includes(key)) : item);
    }
    return next;
  }
  // Items added or removed while the lists were out of step: which item is which is unknown, so nothing follows.
  if (after.size !== beforeSize) return other;
  // Changed: a shared part follows where the other list still had the old value.
  const common = Math.min(after.size, next.size);
  for (let i = 0; i < common; i++) {
    for (const key of shared) {
      const was = before.get(i)?.get?.(key);
      const now = after.get(i)?.get?.(key);
      if (!same(was, now) && same(next.get(i)?.get?.(key), was) && next.get(i)) next = next.setIn([i, key], now);
    }
  }
  return next;
}

/**
 * The other language's list brought in step with the editor's, with no history to go by (before a save, whatever
 * columns were on screen): one item per item of the editor's list, in its order. An item of the other list whose
 * shared parts equal an editor's item's is that item's translation; otherwise the next item no shared part matched is, with
 * its empty shared parts filled in (a part it has of its own stays); otherwise a new item gets the shared parts and
 * empty texts, which saving then asks for. Returns `other` itself when it is already in step.
 * @param {any} mine the editor's list (an Immutable List of Maps, or undefined)
 * @param {any} other the other language's list
 * @param {readonly string[]} shared the item parts that follow (`mirror_fields`)
 * @returns {any}
 */
export function inStep(mine, other, shared) {
  if (!mine || mine.size === 0) return other && other.size > 0 ? other.clear() : other;
  const size = other?.size ?? 0;
  const used = new Set();
  /** @type {number[]} */
  const match = [];
  for (let i = 0; i < mine.size; i++) {
    const item = mine.get(i);
    let found = -1;
    for (let j = 0; j < size && found < 0; j++) {
      if (!used.has(j) && shared.every((key) => same(other.get(j)?.get?.(key), item?.get?.(key)))) found = j;
    }
    if (found >= 0) used.add(found);
    match.push(found);
  }
  // The other items no shared part matched, in order, for the editor's items no shared part matched.
  const leftovers = Array.from({ length: size }, (_, j) => j).filter((j) => !used.has(j));
  let next = mine.clear();
  for (let i = 0; i < mine.size; i++) {
    const item = mine.get(i);
    const own = item?.filter ? item.filter((/** @type {unknown} */ _, /** @type {string} */ key) => shared.includes(key)) : item;
    const j = match[i] ?? -1;
    const left = j < 0 ? leftovers.shift() : undefined;
    if (j >= 0) {
      next = next.push(other.get(j));
    } else if (left !== undefined) {
      let kept = other.get(left);
      for (const key of shared) {
        const value = item?.get?.(key);
        const theirs = kept?.get?.(key);
        if (value != null && (theirs == null || theirs === '') && kept?.set) kept = kept.set(key, value);
      }
      next = next.push(kept ?? own);
    } else {
      next = next.push(own);
    }
  }
  return same(next, other) ? other : next;
}
