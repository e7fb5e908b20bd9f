import { describe, expect, it } from 'vitest';
import { phiCases } from './phi-cases.ts';

/**
 * Identifiers in the forms a fresh writer of LABELING.md used (test/fixtures/phi-fresh/phiA), each class with
 * sentences of its own and its look-alikes: links typed without http, SSNs with spaces or after a gap,
 * postcodes and addresses of other countries, dates with month names of other languages, full names in
 * lower case around a known first name, values a clause after their label, handles after "snap me:" and
 * reddit's u/, phones mixing digits and digit words, emails spelled in French or Spanish, health details
 * of care and infection; and the precision side: business and place names, public figures, the writer's
 * own contact details, the verb "add".
 */
const context = [
  { id: 'c0', authorId: 'u1', text: 'how is everyone holding up?', sentAt: 0 },
  { id: 'c1', authorId: 'u3', text: 'tired, but here', sentAt: 1 },
];
const { phiOf, positives, negatives } = phiCases(context);
const healthOf = (text: string) => phiOf(text).filter(([, t]) => t === 'HEALTH_INFO').map(([v]) => v);

describe('URL typed without http: a path on link, stream and personal-site domains, or a personal subdomain', () => {
  positives([
    ['catch my streams at twitch.tv/sleepyotter_88 on fridays', 'twitch.tv/sleepyotter_88', 'URL'],
    ['all my links: linktr.ee/maya.draws', 'linktr.ee/maya.draws', 'URL'],
    ['i write at quietharbor.wordpress.com when i cant sleep', 'quietharbor.wordpress.com', 'URL'],
    ['portfolio is jdoe-art.carrd.co if u want to see', 'jdoe-art.carrd.co', 'URL'],
    ['my notes live at kpark.github.io/recovery-notes', 'kpark.github.io/recovery-notes', 'URL'],
    ['we post updates at teamsarahstrong.com for the family', 'teamsarahstrong.com', 'URL'],
    ['pay me back at cash.app/$jessr22', 'cash.app/$jessr22', 'URL'],
  ]);
  negatives([
    'see e.g./i.e. in the handout',
    'i saved it as notes.txt/backup somewhere',
    'the group runs 24/7 and/or on weekends',
    'i rated the session 3.5/10 honestly',
    'check help.wordpress.com for the setup guide',
  ]);
  it('GIVEN an address spelled with "at" and a mail word WHEN judged THEN it stays an EMAIL', () => {
    expect(phiOf('email me at jo at jodesigns.com')).toContainEqual(['jo at jodesigns.com', 'EMAIL']);
  });
});

describe('SSN with spaces or a few words after its label', () => {
  positives([
    ['they printed my social as 512 48 3307 on the form', '512 48 3307', 'SSN'],
    ['his ssn went on the intake sheet, 523194870, no idea why', '523194870', 'SSN'],
    ['my social got typed as 512 48 3307 instead of 512 48 3370', '512 48 3370', 'SSN'],
  ]);
  negatives([
    'my social worker said 12 sessions is the max',
    'social anxiety at 2 parties this week, rough',
    'social media took 3 hours of my day',
  ]);
});

describe('postcodes after an address, addresses in other countries\' formats', () => {
  positives([
    ['send it to 14 Mill Lane, Leeds LS6 2AB please', 'LS6 2AB', 'ZIP'],
    ['my old flat was 5 Kings Road, Flat 3, E2 8HQ', 'E2 8HQ', 'ZIP'],
    ['my old flat was 5 Kings Road, Flat 3, E2 8HQ', '5 Kings Road, Flat 3', 'ADDRESS'],
    ['the clinic letter went to 200 Bay St #1500, M5J 2J2', 'M5J 2J2', 'ZIP'],
    ['mi dirección es Avenida Juárez 45, Col. Centro, C.P. 06050', 'Avenida Juárez 45, Col. Centro', 'ADDRESS'],
    ['mi dirección es Avenida Juárez 45, Col. Centro, C.P. 06050', '06050', 'ZIP'],
    ['ich wohne jetzt in der Bergmannstraße 17, 10961 Berlin', 'Bergmannstraße 17', 'ADDRESS'],
    ['ich wohne jetzt in der Bergmannstraße 17, 10961 Berlin', '10961', 'ZIP'],
    ['she lives at Rua das Flores 230, apto 12', 'Rua das Flores 230, apto 12', 'ADDRESS'],
    ['her flat is Via Garibaldi 8, scala B', 'Via Garibaldi 8, scala B', 'ADDRESS'],
    ['send it to 7 rue des Lilas please', '7 rue des Lilas', 'ADDRESS'],
    ['vivo en Calle de Alcalá 120, 3º B', 'Calle de Alcalá 120, 3º B', 'ADDRESS'],
    ['my aunt is at Karl-Marx-Allee 90 now', 'Karl-Marx-Allee 90', 'ADDRESS'],
    ['mail goes to 12 George St, Sydney NSW 2000', '2000', 'ZIP'],
    ['bei mir: Bahnhofstrasse 12, 8001 Zürich', '8001', 'ZIP'],
  ]);
  it('GIVEN a year after an address WHEN judged THEN it is no four-digit postcode', () => {
    expect(phiOf('I moved to 14 Elm St, 2019 Was rough').filter(([, t]) => t === 'ZIP')).toEqual([]);
  });
  negatives([
    'my PS4 5GB download took 3 hours',
    'sent it via Venmo 20 bucks',
    'Spring 2024 was rough for me',
    'we drove Route 66 for 3 days',
    'the clinic is on the Via Roma 12 mins away',
  ]);
});

describe('DATE with month names of other languages, and a date restated after a birth date', () => {
  positives([
    ['elle est née le 4 mars 1992', '4 mars 1992', 'DATE'],
    ['mi hija nació el 12 de agosto de 2015', '12 de agosto de 2015', 'DATE'],
    ['geboren am 3. Oktober 1979', '3. Oktober 1979', 'DATE'],
    ['il est né le 2 février 1990', '2 février 1990', 'DATE'],
    ['sie ist am 14. März 1985 geboren', '14. März 1985', 'DATE'],
    ['his birthday is 21 settembre', '21 settembre', 'DATE'],
    ['my dob is 03/04/1988 on the form. so april 3, same day', 'april 3', 'DATE'],
  ]);
  negatives([
    'we bought 2 mayo jars for the potluck',
    'el 5 de mayo es fiesta aqui',
    'my birthday was rough. see you march 3 for group',
  ]);
});

describe('NAME in lower case: a known first name and a surname, with a person described around them', () => {
  positives([
    ['her name was anna kowalczyk, she was on my ward', 'anna kowalczyk', 'NAME'],
    ['derek halvorsen from the warehouse told me everything', 'derek halvorsen', 'NAME'],
    ['priya raman (the new pharmacist) said it was fine', 'priya raman', 'NAME'],
    ['so kelsey marchetti who runs intake was there', 'kelsey marchetti', 'NAME'],
    ['there is a guy named tomas ferreira in my class', 'tomas ferreira', 'NAME'],
    ['a girl in my dorm, gabriella o\'brien, was there', 'gabriella o\'brien', 'NAME'],
  ]);
  negatives([
    'ok alex whatever you say',
    'thanks sam appreciate you',
    'dear jess hugs, you got this',
    'i love tina turner so much',
    'such a karen moment lol',
    'ask noah whether he wants pizza',
    'jordan retro shoes are back in stock',
    "i'm in madison wisconsin at the moment",
    'went to tim hortons with my sister',
  ]);
  it('GIVEN a capitalised first name with a lower-case word after it WHEN judged THEN the pair is no NAME', () => {
    expect(phiOf('my roommate Alex self harms sometimes').filter(([, t]) => t === 'NAME')).toEqual([]);
  });
});

describe('precision: business and place names, public figures', () => {
  negatives([
    'meet me at Sunrise Cafe after group',
    'my car is at Precision Garage again',
    'we walked to the Golden Bridge and back',
    'Lucky Salon did my hair for the wedding',
    'Harbor Studio has yoga on sundays',
    'Demi Lovato is one of the famous people who helped me feel less alone',
    'Public figures like Simone Biles sharing their meds helps me',
  ]);
});

describe('HEALTH_INFO: care devices, infections and their treatment, viral status', () => {
  it.each<[string, string]>([
    ['my friend dana reyes is on a feeding tube now', 'feeding tube'],
    ['Mark Ellison told me it\'s mrsa', 'mrsa'],
    ['Jo Tanaka started antibiotics yesterday', 'antibiotics'],
    ['Luis Ortega says he\'s undetectable now', 'undetectable'],
  ])('GIVEN %j WHEN judged THEN a HEALTH_INFO span holds %j', (text, term) => {
    expect(healthOf(text).some((v) => v.includes(term))).toBe(true);
  });
  it.each([
    'we could add a section for Jo Park',
    "i'll text u later. signal too, +1 415 555 0134. his meds are his business",
  ])('GIVEN the verb "add" or the writer\'s own number %j WHEN judged THEN no HEALTH_INFO span', (text) => {
    expect(healthOf(text)).toEqual([]);
  });

  const carried = phiCases([{ id: 'c0', authorId: 'u2', text: 'update on my dad for those who asked', sentAt: 0 }]);
  const notCarried = phiCases([{ id: 'c0', authorId: 'u3', text: 'update on my dad for those who asked', sentAt: 0 }]);
  const message = 'still in the icu. updates at caringbridge.org/visit/tomfarrell';
  it('GIVEN the author named a relation just before WHEN a subjectless update with a link follows THEN the detail is HEALTH_INFO', () => {
    expect(carried.phiOf(message).some(([v, t]) => t === 'HEALTH_INFO' && v.includes('icu'))).toBe(true);
  });
  it('GIVEN another member named the relation WHEN the same update follows THEN no HEALTH_INFO span', () => {
    expect(notCarried.phiOf(message).filter(([, t]) => t === 'HEALTH_INFO')).toEqual([]);
  });
});

describe('identifier values a clause after their label', () => {
  positives([
    ['the hospital had my medical record number down as 4410-2291-7, wrong again', '4410-2291-7', 'MRN'],
    ['the clinic says my health card number is outdated. the new one is 4821-339-107-AB.', '4821-339-107-AB', 'HEALTH_PLAN'],
    ['the lease has my driver\'s licence number on it, WILLS802114JK8LM', 'WILLS802114JK8LM', 'LICENSE'],
    ['i kept the VIN from the insurance papers, 1FTEW1EP5JFA12345', '1FTEW1EP5JFA12345', 'VEHICLE'],
    ['his insurance ran out. the card just says QHX502771843 and nothing else', 'QHX502771843', 'HEALTH_PLAN'],
  ]);
  negatives([
    'my health card number is fine, i checked 3 times',
    'my insurance card says 80 percent for 12 sessions',
    'the card says 2024 on the back',
    'my debit card says 4417 on the front',
    'my health card number changed in 2023 2024',
    'my social security check is 1200 this month',
  ]);
});

describe('HANDLE after an invitation and a colon, reddit users; PHONE mixing digits and digit words; EMAIL spelled in French or Spanish', () => {
  positives([
    ['snap me: kitkat_9921', 'kitkat_9921', 'HANDLE'],
    ['we have a group there, add me and i will invite u: river.runs.77', 'river.runs.77', 'HANDLE'],
    ['my old account u/sadcactus_04 got banned', 'u/sadcactus_04', 'HANDLE'],
    ['call me 2one2 55five 0 1 4 7 tonight', '2one2 55five 0 1 4 7', 'PHONE'],
    ['text 4one5 555 01three7 if u want', '4one5 555 01three7', 'PHONE'],
    ['écris-moi: marie point dubois arobase orange point fr', 'marie point dubois arobase orange point fr', 'EMAIL'],
    ['mi correo es pablo punto ruiz arroba gmail punto com', 'pablo punto ruiz arroba gmail punto com', 'EMAIL'],
  ]);
  negatives([
    'add me: 2pm works for me',
    'follow me: ok sure',
    'i have a u/s scan tomorrow',
    'did 3sets of one5 reps today',
    'at this point net worth is all that matters to him',
    'el punto es que no quiero ir',
  ]);
});

describe('the fresh patterns stay linear', () => {
  const bait: Array<[string, string]> = [
    ['foreign streets', 'Calle Morelos Calle de la Via Roma Lindenstraße Karl-Marx-Straße 4, Int. 4, Col. Centro, '],
    ['street compounds', 'Aa-Bb-Cc-Dd-Ee-Ff-Gg-Hh-Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaastraße '],
    ['foreign units', 'Lindenstraße 42, Hinterhaus 3. OG, Int. 4, Col. Centro, Piso 3 B, 12 rue de la Paix '],
    ['postcodes', 'M14 5RD M5H 2N2 SW1A 1AA 88 Queen St W #1204, '],
    ['foreign months', '17 juin 3 de marzo de 17. Juni 1er mai '],
    ['far labels', 'medical record number vin ssn my social health card licence number card '],
    ['far values', 'my social 604 21 7735 604 21 7735 member id AB 1234 CD 5678 insurance card says '],
    ['mixed digits', '6one7 55five 0 1 9 3 one1two2three3four4 one1one1one1 '],
    ['lower names', 'greg lindahl in marcus oyelaran who jamie hollister ( gabriella ella '],
    ['links', 'twitch.tv/a linktr.ee/b x.wordpress.com/c u/abc_def a.b.c.wordpress.com. '],
    ['add me', 'add me and add me and snap me: add me '],
    ['spelled emails', 'lucie point marchand arobase laposte point net point a_a_a_a_a_a '],
    ['told me', 'Dana Whitaker told me it is mrsa told me told me '],
  ];
  it.each(bait)('GIVEN 100 kB of %s bait WHEN judged THEN it finishes quickly (generous bound against super-linear blow-up)', (_kind, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const started = performance.now();
    phiOf(text);
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
