/** The other language's list following the editor's, on Decap's own value type (Immutable.js, the version Decap uses). */
import { describe, expect, it } from 'vitest';
import { fromJS, type List } from 'immutable';
import { inStep, mirrorList } from './mirror.js';

/** A contact: its e-mail is the same in every language; its web page is copied when added, then each language's own. */
const parts = { same: ['email'], start: ['url'] };
const list = (items: object[]) => fromJS(items) as List<unknown>;
const mirror = (before: object[], after: object[], other: object[]) => (mirrorList(list(before), list(after), list(other), parts) as List<unknown>).toJS();

const fi = [
  { label: 'Kurssitoimisto', email: 'courses@example.org' },
  { label: 'Neuvonta', url: 'https://www.hel.fi/fi/' },
];
const en = [
  { label: 'Course office', email: 'courses@example.org' },
  { label: 'Advice', url: 'https://www.hel.fi/en/' },
];

describe("a list entered once in the editor's language", () => {
  it('gives an added item its shared parts and leaves the text to translate', () => {
    const added = [...fi, { label: 'Vastaanotto', email: 'desk@example.org' }];
    expect(mirror(fi, added, en)).toEqual([...en, { email: 'desk@example.org' }]);
  });

  it('changes a part that is the same in every language always, and a copied web page only where it was the same', () => {
    const changed = [
      { ...fi[0], email: 'new@example.org' },
      { ...fi[1], url: 'https://www.hel.fi/fi/uusi' },
    ];
    expect(mirror(fi, changed, en)).toEqual([{ ...en[0], email: 'new@example.org' }, en[1]]);
    // An e-mail the other list had of its own (saved before the rule) follows too; emptied, it goes there too.
    const own = [{ ...en[0], email: 'old@example.org' }, en[1]!];
    expect(mirror(fi, [{ ...fi[0], email: 'new@example.org' }, fi[1]!], own)).toEqual([{ ...en[0], email: 'new@example.org' }, en[1]]);
    expect(mirror(fi, [{ label: 'Kurssitoimisto', email: '' }, fi[1]!], en)).toEqual([{ label: 'Course office' }, en[1]]);
    // A web page the other list still had as copied follows.
    const copied = [en[0]!, { ...en[1], url: 'https://www.hel.fi/fi/' }];
    expect(mirror(fi, changed, copied)).toEqual([
      { ...en[0], email: 'new@example.org' },
      { ...en[1], url: 'https://www.hel.fi/fi/uusi' },
    ]);
  });

  it('removes and moves the same items when the two lists are in step', () => {
    expect(mirror(fi, [fi[1]!], en)).toEqual([en[1]]);
    expect(mirror(fi, [fi[1]!, fi[0]!], en)).toEqual([en[1], en[0]]);
    // Out of step (the other list has an item more): nothing is removed there.
    expect(mirror(fi, [fi[1]!], [...en, { label: 'Extra' }])).toEqual([...en, { label: 'Extra' }]);
  });

  it('leaves the other list alone when only a text changes', () => {
    const other = list(en);
    expect(mirrorList(list(fi), list([{ ...fi[0], label: 'Kurssikanslia' }, fi[1]!]), other, parts)).toBe(other);
  });
});

describe('lists brought in step before a save, whatever was on screen', () => {
  const step = (mine: object[], other: object[] | undefined) => {
    const before = other === undefined ? undefined : list(other);
    const next = inStep(list(mine), before, parts) as List<unknown> | undefined;
    return { value: next?.toJS(), same: next === before };
  };
  it('leaves a list in step alone', () => {
    expect(step(fi, en).same).toBe(true);
  });
  it('adds the items the other language lacks, with their shared parts and empty texts', () => {
    expect(step(fi, []).value).toEqual([{ email: 'courses@example.org' }, { url: 'https://www.hel.fi/fi/' }]);
    expect(step(fi, undefined).value).toEqual([{ email: 'courses@example.org' }, { url: 'https://www.hel.fi/fi/' }]);
    expect(step(fi, en.slice(0, 1)).value).toEqual([en[0], { url: 'https://www.hel.fi/fi/' }]);
  });
  it("drops the items removed from the editor's list, found by their shared parts, and follows a new order", () => {
    expect(step(fi.slice(0, 1), en).value).toEqual([en[0]]);
    expect(step([fi[1]!, fi[0]!], en).value).toEqual([en[1], en[0]]);
  });
  it("gives every item the editor's parts that are the same in every language, and fills an empty web page but keeps one of its own", () => {
    expect(step(fi, [{ label: 'Course office' }, en[1]!]).value).toEqual([{ label: 'Course office', email: 'courses@example.org' }, en[1]]);
    expect(step(fi, [{ label: 'Course office', email: 'old@example.org' }, { label: 'Advice' }]).value).toEqual([
      { label: 'Course office', email: 'courses@example.org' },
      { label: 'Advice', url: 'https://www.hel.fi/fi/' },
    ]);
  });
});
