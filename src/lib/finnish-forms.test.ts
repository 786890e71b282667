import { describe, expect, it } from 'vitest';
import { formKey } from './finnish-forms.ts';

/** Every form in a group must share one key, and no two groups may share theirs. */
const groups: string[][] = [
  ['kieli', 'kielen', 'kielessä', 'kielestä', 'kieleen', 'kielellä', 'kielenä', 'kieleksi', 'kielet', 'kieliä', 'kielillä', 'kielten'],
  ['palkkatuki', 'palkkatuen', 'palkkatukea', 'palkkatuesta', 'palkkatukeen', 'palkkatuet', 'palkkatukia'],
  ['työ', 'työn', 'työtä', 'työhön', 'työssä', 'työstä', 'töihin', 'töissä', 'töitä', 'töistä'],
  ['opisto', 'opiston', 'opistoa', 'opistoon', 'opistossa', 'opistot', 'opistoissa'],
  ['kurssi', 'kurssin', 'kurssia', 'kurssille', 'kurssit', 'kursseja', 'kursseilla', 'kurssien'],
  ['koulutus', 'koulutuksen', 'koulutusta', 'koulutukseen', 'koulutuksessa', 'koulutuksia', 'koulutukset'],
  ['kauppa', 'kaupan', 'kauppaa', 'kaupassa', 'kauppoja'],
  ['ranta', 'rannan', 'rantaa', 'rannalla'],
  ['helsinki', 'helsingin', 'helsingissä', 'helsinkiin'],
  ['katu', 'kadun', 'katua', 'kadulla'],
  ['vantaa', 'vantaan', 'vantaalla', 'vantaalle'],
  ['espoo', 'espoon', 'espoossa', 'espooseen'],
];

describe('Finnish form keys', () => {
  it.each(groups)('gives every form of %s one key', (...forms) => {
    const keys = new Set(forms.map(formKey));
    expect([...keys], forms.join(', ')).toHaveLength(1);
    expect([...keys][0]).toBeTruthy();
  });

  it('keeps the words of different groups apart', () => {
    const keys = groups.map((forms) => formKey(forms[0]!));
    expect(new Set(keys).size).toBe(groups.length);
  });

  it('leaves out words too short to make a useful key, and hostile long ones, quickly', () => {
    expect(formKey('ja')).toBeUndefined();
    expect(formKey('apu')).toBeUndefined();
    expect(formKey('a'.repeat(16_000))).toBeUndefined();
    expect(formKey('cv2')).toBeUndefined();
  });
});
