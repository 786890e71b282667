/**
 * Writes a synthetic but realistic service catalogue of N services in every locale, for the benchmark
 * (`npm run bench`) and for tests. The output is a complete content folder (services plus copies of the
 * taxonomies, program pages, entry points, calendar, partners and popular searches of `content/`), so the
 * build can be pointed at it with `CONTENT_DIR=<folder>`. It never writes into `content/`.
 *
 *   node tools/generate-catalogue.ts --services 500 --out bench/.tmp/catalogue-500 [--seed 1] [--today 2026-11-22]
 *
 * The same seed, count and date give byte-identical files. Every taxonomy term is used (once N >= 10); about 4 %
 * of services are drafts and about 3 % are outdated by the review rules; lengths vary from a short paragraph to a
 * long page; Finnish words that have no English counterpart (kotoutumissuunnitelma, starttiraha...) appear in
 * the Finnish text and in some English keywords.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localeCodes } from '../src/i18n/locales.ts';
import { readTaxonomyIds } from '../src/build/taxonomy-ids.ts';
import { addDays, daysBetween } from '../src/lib/dates.ts';
import { taxonomyNames, type TaxonomyIds, type TaxonomyName } from '../src/schemas/taxonomy.ts';
import { costTypes, type CostType } from '../src/lib/facets.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const demoContentDir = path.join(projectRoot, 'content');

/** Marks a folder as written by this script, so a later run may empty it. */
const MARKER = '.generated-catalogue';

type Pair = readonly [en: string, fi: string];

export interface GenerateOptions {
  services: number;
  outDir: string;
  seed?: number;
  /** The build date the review dates are relative to (YYYY-MM-DD). */
  today?: string;
  /** Where taxonomies, pages and the other non-service content are copied from. */
  sourceDir?: string;
}

export interface GenerateResult {
  outDir: string;
  services: number;
  drafts: number;
  outdated: number;
  archived: number;
  /** Term ids used per taxonomy. */
  used: Record<TaxonomyName, string[]>;
  files: number;
}

/** Small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(items.length, int(min, max));
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return chosen;
  };
  return { next, int, pick, chance, some };
}
type Random = ReturnType<typeof createRandom>;

interface Topic {
  name: Pair;
  category: string;
  situations: readonly string[];
  summaries: readonly Pair[];
  keywords: readonly Pair[];
  detail: Pair;
}

// Service types of the Uusimaa employment and integration services (seeds 001 and 004), in English and Finnish.
const topics: readonly Topic[] = [
  {
    name: ['Job search coaching', 'Työnhakuvalmennus'], category: 'job-search-support', situations: ['looking-for-work'],
    summaries: [['Practical help with applications, CVs and interviews, in small groups and one to one.', 'Käytännön apua hakemuksiin, CV:hen ja haastatteluihin pienryhmissä ja kahden kesken.'], ['A coach helps you plan your job search and contact employers.', 'Valmentaja auttaa sinua suunnittelemaan työnhakua ja ottamaan yhteyttä työnantajiin.']],
    keywords: [['job search', 'työnhaku'], ['coaching', 'valmennus'], ['CV', 'CV'], ['job interview', 'työhaastattelu']],
    detail: ['The coaching covers the hidden job market, LinkedIn and how Finnish recruitment works.', 'Valmennuksessa käydään läpi piilotyöpaikat, LinkedIn ja suomalaisen rekrytoinnin käytännöt.'],
  },
  {
    name: ['Finnish language course', 'Suomen kielen kurssi'], category: 'integration', situations: ['new-in-finland'],
    summaries: [['Learn everyday and working-life Finnish at your own level, from beginner to intermediate.', 'Opi arjen ja työelämän suomea omalla tasollasi alkeista keskitasolle.'], ['Finnish lessons several times a week, with a placement test before you start.', 'Suomen kielen opetusta useita kertoja viikossa. Ennen aloitusta tehdään tasotesti.']],
    keywords: [['Finnish', 'suomen kieli'], ['language course', 'kielikurssi'], ['integration', 'kotoutuminen']],
    detail: ['Lessons follow the national curriculum for integration training and end with a language test.', 'Opetus noudattaa kotoutumiskoulutuksen opetussuunnitelmaa ja päättyy kielitestiin.'],
  },
  {
    name: ['Language course with childcare', 'Kielikurssi ja lastenhoito'], category: 'integration', situations: ['home-parent', 'new-in-finland'],
    summaries: [['Finnish lessons for parents at home, with free childcare in the next room.', 'Suomen opetusta kotona lapsia hoitaville vanhemmille. Lapset hoidetaan viereisessä huoneessa.']],
    keywords: [['childcare', 'lastenhoito'], ['parents', 'vanhemmat'], ['Finnish', 'suomen kieli']],
    detail: ['Children under school age are looked after by trained childminders while you study.', 'Alle kouluikäisistä lapsista huolehtivat koulutetut lastenhoitajat opiskelusi ajan.'],
  },
  {
    name: ['CV workshop', 'CV-työpaja'], category: 'job-search-start', situations: ['looking-for-work', 'spouse-of-talent'],
    summaries: [['Write a Finnish-style CV and a short application in one afternoon, with feedback.', 'Kirjoita suomalaistyylinen CV ja lyhyt hakemus yhden iltapäivän aikana ja saat palautetta.']],
    keywords: [['CV', 'CV'], ['application', 'työhakemus'], ['workshop', 'työpaja']],
    detail: ['Bring your current CV on a laptop or a memory stick; computers are also available.', 'Ota nykyinen CV:si mukaan kannettavalla tai muistitikulla. Paikalla on myös tietokoneita.'],
  },
  {
    name: ['Career guidance', 'Uraohjaus'], category: 'career-planning', situations: ['career-or-studies', 'returning-to-work'],
    summaries: [['Talk with a career counsellor about your skills, goals and the next steps.', 'Keskustele uraohjaajan kanssa osaamisestasi, tavoitteistasi ja seuraavista askelista.'], ['Individual guidance to choose a field, training or a new direction for your career.', 'Henkilökohtaista ohjausta alan, koulutuksen tai uuden urasuunnan valintaan.']],
    keywords: [['career', 'ura'], ['guidance', 'ohjaus'], ['counselling', 'neuvonta']],
    detail: ['Most clients meet their counsellor two to five times over a few months.', 'Useimmat asiakkaat tapaavat ohjaajansa kahdesta viiteen kertaa muutaman kuukauden aikana.'],
  },
  {
    name: ['Mentoring programme', 'Mentorointiohjelma'], category: 'networking', situations: ['spouse-of-talent', 'looking-for-work'],
    summaries: [['A mentor from your own field meets you monthly for six months.', 'Oman alasi mentori tapaa sinua kerran kuussa puolen vuoden ajan.']],
    keywords: [['mentoring', 'mentorointi'], ['mentor', 'mentori'], ['network', 'verkosto']],
    detail: ['Mentors are volunteers from partner companies and have worked in Finland for years.', 'Mentorit ovat kumppaniyritysten vapaaehtoisia, jotka ovat työskennelleet Suomessa vuosia.'],
  },
  {
    name: ['Networking evening', 'Verkostoitumisilta'], category: 'networking', situations: ['spouse-of-talent', 'new-in-finland'],
    summaries: [['Meet other international professionals and local employers in a relaxed setting.', 'Tapaa muita kansainvälisiä osaajia ja paikallisia työnantajia rennossa ilmapiirissä.']],
    keywords: [['networking', 'verkostoituminen'], ['events', 'tapahtumat'], ['employers', 'työnantajat']],
    detail: ['Each evening has a short talk by an employer and time to meet people.', 'Jokaisessa illassa on työnantajan lyhyt puheenvuoro ja aikaa tutustua muihin.'],
  },
  {
    name: ['Digital skills course', 'Digitaitojen kurssi'], category: 'studies', situations: ['career-or-studies', 'looking-for-work'],
    summaries: [['Learn the digital tools of working life: e-mail, video calls, shared documents.', 'Opi työelämän digityökalut: sähköposti, videopuhelut ja jaetut asiakirjat.']],
    keywords: [['digital skills', 'digitaidot'], ['computer', 'tietokone'], ['course', 'kurssi']],
    detail: ['The course also covers strong electronic identification and public e-services.', 'Kurssilla opitaan myös vahva sähköinen tunnistautuminen ja julkiset verkkopalvelut.'],
  },
  {
    name: ['Skills assessment', 'Osaamiskartoitus'], category: 'skills-assessment', situations: ['new-in-finland', 'career-or-studies'],
    summaries: [['Find out how your education and work experience match Finnish requirements.', 'Selvitä, miten koulutuksesi ja työkokemuksesi vastaavat suomalaisia vaatimuksia.']],
    keywords: [['skills', 'osaaminen'], ['recognition', 'tunnustaminen'], ['assessment', 'arviointi']],
    detail: ['The result is a written summary you can use with employers and schools.', 'Tuloksena saat kirjallisen yhteenvedon, jota voit käyttää työnantajien ja oppilaitosten kanssa.'],
  },
  {
    name: ['Business advice', 'Yritysneuvonta'], category: 'guidance', situations: ['starting-business'],
    summaries: [['Free advice on starting a business: the business plan, taxes and funding.', 'Maksutonta neuvontaa yrityksen perustamiseen: liiketoimintasuunnitelma, verot ja rahoitus.']],
    keywords: [['entrepreneur', 'yrittäjä'], ['business plan', 'liiketoimintasuunnitelma'], ['start-up', 'aloittava yritys']],
    detail: ['Advisers also help you apply for the start-up grant.', 'Neuvojat auttavat myös starttirahan hakemisessa.'],
  },
  {
    name: ['Work trial', 'Työkokeilu'], category: 'job-search-support', situations: ['looking-for-work', 'returning-to-work'],
    summaries: [['Try a job or a field at a real workplace for up to six months without pay.', 'Kokeile työtä tai alaa oikealla työpaikalla enintään kuuden kuukauden ajan.']],
    keywords: [['work trial', 'työkokeilu'], ['workplace', 'työpaikka'], ['experience', 'työkokemus']],
    detail: ['You keep your unemployment benefit and get a small expense allowance.', 'Saat työttömyysetuutesi ja lisäksi pienen kulukorvauksen.'],
  },
  {
    name: ['Pay subsidy advice', 'Palkkatukineuvonta'], category: 'financial-support', situations: ['looking-for-work'],
    summaries: [['Employers can get part of the pay costs covered when hiring an unemployed job seeker.', 'Työnantaja voi saada tukea palkkakustannuksiin palkatessaan työttömän työnhakijan.']],
    keywords: [['pay subsidy', 'palkkatuki'], ['employer', 'työnantaja'], ['recruitment', 'rekrytointi']],
    detail: ['The subsidy is usually between 50 and 70 per cent of the pay costs.', 'Tuki on yleensä 50–70 prosenttia palkkakustannuksista.'],
  },
  {
    name: ['Language café', 'Kielikahvila'], category: 'integration', situations: ['new-in-finland', 'home-parent'],
    summaries: [['Practise speaking Finnish over coffee with volunteers. No registration needed.', 'Harjoittele suomen puhumista kahvikupin ääressä vapaaehtoisten kanssa. Ei ilmoittautumista.']],
    keywords: [['language café', 'kielikahvila'], ['speaking', 'puhuminen'], ['volunteers', 'vapaaehtoiset']],
    detail: ['Tables are grouped by level, so beginners are welcome.', 'Pöydät on jaettu tason mukaan, joten myös aloittelijat ovat tervetulleita.'],
  },
  {
    name: ['Parents\u2019 club', 'Vanhempien kerho'], category: 'integration', situations: ['home-parent'],
    summaries: [['A weekly club where parents and small children meet, play and learn about local services.', 'Viikoittainen kerho, jossa vanhemmat ja pienet lapset tapaavat, leikkivät ja tutustuvat palveluihin.']],
    keywords: [['family', 'perhe'], ['club', 'kerho'], ['children', 'lapset']],
    detail: ['Instructors speak Finnish, English and several other languages.', 'Ohjaajat puhuvat suomea, englantia ja useita muita kieliä.'],
  },
  {
    name: ['Orientation to Finnish society', 'Yhteiskuntaorientaatio'], category: 'integration', situations: ['new-in-finland'],
    summaries: [['Learn how Finnish society, work and services work, in your own language.', 'Opi, miten suomalainen yhteiskunta, työelämä ja palvelut toimivat, omalla kielelläsi.']],
    keywords: [['orientation', 'orientaatio'], ['society', 'yhteiskunta'], ['services', 'palvelut']],
    detail: ['The orientation is part of the integration plan and lasts about 70 hours.', 'Orientaatio kuuluu kotoutumissuunnitelmaan ja kestää noin 70 tuntia.'],
  },
  {
    name: ['Work ability coaching', 'Työkykyvalmennus'], category: 'work-ability', situations: ['work-ability'],
    summaries: [['Support when illness or injury affects your work: assessment, rehabilitation and a plan.', 'Tukea, kun sairaus tai vamma vaikuttaa työhösi: arviointi, kuntoutus ja suunnitelma.']],
    keywords: [['work ability', 'työkyky'], ['rehabilitation', 'kuntoutus'], ['health', 'terveys']],
    detail: ['A coach works together with occupational health care and Kela.', 'Valmentaja toimii yhdessä työterveyshuollon ja Kelan kanssa.'],
  },
  {
    name: ['Youth guidance point', 'Nuorten ohjauspiste'], category: 'guidance', situations: ['young-adult'],
    summaries: [['Walk-in advice for under 30s on work, studies, housing and money.', 'Alle 30-vuotiaiden matalan kynnyksen neuvontaa työstä, opiskelusta, asumisesta ja rahasta.']],
    keywords: [['young people', 'nuoret'], ['walk-in', 'ilman ajanvarausta'], ['advice', 'neuvonta']],
    detail: ['You can come without an appointment and bring a friend.', 'Voit tulla ilman ajanvarausta ja ottaa kaverin mukaan.'],
  },
  {
    name: ['Recruitment event', 'Rekrytointitapahtuma'], category: 'job-search-support', situations: ['looking-for-work', 'spouse-of-talent'],
    summaries: [['Meet employers who are hiring now. Bring your CV and be ready for short interviews.', 'Tapaa työnantajia, jotka rekrytoivat nyt. Ota CV mukaan ja valmistaudu lyhyisiin haastatteluihin.']],
    keywords: [['recruitment', 'rekrytointi'], ['jobs', 'työpaikat'], ['employers', 'työnantajat']],
    detail: ['Events are organised by sector, for example health care, logistics and IT.', 'Tapahtumat järjestetään toimialoittain, esimerkiksi sosiaali- ja terveysala, logistiikka ja IT.'],
  },
  {
    name: ['Labour market training', 'Työvoimakoulutus'], category: 'studies', situations: ['career-or-studies', 'looking-for-work'],
    summaries: [['Free vocational training for job seekers in fields that need workers.', 'Maksutonta ammatillista koulutusta työnhakijoille aloille, joilla on työvoimapulaa.']],
    keywords: [['training', 'koulutus'], ['vocational', 'ammatillinen'], ['job seekers', 'työnhakijat']],
    detail: ['Training usually includes a period of on-the-job learning.', 'Koulutukseen kuuluu yleensä työssäoppimisjakso.'],
  },
  {
    name: ['Apprenticeship advice', 'Oppisopimusneuvonta'], category: 'studies', situations: ['career-or-studies', 'young-adult'],
    summaries: [['Study for a qualification while you work and earn a salary.', 'Suorita tutkinto työn ohessa ja saa samalla palkkaa.']],
    keywords: [['apprenticeship', 'oppisopimus'], ['qualification', 'tutkinto'], ['learning at work', 'työssä oppiminen']],
    detail: ['The employer and the apprenticeship office sign the agreement with you.', 'Työnantaja ja oppisopimustoimisto tekevät sopimuksen kanssasi.'],
  },
  {
    name: ['Back-to-work group', 'Töihin paluun ryhmä'], category: 'job-search-start', situations: ['returning-to-work', 'home-parent'],
    summaries: [['A peer group for parents returning to work after family leave.', 'Vertaisryhmä vanhemmille, jotka palaavat töihin perhevapaan jälkeen.']],
    keywords: [['family leave', 'perhevapaa'], ['peer group', 'vertaisryhmä'], ['returning to work', 'töihin paluu']],
    detail: ['The group meets eight times and ends with a personal plan.', 'Ryhmä kokoontuu kahdeksan kertaa ja päättyy henkilökohtaiseen suunnitelmaan.'],
  },
  {
    name: ['Employer services', 'Työnantajapalvelut'], category: 'financial-support', situations: ['starting-business', 'looking-for-work'],
    summaries: [['Help for companies hiring international talent: recruitment, permits and subsidies.', 'Apua yrityksille kansainvälisten osaajien rekrytointiin: haku, luvat ja tuet.']],
    keywords: [['employers', 'työnantajat'], ['hiring', 'palkkaaminen'], ['work permit', 'työlupa']],
    detail: ['Services for employers are free and available in Finnish, Swedish and English.', 'Työnantajapalvelut ovat maksuttomia, ja niitä saa suomeksi, ruotsiksi ja englanniksi.'],
  },
  {
    name: ['Study guidance', 'Opintoneuvonta'], category: 'guidance', situations: ['career-or-studies', 'young-adult'],
    summaries: [['Advice on applying to Finnish vocational schools, universities and preparatory courses.', 'Neuvontaa ammatillisiin oppilaitoksiin, korkeakouluihin ja valmentaviin koulutuksiin hakemisesta.']],
    keywords: [['studies', 'opiskelu'], ['applying', 'hakeminen'], ['education', 'koulutus']],
    detail: ['Joint application periods are in spring and autumn; start early.', 'Yhteishaut ovat keväällä ja syksyllä, joten aloita ajoissa.'],
  },
  {
    name: ['Volunteer work', 'Vapaaehtoistyö'], category: 'networking', situations: ['spouse-of-talent', 'home-parent'],
    summaries: [['Find volunteer work that builds your network and Finnish skills.', 'Löydä vapaaehtoistyötä, joka kasvattaa verkostoasi ja suomen kielen taitoasi.']],
    keywords: [['volunteering', 'vapaaehtoistyö'], ['associations', 'järjestöt'], ['network', 'verkosto']],
    detail: ['Associations offer tasks from event help to online tutoring.', 'Järjestöt tarjoavat tehtäviä tapahtumien järjestämisestä verkkotutorointiin.'],
  },
];

const qualifiers: readonly Pair[] = [
  ['', ''],
  ['for spouses of international talents', 'kansainvälisten osaajien puolisoille'],
  ['for young adults', 'nuorille aikuisille'],
  ['for parents at home', 'kotona lapsia hoitaville vanhemmille'],
  ['for the over-55s', 'yli 55-vuotiaille'],
  ['for university graduates', 'korkeakoulutetuille'],
  ['for Ukrainian speakers', 'ukrainankielisille'],
  ['for women', 'naisille'],
  ['for health care professionals', 'sosiaali- ja terveysalan ammattilaisille'],
  ['for IT professionals', 'IT-alan osaajille'],
  ['for newcomers', 'vastikään muuttaneille'],
  ['in the evenings', 'iltaisin'],
  ['online', 'verkossa'],
  ['in small groups', 'pienryhmissä'],
];

const seasons: readonly Pair[] = [['', ''], ['', ''], ['', ''], [' (spring group)', ' (kevään ryhmä)'], [' (autumn group)', ' (syksyn ryhmä)'], [' (intensive)', ' (tehokurssi)']];

/** Municipality names in the locative case for Finnish ("in Espoo" = "Espoossa"). */
const inMunicipality: Record<string, Pair> = {
  helsinki: ['in Helsinki', 'Helsingissä'],
  espoo: ['in Espoo', 'Espoossa'],
  vantaa: ['in Vantaa', 'Vantaalla'],
  kerava: ['in Kerava', 'Keravalla'],
  porvoo: ['in Porvoo', 'Porvoossa'],
  raasepori: ['in Raseborg', 'Raaseporissa'],
  hanko: ['in Hanko', 'Hangossa'],
};

const providers: readonly { name: Pair; owner: string }[] = [
  { name: ['City of Helsinki employment services', 'Helsingin kaupungin työllisyyspalvelut'], owner: 'tyollisyys@hel.example' },
  { name: ['Espoo employment services', 'Espoon työllisyyspalvelut'], owner: 'tyollisyys@espoo.example' },
  { name: ['Vantaa and Kerava employment area', 'Vantaan ja Keravan työllisyysalue'], owner: 'tyollisyysalue@vantaa.example' },
  { name: ['Porvoo employment services', 'Porvoon työllisyyspalvelut'], owner: 'tyollisyys@porvoo.example' },
  { name: ['West Uusimaa employment area', 'Länsi-Uudenmaan työllisyysalue'], owner: 'lansi-uusimaa@tyollisyys.example' },
  { name: ['Helsinki adult education centre', 'Helsingin työväenopisto'], owner: 'opisto@hel.example' },
  { name: ['Helsinki City Library', 'Helsingin kaupunginkirjasto'], owner: 'kirjasto@hel.example' },
  { name: ['International House Helsinki', 'International House Helsinki'], owner: 'info@ihh.example' },
  { name: ['Familia ry', 'Familia ry'], owner: 'toimisto@familia.example' },
  { name: ['Startup Refugees', 'Startup Refugees'], owner: 'hello@startuprefugees.example' },
  { name: ['Finnish Red Cross, Helsinki and Uusimaa', 'Suomen Punainen Risti, Helsinki ja Uusimaa'], owner: 'uusimaa@redcross.example' },
  { name: ['Business Helsinki', 'Business Helsinki'], owner: 'yritys@businesshelsinki.example' },
  { name: ['Keuda vocational college', 'Keuda'], owner: 'koulutus@keuda.example' },
  { name: ['Metropolia University of Applied Sciences', 'Metropolia Ammattikorkeakoulu'], owner: 'palvelut@metropolia.example' },
];

/** Sentences any service may use; the varied paragraph count makes pages from a few lines to a long read. */
const sentences: readonly Pair[] = [
  ['The service is meant for people who live in the municipality and are registered as job seekers.', 'Palvelu on tarkoitettu kunnassa asuville, jotka ovat ilmoittautuneet työnhakijoiksi.'],
  ['You can also take part if you are employed but want to change fields.', 'Voit osallistua myös, jos olet töissä mutta haluat vaihtaa alaa.'],
  ['Groups start several times a year, and you can join the waiting list at any time.', 'Ryhmiä alkaa useita kertoja vuodessa, ja jonoon voi ilmoittautua milloin tahansa.'],
  ['The instructors have long experience of working with international clients.', 'Ohjaajilla on pitkä kokemus kansainvälisten asiakkaiden kanssa työskentelystä.'],
  ['Meetings are held in accessible premises near public transport.', 'Tapaamiset järjestetään esteettömissä tiloissa hyvien kulkuyhteyksien varrella.'],
  ['Many participants find work or a study place within six months.', 'Moni osallistuja löytää työ- tai opiskelupaikan puolen vuoden kuluessa.'],
  ['We agree the goals with you at the first meeting and follow them up together.', 'Sovimme tavoitteet kanssasi ensimmäisellä tapaamisella ja seuraamme niitä yhdessä.'],
  ['Bring your residence permit and any certificates of education or work you have.', 'Ota mukaan oleskelulupasi sekä mahdolliset koulutus- ja työtodistukset.'],
  ['The service does not affect your unemployment benefit.', 'Palvelu ei vaikuta työttömyysetuuteesi.'],
  ['If you need an interpreter, tell us when you register and we will book one.', 'Jos tarvitset tulkin, kerro siitä ilmoittautuessasi, niin varaamme tulkin.'],
  ['Online sessions use Teams; you get the link by e-mail the day before.', 'Verkkotapaamiset pidetään Teamsissa, ja saat linkin sähköpostiisi edellisenä päivänä.'],
  ['Participants say the best part is meeting people in the same situation.', 'Osallistujien mielestä parasta on tavata samassa tilanteessa olevia.'],
  ['The service is part of the public employment and integration services of the Uusimaa region.', 'Palvelu on osa Uudenmaan julkisia työllisyys- ja kotoutumispalveluja.'],
  ['Your information is handled confidentially and only for organising the service.', 'Tietojasi käsitellään luottamuksellisesti ja vain palvelun järjestämiseksi.'],
  ['You can cancel your place at any time by e-mail.', 'Voit perua paikkasi milloin tahansa sähköpostitse.'],
  ['Please arrive ten minutes early on the first day.', 'Tule ensimmäisenä päivänä paikalle kymmenen minuuttia etuajassa.'],
  ['Each session combines short talks, exercises and discussion.', 'Jokaisessa tapaamisessa on lyhyitä alustuksia, harjoituksia ja keskustelua.'],
  ['After the service you get a certificate of participation.', 'Palvelun päätteeksi saat osallistumistodistuksen.'],
  ['The employment services can refer you, or you can register yourself.', 'Työllisyyspalvelut voivat ohjata sinut palveluun, tai voit ilmoittautua itse.'],
  ['Places are limited and are filled in the order of registration.', 'Paikkoja on rajoitetusti, ja ne täytetään ilmoittautumisjärjestyksessä.'],
];

/** Finnish words with no established English translation: in Finnish text, and in some English keywords. */
const finnishOnly: readonly { word: string; fi: string; en: string }[] = [
  { word: 'kotoutumissuunnitelma', fi: 'Kotoutumissuunnitelmaan voi kirjata palvelun yhdeksi tavoitteeksi.', en: 'The service can be written into your integration plan (kotoutumissuunnitelma).' },
  { word: 'starttiraha', fi: 'Yrittäjäksi ryhtyvä voi hakea starttirahaa toimeentulonsa turvaamiseksi.', en: 'New entrepreneurs may apply for the start-up grant (starttiraha).' },
  { word: 'työmarkkinatuki', fi: 'Työmarkkinatuen saajat voivat osallistua ilman vaikutusta etuuteen.', en: 'People who receive labour market support (työmarkkinatuki) can also take part.' },
  { word: 'omaehtoinen opiskelu', fi: 'Omaehtoinen opiskelu työttömyysetuudella on mahdollista, kun siitä sovitaan etukäteen.', en: 'Self-motivated study on unemployment benefit (omaehtoinen opiskelu) must be agreed in advance.' },
  { word: 'selkosuomi', fi: 'Materiaalit ovat selkosuomeksi.', en: 'The materials are in easy Finnish (selkosuomi).' },
  { word: 'lähiöasema', fi: 'Osa tapaamisista pidetään lähiöasemalla.', en: 'Some meetings are held at the neighbourhood station (lähiöasema).' },
  { word: 'Kotoklubi', fi: 'Kotoklubi kokoontuu samoissa tiloissa tiistaisin.', en: 'The Kotoklubi family club meets in the same premises on Tuesdays.' },
];

const schedules: readonly Pair[] = [
  ['Every Tuesday and Thursday 9–12.', 'Tiistaisin ja torstaisin klo 9–12.'],
  ['Mondays 17–19, September to May.', 'Maanantaisin klo 17–19 syyskuusta toukokuuhun.'],
  ['Six weeks, three mornings a week.', 'Kuusi viikkoa, kolme aamupäivää viikossa.'],
  ['Continuous; start when you are ready.', 'Jatkuva, voit aloittaa kun olet valmis.'],
  ['Once a month, usually on the first Wednesday.', 'Kerran kuussa, yleensä kuun ensimmäisenä keskiviikkona.'],
  ['Eight weeks from January and from August.', 'Kahdeksan viikkoa tammikuusta ja elokuusta alkaen.'],
];

const streets: readonly string[] = ['Kaivokatu 8', 'Siltasaarenkatu 18', 'Itäkatu 1', 'Kielotie 13', 'Kirkkokatu 5', 'Asemakatu 2', 'Tapiolantie 4', 'Leppävaarankatu 3', 'Mannerheimintie 22', 'Läntinen Pitkäkatu 1'];

/** Neighbourhoods where services meet: vocabulary that differs from service to service, as in a real catalogue. */
const districts: readonly string[] = [
  'Kallio', 'Vuosaari', 'Malmi', 'Kontula', 'Itäkeskus', 'Pasila', 'Herttoniemi', 'Maunula', 'Kannelmäki', 'Myllypuro', 'Mellunmäki',
  'Jakomäki', 'Pihlajamäki', 'Lauttasaari', 'Munkkiniemi', 'Kamppi', 'Sörnäinen', 'Arabianranta', 'Tapiola', 'Leppävaara', 'Matinkylä',
  'Espoonlahti', 'Espoon keskus', 'Kivenlahti', 'Olari', 'Otaniemi', 'Tikkurila', 'Myyrmäki', 'Hakunila', 'Korso', 'Martinlaakso',
  'Koivukylä', 'Hiekkaharju', 'Kivistö', 'Aviapolis', 'Savio', 'Ahjo', 'Kaleva', 'Näsinmäki', 'Kevätkumpu', 'Karis', 'Ekenäs',
  'Pohja', 'Tammisaari', 'Hangonkylä', 'Lappohja', 'Kulloo', 'Pellinki', 'Kerava keskusta', 'Sompio', 'Alikerava',
];

const howToJoin: readonly Pair[] = [
  ['Register with the online form or call the service number.', 'Ilmoittaudu verkkolomakkeella tai soita palvelunumeroon.'],
  ['Ask your employment services coach to refer you.', 'Pyydä työllisyyspalveluiden valmentajaasi ohjaamaan sinut palveluun.'],
  ['Come without an appointment during opening hours.', 'Tule ilman ajanvarausta aukioloaikoina.'],
  ['Send an e-mail with your name and phone number; we call you back within a week.', 'Lähetä sähköposti, jossa on nimesi ja puhelinnumerosi. Soitamme sinulle viikon kuluessa.'],
];

const prerequisites: readonly Pair[] = [
  ['You are registered as a job seeker.', 'Olet ilmoittautunut työnhakijaksi.'],
  ['Finnish at level A1 or higher.', 'Suomen kielen taito vähintään tasolla A1.'],
  ['You live in one of the participating municipalities.', 'Asut jossakin mukana olevista kunnista.'],
];

const benefits: readonly Pair[] = [
  ['A clear plan and contacts to employers.', 'Selkeä suunnitelma ja yhteyksiä työnantajiin.'],
  ['Better Finnish and new friends.', 'Parempi suomen kielen taito ja uusia ystäviä.'],
  ['A certificate you can show to employers.', 'Todistus, jonka voit näyttää työnantajille.'],
];

const costNotes: Record<CostType, readonly Pair[]> = {
  free: [],
  paid: [['The course fee is 40 euros; ask about a fee reduction.', 'Kurssimaksu on 40 euroa. Kysy mahdollisuutta maksuhuojennukseen.'], ['25 euros a term.', '25 euroa lukukaudelta.']],
  other: [['Free for job seekers; others pay a small fee.', 'Maksuton työnhakijoille, muille pieni maksu.'], ['The employer pays; free for you.', 'Työnantaja maksaa, sinulle maksuton.']],
};

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A YAML scalar: JSON strings are valid YAML double-quoted scalars, so nothing is ever misread. */
const q = (value: string) => JSON.stringify(value);
const flow = (ids: readonly string[]) => `[${ids.join(', ')}]`;

interface ServiceDraft {
  slug: string;
  text: Record<'en' | 'fi', Record<string, unknown>>;
  shared: Record<string, unknown>;
  body: Record<'en' | 'fi', string>;
  status: string;
  reviewed: string;
}

function frontMatter(fields: [string, unknown][]): string {
  const lines: string[] = ['---'];
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    if (typeof value === 'string') lines.push(`${key}: ${/^\d{4}-\d{2}-\d{2}$/.test(value) || key === 'status' || key === 'cost' ? value : q(value)}`);
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      lines.push(`${key}: ${key === 'keywords' ? `[${(value as string[]).map(q).join(', ')}]` : flow(value as string[])}`);
    } else if (Array.isArray(value)) {
      lines.push(`${key}:`);
      for (const item of value as Record<string, string>[]) {
        const entries = Object.entries(item).filter(([, v]) => v !== undefined);
        entries.forEach(([k, v], index) => lines.push(`${index === 0 ? '  - ' : '    '}${k}: ${q(v)}`));
      }
    }
  }
  lines.push('---', '');
  return lines.join('\n');
}

/** One synthetic service: its text in English and Finnish, and the structured fields both files share. */
function makeService(i: number, random: Random, ids: TaxonomyIds, today: string, usedNames: Set<string>, usedSlugs: Set<string>, earlier: string[]): ServiceDraft {
  const topic = topics[i % topics.length]!;
  // Every term appears at least once: service i carries term (i mod count) of every taxonomy.
  const forced = (name: TaxonomyName) => ids[name][i % ids[name].length]!;
  const withForced = (name: TaxonomyName, extra: string[]) => {
    const all = ids[name];
    const chosen = new Set([forced(name), ...extra]);
    return all.filter((id) => chosen.has(id));
  };

  const categories = withForced('categories', random.chance(0.6) ? [topic.category] : [topic.category, random.pick(ids.categories)]);
  const everywhere = i >= ids.municipalities.length && random.chance(0.2);
  const municipalities = everywhere ? ['all'] : withForced('municipalities', random.some(ids.municipalities, 0, 2));
  const situations = withForced('situations', random.some(topic.situations.filter((s) => ids.situations.includes(s)), 1, 2));
  const audiences = withForced('audiences', random.chance(0.7) ? ['residents'].filter((a) => ids.audiences.includes(a)) : random.some(ids.audiences, 1, 2));
  const ages = random.chance(0.5) ? [...ids.ages] : withForced('ages', random.some(ids.ages, 1, 2));
  const languages = withForced('languages', [...['fi', 'en'].filter((l) => ids.languages.includes(l) && random.chance(0.6)), ...random.some(ids.languages, 0, 2)]);
  const modes = withForced('modes', random.some(ids.modes, 0, 1));
  const accessibility = i < ids.accessibility.length || random.chance(0.4) ? withForced('accessibility', random.some(ids.accessibility, 0, 2)) : undefined;
  const cost: CostType = i < costTypes.length ? costTypes[i]! : random.chance(0.6) ? 'free' : random.chance(0.6) ? 'paid' : 'other';

  // A unique name (and slug) from topic, qualifier, place and group.
  const single = municipalities.length === 1 && municipalities[0] !== 'all' ? inMunicipality[municipalities[0]!] : undefined;
  let name: Pair = topic.name;
  for (let attempt = 0; ; attempt++) {
    const qualifier = random.pick(qualifiers);
    const season = random.pick(seasons);
    const place = single && random.chance(0.5) ? single : (['', ''] as const);
    const join = (base: string, ...parts: string[]) => [base, ...parts.filter(Boolean)].join(' ');
    name = [join(topic.name[0], qualifier[0], place[0]) + season[0], join(topic.name[1], qualifier[1], place[1]) + season[1]];
    if (attempt > 20) name = [`${name[0]} ${i + 1}`, `${name[1]} ${i + 1}`];
    if (!usedNames.has(name[0])) break;
  }
  usedNames.add(name[0]);
  let slug = slugify(name[0]);
  for (let n = 2; usedSlugs.has(slug); n++) slug = `${slugify(name[0])}-${n}`;
  usedSlugs.add(slug);

  // Status: about 4 % drafts (and service 5, so small catalogues have one), about 3 % past the outdated threshold.
  const draft = i === 5 || random.chance(0.04);
  const ageDays = random.chance(0.03) ? random.int(150, 200) : random.int(0, 119);
  const reviewed = addDays(today, -ageDays);
  const updated = addDays(reviewed, -random.int(0, 240));
  const provider = providers[(i * 7 + random.int(0, 3)) % providers.length]!;
  const related = earlier.length > 0 && random.chance(0.5) ? [...new Set(random.some(earlier.slice(-50), 1, 3))] : undefined;

  const summary = random.pick(topic.summaries);
  const keywordPairs = random.some(topic.keywords, 0, topic.keywords.length);
  const special = random.chance(0.35) ? random.pick(finnishOnly) : undefined;
  const keywords: [string[], string[]] = [
    [...keywordPairs.map((k) => k[0]), ...(special && random.chance(0.6) ? [special.word] : [])],
    [...keywordPairs.map((k) => k[1]), ...(special ? [special.word] : [])],
  ];
  const place = municipalities[0] === 'all' ? ids.municipalities[0]! : municipalities[0]!;
  const inPerson = modes.includes('in-person') || modes.includes('hybrid');
  const locations = inPerson
    ? random.some(streets, 1, 2).map((street, n) => ({
        en: { name: `${provider.name[0]}${n ? `, branch ${n + 1}` : ''}`, address: street, municipality: place },
        fi: { name: `${provider.name[1]}${n ? `, toimipiste ${n + 1}` : ''}`, address: street, municipality: place },
      }))
    : undefined;
  const schedule = random.chance(0.8) ? random.pick(schedules) : undefined;
  const costNote = costNotes[cost].length ? random.pick(costNotes[cost]) : undefined;
  const join = random.pick(howToJoin);
  const prerequisite = random.chance(0.5) ? random.pick(prerequisites) : undefined;
  const benefit = random.chance(0.5) ? random.pick(benefits) : undefined;
  const consent: Pair | undefined = random.chance(0.1) ? ['We ask for your consent to share your CV with partner employers.', 'Pyydämme suostumuksesi CV:si jakamiseen kumppanityönantajille.'] : undefined;
  const accessibilityNote: Pair | undefined = accessibility?.includes('step-free') && random.chance(0.5) ? ['The entrance has a ramp and the lift fits a wheelchair.', 'Sisäänkäynnillä on luiska, ja hissiin mahtuu pyörätuoli.'] : undefined;
  const mailbox = provider.owner;

  // Body: from one short paragraph (most) to a long page (a few).
  const paragraphs = random.chance(0.08) ? random.int(8, 14) : random.int(1, 4);
  const en: string[] = [];
  const fi: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const picked = random.some(sentences, 2, 5);
    if (p === 0) picked.unshift(topic.detail);
    en.push(picked.map((s) => s[0]).join(' '));
    fi.push(picked.map((s) => s[1]).join(' '));
  }
  if (random.chance(0.5)) {
    const district = random.pick(districts);
    en.push(`Meeting point: ${district}. Group code ${topic.name[0].slice(0, 4).toUpperCase()}-${1000 + i}.`);
    fi.push(`Tapaamispaikka: ${district}. Ryhmätunnus ${topic.name[0].slice(0, 4).toUpperCase()}-${1000 + i}.`);
  }
  if (special) {
    en.push(special.en);
    fi.push(special.fi);
  }
  if (random.chance(0.25)) {
    en.push('### What to bring\n\n- your residence permit card\n- your CV, if you have one\n- something to write with');
    fi.push('### Ota mukaan\n\n- oleskelulupakortti\n- CV, jos sinulla on\n- kynä ja paperia');
  }

  const text = (locale: 0 | 1) => ({
    name: name[locale],
    summary: summary[locale],
    keywords: keywords[locale],
    provider: provider.name[locale],
    accessibilityNote: accessibilityNote?.[locale],
    locations: locations?.map((l) => (locale === 0 ? l.en : l.fi)),
    schedule: schedule?.[locale],
    costNote: costNote?.[locale],
    howToJoin: join[locale],
    prerequisites: prerequisite?.[locale],
    benefits: benefit?.[locale],
    consents: consent?.[locale],
    contacts: [{ label: locale === 0 ? 'Service desk' : 'Asiakaspalvelu', email: mailbox }],
    links: random.chance(0.7) ? [{ label: locale === 0 ? `${capitalise(topic.name[0])}: more information` : `${topic.name[1]}: lisätietoa`, url: `https://palvelut.example/${locale === 0 ? 'en' : 'fi'}/${slug}` }] : undefined,
  });
  return {
    slug,
    text: { en: text(0), fi: text(1) },
    shared: { categories, municipalities, situations, audiences, ages, languages, modes, accessibility, cost, related, status: draft ? 'draft' : 'published', updated, reviewed, owner: mailbox },
    body: { en: en.join('\n\n'), fi: fi.join('\n\n') },
    status: draft ? 'draft' : 'published',
    reviewed,
  };
}

/** The field order of the demo files, so generated files read like hand-written ones. */
const fieldOrder = [
  'name', 'summary', 'keywords', 'provider', 'categories', 'municipalities', 'situations', 'audiences', 'ages', 'languages', 'modes',
  'accessibility', 'accessibilityNote', 'locations', 'schedule', 'cost', 'costNote', 'howToJoin', 'prerequisites', 'benefits', 'consents',
  'contacts', 'links', 'related', 'status', 'updated', 'reviewed', 'owner',
];

function prepareOutDir(outDir: string): void {
  const resolved = path.resolve(outDir);
  if (resolved === demoContentDir || resolved.startsWith(`${demoContentDir}${path.sep}`) || resolved === projectRoot) {
    throw new Error(`refusing to write a generated catalogue into ${resolved}; choose a folder outside content/`);
  }
  if (existsSync(resolved)) {
    const entries = readdirSync(resolved);
    if (entries.length > 0 && !entries.includes(MARKER)) throw new Error(`${resolved} is not empty and was not written by this script; choose another folder`);
    rmSync(resolved, { recursive: true, force: true });
  }
  mkdirSync(resolved, { recursive: true });
  writeFileSync(path.join(resolved, MARKER), 'Written by tools/generate-catalogue.ts; the next run empties this folder.\n');
}

/** Copies the non-service content; calendar links to demo services are dropped (those services do not exist here). */
function copySupportingContent(sourceDir: string, outDir: string): number {
  let files = 0;
  for (const folder of ['taxonomies', 'pages', 'entry-points', 'partners']) {
    cpSync(path.join(sourceDir, folder), path.join(outDir, folder), { recursive: true });
    files += readdirSync(path.join(outDir, folder), { recursive: true }).length;
  }
  mkdirSync(path.join(outDir, 'calendar'));
  for (const name of readdirSync(path.join(sourceDir, 'calendar'))) {
    const text = readFileSync(path.join(sourceDir, 'calendar', name), 'utf8');
    writeFileSync(path.join(outDir, 'calendar', name), text.replace(/^service:.*\n/m, ''));
    files++;
  }
  const popular = path.join(sourceDir, 'popular-searches.yaml');
  if (existsSync(popular)) {
    cpSync(popular, path.join(outDir, 'popular-searches.yaml'));
    files++;
  }
  return files;
}

export function generateCatalogue(options: GenerateOptions): GenerateResult {
  const { services: count, seed = 1, today = '2026-11-22', sourceDir = demoContentDir } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`--services must be a whole number >= 1 (got ${count})`);
  const outDir = path.resolve(options.outDir);
  prepareOutDir(outDir);
  let files = copySupportingContent(sourceDir, outDir);
  const ids = readTaxonomyIds(outDir);
  const random = createRandom(seed);
  const usedNames = new Set<string>();
  const usedSlugs = new Set<string>();
  const slugs: string[] = [];
  const used = Object.fromEntries(taxonomyNames.map((name) => [name, new Set<string>()])) as Record<TaxonomyName, Set<string>>;
  const result = { drafts: 0, outdated: 0, archived: 0 };
  for (const locale of localeCodes) mkdirSync(path.join(outDir, 'services', locale), { recursive: true });

  for (let i = 0; i < count; i++) {
    const service = makeService(i, random, ids, today, usedNames, usedSlugs, slugs);
    slugs.push(service.slug);
    for (const name of taxonomyNames) for (const id of (service.shared[name] as string[] | undefined) ?? []) used[name].add(id);
    const age = daysBetween(service.reviewed, today);
    if (service.status === 'draft') result.drafts++;
    else if (age >= 210) result.archived++;
    else if (age >= 150) result.outdated++;
    for (const locale of localeCodes) {
      // Locales beyond en and fi (e.g. a future Swedish) get the English text.
      const text = service.text[locale === 'fi' ? 'fi' : 'en'];
      const body = service.body[locale === 'fi' ? 'fi' : 'en'];
      const data: Record<string, unknown> = { ...text, ...service.shared };
      const fields = fieldOrder.map((key) => [key, data[key]] as [string, unknown]);
      writeFileSync(path.join(outDir, 'services', locale, `${service.slug}.mdx`), `${frontMatter(fields)}\n${body}\n`);
      files++;
    }
  }
  if (used.municipalities.has('all')) used.municipalities.delete('all');
  return {
    outDir,
    services: count,
    ...result,
    used: Object.fromEntries(taxonomyNames.map((name) => [name, [...used[name]].sort()])) as Record<TaxonomyName, string[]>,
    files,
  };
}

function optionsFrom(argv: string[]): GenerateOptions {
  const { values } = parseArgs({
    args: argv,
    options: { services: { type: 'string', default: '500' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, today: { type: 'string' } },
  });
  const services = Number(values.services);
  return {
    services,
    outDir: values.out ?? path.join(projectRoot, 'bench/.tmp', `catalogue-${services}`),
    seed: Number(values.seed),
    today: values.today ?? process.env['SITE_TODAY'] ?? '2026-11-22',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const options = optionsFrom(process.argv.slice(2));
  const started = performance.now();
  const result = generateCatalogue(options);
  console.log(
    `Generated ${result.services} services x ${localeCodes.length} locales (${result.drafts} drafts, ${result.outdated} outdated, ${result.archived} archived) ` +
      `in ${result.outDir} in ${Math.round(performance.now() - started)} ms. Build it with CONTENT_DIR=${path.relative(process.cwd(), result.outDir) || '.'}`,
  );
}
