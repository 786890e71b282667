/** The other language's list following the editor's, on Decap's own value type (Immutable.js, the version Decap uses). */
import { describe, expect, it } from 'vitest';
import { fromJS, type List } from 'immutable';
import { inStep, mirrorList } from './mirror.js';

const shared = ['email', 'url'];
const list = (items: object[]) => fromJS(items) as List<unknown>;
const mirror = (before: object[], after: object[], other: object[]) => (mirrorList(list(before), list(after), list(other), shared) as List<unknown>).toJS();

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

  it('changes a shared part where the other list had the same value, and keeps one that already differed', () => {
    const changed = [
      { ...fi[0], email: 'new@example.org' },
      { ...fi[1], url: 'https://www.hel.fi/fi/uusi' },
    ];
    expect(mirror(fi, changed, en)).toEqual([{ ...en[0], email: 'new@example.org' }, en[1]]);
  });

  it('removes and moves the same items when the two lists are in step', () => {
    expect(mirror(fi, [fi[1]!], en)).toEqual([en[1]]);
    expect(mirror(fi, [fi[1]!, fi[0]!], en)).toEqual([en[1], en[0]]);
    // Out of step (the other list has an item more): nothing is removed there.
    expect(mirror(fi, [fi[1]!], [...en, { label: 'Extra' }])).toEqual([...en, { label: 'Extra' }]);
  });

  it('leaves the other list alone when only a text changes', () => {
    const other = list(en);
    expect(mirrorList(list(fi), list([{ ...fi[0], label: 'Kurssikanslia' }, fi[1]!]), other, shared)).toBe(other);
  });
});

describe('lists brought in step before a save, whatever was on screen', () => {
  const step = (mine: object[], other: object[] | undefined) => {
    const before = other === undefined ? undefined : list(other);
    const next = inStep(list(mine), before, shared) as List<unknown> | undefined;
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
  it('fills an empty shared part and keeps one the other language has of its own', () => {
    expect(step(fi, [{ label: 'Course office' }, en[1]!]).value).toEqual([{ label: 'Course office', email: 'courses@example.org' }, en[1]]);
  });
});
