/**
 * Finnish word forms by general rules, not by list: `formKey` reduces a noun's inflected forms to one key, so that the
 * nominative, genitive, partitive, illative, elative, inessive, adessive, essive, translative and plural forms of a
 * word meet (kieli/kielen/kieltä → "kiel", palkkatuki/palkkatuesta → "palkkatu", työ/työtä/töihin → "työ",
 * opisto/opistoon → "opist"). Steps: strip one case ending (with its plural marker), strip the stem's last vowel,
 * and bring consonant gradation to one grade (tuki/tuen, apu/avun, kauppa/kaupan, ranta/rannan, Helsinki/Helsingin).
 * Lossy on purpose: it is a search key, and a key is the start of every form Pagefind should match. Pure; the same
 * function runs when pages are indexed (src/astro/search-terms.ts) and when a search is typed (query-fallback.ts).
 */

/** Case endings, longest first; the plural forms (with -i-/-j-) come before the singular ones they end with. */
const ENDINGS = [
  'iksemme',
  'itten',
  'iden',
  'issä',
  'issa',
  'istä',
  'ista',
  'illä',
  'illa',
  'iltä',
  'ilta',
  'ille',
  'iksi',
  'ihin',
  'iin',
  'seen',
  'sta',
  'stä',
  'ssa',
  'ssä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'lle',
  'ksi',
  'jen',
  'ien',
  'ina',
  'inä',
  'ita',
  'itä',
  'den',
  'tten',
  'ten',
  'hin',
  'hen',
  'han',
  'hän',
  'hon',
  'hön',
  'hun',
  'hyn',
  'na',
  'nä',
  'ta',
  'tä',
  'ja',
  'jä',
  'ia',
  'iä',
  'n',
  't',
  'a',
  'ä',
] as const;

const VOWELS = 'aeiouyäö';
/** A stem ending in a diphthong or long vowel keeps it (työ, maa); tu-e in "tuen" is two syllables. */
const DIPHTHONGS = /(ai|ei|oi|ui|yi|äi|öi|au|eu|iu|ou|ey|iy|äy|öy|ie|uo|yö|aa|ee|ii|oo|uu|yy|ää|öö)$/u;
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Keys shorter than this would match too much as a prefix ("ty"); such words keep no key. */
export const MIN_KEY = 3;
/** Longer words are not keyed: no Finnish noun of the catalogue is longer, and a hostile word costs nothing. */
export const MAX_WORD = 40;

/**
 * Whether an ending can follow the stem. Local cases attach to a vowel stem (kiele-ssä); the partitive -ta/-tä to a
 * long vowel or diphthong (maa-ta, työ-tä); -ten to a consonant (kiel-ten).
 */
function fits(stem: string, ending: string): boolean {
  const last = stem.at(-1);
  if (/^(ss|st|ll|lt|ks)/u.test(ending)) return isVowel(last);
  if (ending === 'ta' || ending === 'tä') return isVowel(last) && isVowel(stem.at(-2));
  if (ending === 'ten') return !isVowel(last);
  return true;
}

/** The stem of a word without its case ending; plural i/j forms also tell the stem had a diphthong shortened. */
function withoutEnding(word: string): { stem: string; plural: boolean } {
  // Illative of a long vowel: espoo → espooseen; of a short one: opisto → opistoon (maa → maahan is -han below).
  const long = /^(.+([aeiouyäö])\2)seen$/u.exec(word);
  if (long) return { stem: long[1]!, plural: false };
  const illative = /([aeiouyäö])\1n$/u.exec(word);
  if (illative && word.length - 2 >= MIN_KEY) return { stem: word.slice(0, -2), plural: false };
  // Partitive of a noun in -us: koulutusta is koulutus + ta (not an elative).
  const us = /^(.{2,}[^aeiouyäö][uyoö]s)(ta|tä)$/u.exec(word);
  if (us) return { stem: us[1]!, plural: false };
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 2) {
      const stem = word.slice(0, -ending.length);
      // A stem needs a vowel: "kurssit" is kurssi + t, but "ft" is no noun.
      if (![...stem].some(isVowel)) continue;
      if (!fits(stem, ending)) continue;
      return { stem, plural: ending.startsWith('i') || ending.startsWith('j') };
    }
  }
  return { stem: word, plural: false };
}

/** Consonant gradation brought to one grade, at the end of a stem without its last vowel. */
const GRADES: [RegExp, string][] = [
  [/kk$/u, 'k'],
  [/pp$/u, 'p'],
  [/tt$/u, 't'],
  [/ng$/u, 'nk'],
  [/mm$/u, 'mp'],
  [/nn$/u, 'nt'],
  [/ll$/u, 'lt'],
  [/rr$/u, 'rt'],
  [/(?<=[aeiouyäö])v$/u, 'p'],
  [/(?<=[aeiouyäöh])d$/u, 't'],
  [/(?<=[lrh])j$/u, 'k'],
  // A single k between vowels disappears in the weak grade (tuki, tuen): the key drops it in both.
  [/(?<=[aeiouyäö])k$/u, ''],
  [/(?<=[lr])k$/u, ''],
];

/**
 * The key of a Finnish word's forms, or undefined when the word is too short or too long to have a useful one.
 * Expects lower case.
 */
export function formKey(word: string): string | undefined {
  if (word.length > MAX_WORD || !/^\p{L}+$/u.test(word)) return undefined;
  const ending = withoutEnding(word);
  let stem = ending.stem;
  const plural = ending.plural;
  // työ: töitä, töihin. A one-syllable stem of a plural form had its diphthong shortened: tö → työ, so → suo, te → tie.
  if (plural && /^[^aeiouyäö]+[oöe]$/u.test(stem)) stem = stem.slice(0, -1) + { o: 'uo', ö: 'yö', e: 'ie' }[stem.at(-1) as 'o' | 'ö' | 'e'];
  // Nouns in -us/-ys/-os/-ös inflect in -ukse-/-uksi- (koulutus, koulutuksen, koulutuksia): back to -us.
  const us = /^(.+[uyoö])kse?$/u.exec(stem) ?? /^(.+[uyoö])ksi$/u.exec(stem);
  if (us) return `${us[1]}s`;
  // A final diphthong or long vowel is part of the stem (työ, maa); one vowel is the inflected stem's (kiele-, tue-).
  // A long vowel at the end of a longer word is the stem's too (vantaa, vantaa-n, vanta + a): both go.
  if (isVowel(stem.at(-1)) && !(isVowel(stem.at(-2)) && DIPHTHONGS.test(stem))) stem = stem.slice(0, -1);
  else if (/([aeiouyäö])\1$/u.test(stem) && stem.length > MIN_KEY + 1) stem = stem.slice(0, -2);
  for (const [pattern, strong] of GRADES) {
    if (pattern.test(stem)) {
      stem = stem.replace(pattern, strong);
      break;
    }
  }
  return [...stem].length >= MIN_KEY ? stem : undefined;
}
