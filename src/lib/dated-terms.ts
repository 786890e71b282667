/**
 * Names of authorities, offices and benefits that no longer exist, and the program's own retired words. Content and
 * UI strings may mention them only as history ("formerly NewCo Helsinki", "when Valvira and the AVIs were merged") or
 * as search keywords (people still search with old names); a test fails on any other mention, so a fact true in 2024
 * cannot quietly describe the present.
 * Each term says what replaced it, for the message and for editors (content/README.md).
 */
export interface DatedTerm {
  pattern: RegExp;
  /** What to write instead, or why the term is gone. */
  instead: string;
}

export const datedTerms: readonly DatedTerm[] = [
  { pattern: /\bELY[- ]kesk(us|uks)/i, instead: 'ELY centres ended 31.12.2025: Uudenmaan elinvoimakeskus, KEHA-keskus, or the municipal employment services' },
  { pattern: /\bELY Centres?\b/i, instead: 'ELY Centres ended 31.12.2025: the Economic Development Centre of Uusimaa or the KEHA Centre' },
  { pattern: /\bTE[- ]toimisto/i, instead: 'TE offices ended 31.12.2024: the municipal employment services (työllisyysalue)' },
  { pattern: /\bTE[- ]palvelu/i, instead: 'TE services moved to the municipalities on 1.1.2025: työllisyyspalvelut' },
  { pattern: /\bTE[- ]?Offices?\b/, instead: 'TE Offices ended 31.12.2024: the municipal employment services' },
  { pattern: /\bValvira\b/i, instead: 'Valvira became part of Lupa- ja valvontavirasto (Finnish Supervisory Agency) on 1.1.2026' },
  { pattern: /\bavi\.fi\b/i, instead: 'the regional state administrative agencies ended 31.12.2025; accessibility supervision is Traficom' },
  { pattern: /aluehallintoviras/i, instead: 'the regional state administrative agencies ended 31.12.2025: Lupa- ja valvontavirasto' },
  { pattern: /Regional State Administrative Agenc/i, instead: 'ended 31.12.2025: the Finnish Supervisory Agency' },
  { pattern: /työmarkkinatu[ke]/i, instead: "Kela's yleistuki replaced työmarkkinatuki on 1.5.2026" },
  { pattern: /peruspäivära/i, instead: "Kela's yleistuki replaced peruspäiväraha on 1.5.2026" },
  { pattern: /labour market subsidy/i, instead: "Kela's general unemployment benefit (yleistuki) replaced it on 1.5.2026" },
  { pattern: /basic unemployment allowance/i, instead: "Kela's general unemployment benefit (yleistuki) replaced it on 1.5.2026" },
  { pattern: /kotoutumistu[ke]/i, instead: 'kotoutumistuki was a proposal, not a benefit' },
  { pattern: /uusi kotoutumislaki|new integration act/i, instead: "write the law's name and year: kotoutumislaki (681/2023), in force since 1.1.2025" },
  { pattern: /NewCo Helsinki/i, instead: "the City's business services are Business Helsinki" },
  // The program's own words (content/README.md): one name each for the first meeting, the program, its year and its
  // September event.
  { pattern: /aloituskeskustelu/i, instead: "the program's first meeting is aloitustapaaminen" },
  { pattern: /start-up discussion/i, instead: "the program's first meeting is the introductory meeting" },
  { pattern: /Helsingin Spouse Program/i, instead: 'the program is called Helsinki Spouse Program in both languages' },
  { pattern: /\bohjelmakau(si|de|tt)/i, instead: 'the program runs in ohjelmavuosi (program year); mentorointikausi is the mentoring season' },
  { pattern: /\bprogram season/i, instead: 'the program runs in program years; the mentoring season is the only season' },
  { pattern: /\baloitustapahtum/i, instead: "the program's September event is tervetulotilaisuus" },
  { pattern: /\bkick-?off\b/i, instead: "the program's September event is the welcome event; the program year opens" },
  { pattern: /\buravuo(si|de|tt)/i, instead: 'the workshops are about oman uran suunnittelu' },
  { pattern: /\bmissio(?!ns?\b)/i, instead: 'Finnish says tehtävä ("Visio ja tehtävä", "Tehtävämme"), not the calque missio' },
  { pattern: /\bvuoden päättäjäi/i, instead: 'the December party is vuoden lopun juhla; mentorointikauden päättäjäiset stays' },
  { pattern: /\basettu(a|vat|maan|minen|mista|misessa)\b/i, instead: 'settling in Finland is asettautua (asettautuminen, asettautumaan)' },
  { pattern: /viranomaiskumppan/i, instead: 'the partner group with libraries and companies is julkiset toimijat' },
  { pattern: /\buusi Suomessa\b/i, instead: 'a calque of "new in Finland": muutin Suomeen, olet muuttanut Suomeen' },
  { pattern: /työssäoppimi/i, instead: 'since the 2018 vocational reform: työpaikalla tapahtuva oppiminen, jakso työpaikalla' },
  { pattern: /\bcareer year/i, instead: 'the workshops are about planning your career' },
  {
    pattern: /Slack-yhteisön (kesä)?tapaam|Slack(-yhteisön)? meetups|meetups of the Slack/i,
    instead: 'the meetups are yhteisön tapaamiset, community meetups (they are not on Slack)',
  },
  // Employment services belong to työllisyysalueet since 1.1.2025; names that could not be confirmed stay out.
  {
    pattern: /oman kun(nan|tasi) työllisyyspalvelu|kuntien työllisyyspalvelu/i,
    instead: 'since 1.1.2025: työllisyysalueen työllisyyspalvelut (oman työllisyysalueesi työllisyyspalvelut)',
  },
  {
    pattern: /kotoutumisen neuvontapiste|integration advice point/i,
    instead: 'could not be confirmed: Helsingin kotoutumispalvelut (Helsingin työllisyyspalvelut)',
  },
  { pattern: /Kalasata(man|ma) (aikuisopisto|adult education)/i, instead: 'no such institution: KOTIVA is run by Helsingin työväenopisto' },
];

/** Mentions that are history, not the present: the text around the term says so. */
const historical =
  /\b(formerly|previously|until (the end of )?20[12]\d|before 20[12]\d|(were|was) merged|replaced|entinen|entisen|aiemmin|ennen vuotta|vuoden 202[0-5] loppuun|päättyivät|lakkautettiin|yhdistettiin|yhdistyivät|korvasi)\b/i;

export interface DatedMention {
  term: string;
  line: number;
  instead: string;
}

/** Every mention of a dated term in a text that its sentence does not mark as history. */
export function datedMentions(text: string): DatedMention[] {
  const mentions: DatedMention[] = [];
  text.split('\n').forEach((line, index) => {
    for (const { pattern, instead } of datedTerms) {
      const match = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const found of line.matchAll(match)) {
        const sentenceStart = Math.max(line.lastIndexOf('. ', found.index), 0);
        const sentenceEnd = line.indexOf('. ', found.index) < 0 ? line.length : line.indexOf('. ', found.index);
        if (historical.test(line.slice(sentenceStart, sentenceEnd))) continue;
        mentions.push({ term: found[0], line: index + 1, instead });
      }
    }
  });
  return mentions;
}
