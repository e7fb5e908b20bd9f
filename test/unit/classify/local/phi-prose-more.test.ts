import { describe, expect, it } from 'vitest';
import { phiCases } from './phi-cases.ts';

/**
 * More identifiers written in prose (LABELING.md `phi`), the forms other writers use for the same guide:
 * dates of a person's event with the day spelled out or the event word further away, health details of a
 * third party identified by a relation and a first name, plates, licence, account, plan, device and record
 * numbers introduced by words, and obfuscated forms (digits as words or one by one, "name at example dot org").
 * Each pattern has its look-alikes next to it: the member's own diagnosis, doses, times, counts, ordinals
 * that count things, years alone.
 */
const context = [
  { id: 'c0', authorId: 'u1', text: 'how is everyone holding up?', sentAt: 0 },
  { id: 'c1', authorId: 'u3', text: 'tired, but here', sentAt: 1 },
];
const { phiOf, positives, negatives } = phiCases(context);
const healthOf = (text: string) => phiOf(text).filter(([, t]) => t === 'HEALTH_INFO').map(([v]) => v);

describe('DATE of a person\'s event: spelled days, weekdays, month first, event after or further before', () => {
  positives([
    ['my daughter was born on the fourteenth of june', 'fourteenth of june', 'DATE'],
    ['his bday is june fourteenth', 'june fourteenth', 'DATE'],
    ['she was born on the twenty-third of may', 'twenty-third of may', 'DATE'],
    ['he got discharged on the twelfth', 'twelfth', 'DATE'],
    ['she was admitted on March the 3rd', 'March the 3rd', 'DATE'],
    ['he was admitted tues the 12th', 'tues the 12th', 'DATE'],
    ['they admitted her wed the 4th', 'wed the 4th', 'DATE'],
    ['her surgery went ahead on monday 3rd june', 'monday 3rd june', 'DATE'],
    ['born on June 14th, \'89', 'June 14th, \'89', 'DATE'],
    ['admitted on 14 feb \'22', '14 feb \'22', 'DATE'],
    ['she was admitted to the psych unit at st mary\'s march 3rd', 'march 3rd', 'DATE'],
    ['june 14th is his birthday', 'june 14th', 'DATE'],
    ['the 3rd of march was the day she died', '3rd of march', 'DATE'],
    ['my dob is 3.14.89', '3.14.89', 'DATE'],
    ['dob 3 14 1989', '3 14 1989', 'DATE'],
    ['DOB is march fourteenth nineteen eighty nine', 'march fourteenth nineteen eighty nine', 'DATE'],
    ['he was discharged last Fri. the 9th', 'Fri. the 9th', 'DATE'],
  ]);
  negatives([
    'I was diagnosed in March',
    'the first time I went to group I cried',
    'she was the third person to share tonight',
    'I was admitted for the first time last year',
    'my second week sober, going ok',
    'June was the first month I felt ok',
    'for the fifth time, I am fine',
    'I relapsed on the second day of the program',
    'march 3rd works for me for the potluck',
    'version 3.14.89 of the app is out',
    'I have 3 14 year olds at home',
    'update 1.2.23 broke the app again',
    'I was born in 1989',
    'we wed the 4th of july weekend lol',
    'I am 34 and this is my 3rd try',
    'march twenty-third is when spring feels real',
  ]);
});

describe('HEALTH_INFO of a third party named by a relation and a first name', () => {
  it.each<[string, string]>([
    ['my coworker dana has bipolar', 'bipolar'],
    ['my friend jess is on lithium now', 'lithium'],
    ['my colleague Priya is on lithium now', 'lithium'],
    ['my best friend Sam has stage 4 cancer', 'cancer'],
    ['my stepdad Rick has COPD', 'COPD'],
    ['my fiance Jordan is in rehab', 'rehab'],
    ['my grandmother Rose has dementia', 'dementia'],
    ['my sister-in-law Amy has lupus', 'lupus'],
    ['Dana, my coworker, was diagnosed with ms last year', 'ms'],
    ['my coworker, Dana, was diagnosed with bipolar', 'bipolar'],
    ['my friend Jess is on 200mg of quetiapine', 'quetiapine'],
    ['my roommate Kayla just started fluoxetine', 'fluoxetine'],
    ['my coworker Dana was diagnosed with lyme disease', 'lyme disease'],
    ['my brother Mike was sectioned last week', 'sectioned'],
    ['my sister Jess was baker acted', 'baker acted'],
    ['my husband Dave is getting ect', 'ect'],
    ['my friend Maya had an abortion', 'abortion'],
    ['my neighbor Tom takes ozempic for his diabetes', 'ozempic'],
  ])('GIVEN %j WHEN judged THEN a HEALTH_INFO span holds %j', (text, term) => {
    expect(healthOf(text).some((v) => v.includes(term))).toBe(true);
  });
  it.each([
    'my coworker has bipolar',
    'my friend online has depression',
    'my sister sometimes has panic attacks',
    'my friend irl has ocd too',
    'my coworker kinda has a point about therapy',
    'my mom too has diabetes',
    'Honestly, my sister has bipolar too',
    'Anyway, my brother, who has autism, is visiting',
    'I take fluoxetine and it helps',
    'my doctor put me on 50mg of quetiapine',
    'I was sectioned last year and it was awful',
    'my sister Jess helped me through my relapse',
    'my therapist thinks I have ptsd',
    'I am on 200mg of sertraline and 1mg of ativan',
    'my coworker dana is great, I have lupus though',
  ])('GIVEN a relation alone or the writer\'s own health %j WHEN judged THEN no HEALTH_INFO span', (text) => {
    expect(healthOf(text)).toEqual([]);
  });
});

describe('VEHICLE plates in prose', () => {
  positives([
    ['the plate on his truck was 4GHJ882', '4GHJ882', 'VEHICLE'],
    ['the registration plate is AB12 CDE', 'AB12 CDE', 'VEHICLE'],
    ['he drives a blue ford, plate number CA 7ABC123', '7ABC123', 'VEHICLE'],
    ['his plates read 7ABC123', '7ABC123', 'VEHICLE'],
    ['his plate is seven A B C one two three', 'seven A B C one two three', 'VEHICLE'],
    ['plate is 7 A B C 1 2 3', '7 A B C 1 2 3', 'VEHICLE'],
    ['his license tag is 4GHJ882', '4GHJ882', 'VEHICLE'],
  ]);
  negatives([
    'the plate on the table was 2 days old',
    'the plate was 10x12 and too small',
    'I ate a plate of pasta at 9pm',
    'plates for 4 people, 2 kids',
    'my plate is full, 3 kids and a job',
    'the plate of food was 1200 calories',
  ]);
});

describe('LICENSE, ACCOUNT, HEALTH_PLAN, DEVICE and MRN numbers introduced in prose', () => {
  positives([
    ['her nursing license, RN882193, is on the board site', 'RN882193', 'LICENSE'],
    ['his DEA registration is AB1234563', 'AB1234563', 'LICENSE'],
    ['her certificate number is C-448812', 'C-448812', 'LICENSE'],
    ['his medical license with the state board is G12345', 'G12345', 'LICENSE'],
    ['IBAN GB29 NWBK 6016 1331 9268 19', 'GB29 NWBK 6016 1331 9268 19', 'ACCOUNT'],
    ['my card is 4111111111111111 if you need it', '4111111111111111', 'ACCOUNT'],
    ['her account no. is 4417.220.981', '4417.220.981', 'ACCOUNT'],
    ['my nhs number is 485 777 3456', '485 777 3456', 'HEALTH_PLAN'],
    ['his medicare card number is 1EG4-TE5-MK73', '1EG4-TE5-MK73', 'HEALTH_PLAN'],
    ['my optum id is 90012345', '90012345', 'HEALTH_PLAN'],
    ['my mbi is 1EG4TE5MK73', '1EG4TE5MK73', 'HEALTH_PLAN'],
    ['the serial on his cpap is 22134567890', '22134567890', 'DEVICE'],
    ['the serial number of her insulin pump is PU1234567', 'PU1234567', 'DEVICE'],
    ['my dexcom transmitter id is 8G1234', '8G1234', 'DEVICE'],
    ['her resmed serial is 23161234567', '23161234567', 'DEVICE'],
    ['his mac address is 00:1A:2B:3C:4D:5E', '00:1A:2B:3C:4D:5E', 'DEVICE'],
    ['the pump shows 00-1A-2B-3C-4D-5E as its address', '00-1A-2B-3C-4D-5E', 'DEVICE'],
    ['the number on her hospital bracelet is 448102', '448102', 'MRN'],
    ['her wristband # is 448102', '448102', 'MRN'],
    ['m.r.n. 00482913', '00482913', 'MRN'],
    ['mrn 004.829.13', '004.829.13', 'MRN'],
    ['his admission number is A-448102', 'A-448102', 'MRN'],
  ]);
  negatives([
    'I got my certificate in 2019 finally',
    'my license expired 3 months ago',
    'my card got declined twice at 7pm',
    'I walked 4111 steps today, 1111 more than yesterday',
    'my nhs appointment is in 3 weeks',
    'medicare covers 80 percent of it',
    'the cpap is loud, I sleep 6 hours with it',
    'her bracelet was from 2019',
    'it was 12:30:45 when he called',
    'my admission was 3 years ago',
    'the serial killer doc on netflix gave me nightmares',
    'her pump broke after 2 years',
  ]);
});

describe('obfuscated identifiers: digits as words or one by one, spelled email parts', () => {
  positives([
    ['my MRN is zero zero four eight two nine one three', 'zero zero four eight two nine one three', 'MRN'],
    ['her mrn is 0 0 4 8 2 9 1 3', '0 0 4 8 2 9 1 3', 'MRN'],
    ['my social is nine zero zero five five one eight four two', 'nine zero zero five five one eight four two', 'SSN'],
    ['ssn: 9 0 0 - 5 5 - 1 8 4 2', '9 0 0 - 5 5 - 1 8 4 2', 'SSN'],
    ['my member id is X J H 4 0 0 1 2 8 8 3 3', 'X J H 4 0 0 1 2 8 8 3 3', 'HEALTH_PLAN'],
    ['her account number is four four one seven two two zero nine', 'four four one seven two two zero nine', 'ACCOUNT'],
    ['kim@gmail dot com', 'kim@gmail dot com', 'EMAIL'],
    ['reach her at jenna dot morales at outlook dot com', 'jenna dot morales at outlook dot com', 'EMAIL'],
    ['email me, kim.lee at gmail', 'kim.lee at gmail', 'EMAIL'],
    ['the ip was 192 dot 168 dot 1 dot 20', '192 dot 168 dot 1 dot 20', 'IP'],
    ['donate at gofundme dot com slash help-sam-recover', 'gofundme dot com slash help-sam-recover', 'URL'],
  ]);
  negatives([
    'my account is one of the few things I still check',
    'I counted one two three four five and breathed',
    'she works at google now',
    'I was at yahoo for ten years',
    'my email at work is down again',
    'the dot com bubble burst in 2000',
    'the case is two three years old',
    'my policy is one strike and you are out',
    'my account recovery: 1, 2, 3, 4, 5 steps and done',
    'her account number is one two three four five six seven eight, she joked',
  ]);
});

describe('more prose: events named after the date or further back, third parties by workplace, spelled emails', () => {
  positives([
    ['she goes in on the 14th for her c-section', '14th', 'DATE'],
    ['he got out of rehab on may 5th', 'may 5th', 'DATE'],
    ['she got released from the hospital on the 9th', '9th', 'DATE'],
    ['my brother was hospitalized from march 3 to march 10', 'march 10', 'DATE'],
    ['my mom was admitted Monday, March 3rd', 'Monday, March 3rd', 'DATE'],
    ['her memorial is saturday the 8th', 'saturday the 8th', 'DATE'],
    ['she turns 40 on the 12th', '12th', 'DATE'],
    ['the truck had plates that said 7ABC123', '7ABC123', 'VEHICLE'],
    ['her license plate reads "5KLM990"', '5KLM990', 'VEHICLE'],
    ['my email is kim dot lee at gmail', 'kim dot lee at gmail', 'EMAIL'],
    ['jenna underscore morales at yahoo dot com', 'jenna underscore morales at yahoo dot com', 'EMAIL'],
    ['reach me: kim.lee[at]proton[.]me', 'kim.lee[at]proton[.]me', 'EMAIL'],
    ['mrn: 0048 2913', '0048 2913', 'MRN'],
    ['my zip is nine seven two one four', 'nine seven two one four', 'ZIP'],
  ]);
  negatives([
    'may 5 of us come to the next meeting?',
    'on the 5th floor of the hospital the food is awful',
    'the zip on my bag broke, one of many things today',
    'my zip code is one of the few things I remember',
    'I sent kim a message at work',
    'she is at yahoo answers all day',
  ]);
  it.each<[string, string]>([
    ['Dana from accounting has stage 2 breast cancer', 'breast cancer'],
    ['my ex-husband Mark is an alcoholic', 'alcoholic'],
    ['my friend Jess tried to kill herself last week', 'tried to kill herself'],
    ['my roommate Alex self harms', 'self harms'],
    ['my best friend Kayla has been cutting again', 'cutting again'],
    ['Jess, my sister, is in rehab again', 'rehab'],
  ])('GIVEN %j WHEN judged THEN a HEALTH_INFO span holds %j', (text, term) => {
    expect(healthOf(text).some((v) => v.includes(term))).toBe(true);
  });
  it.each([
    'Teachers from school have depression too, it\'s common',
    'Students from college have anxiety all the time',
    'Kids from school have asthma',
    'Stress from work has her on edge',
    'I was cutting again last year but I am ok now',
  ])('GIVEN a group or the writer %j WHEN judged THEN no HEALTH_INFO span', (text) => {
    expect(healthOf(text)).toEqual([]);
  });
});

describe('the new patterns stay linear', () => {
  const bait: Array<[string, string]> = [
    ['spelled ids', 'mrn is zero one two three four five six seven eight nine '],
    ['spelled runs', 'member id 1 2 3 4 5 6 7 8 9 0 A B C '],
    ['plates', 'plate is 7 A B C plate on his truck was '],
    ['spelled days', 'born on the fourteenth of june the first of march the second '],
    ['relations', 'Dana, my coworker, was my coworker dana has my friend jess is '],
    ['spelled emails', 'her at jenna dot morales at kim dot lee at '],
    ['mail providers', 'kim dot lee dot sam dot jo at gmail '],
    ['spelled links', 'gofundme dot com slash a slash b dot com slash '],
    ['spelled ips', '1 dot 2 dot 3 dot 4 dot 5 dot 6 '],
    ['at and dot', 'a@b dot c@d dot '],
    ['mac addresses', '00:1a:2b:3c:4d: mac '],
    ['ibans', 'GB29 NWBK 6016 1331 9268 IBAN '],
    ['card runs', '4111111111111111 card '],
    ['drug stems', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaapine Jenna Morales '],
    ['doses', '200mg of 300mg of 400 mg of Jenna Morales has '],
    ['spelled zips', 'zip is one two three four zip '],
  ];
  it.each(bait)('GIVEN 100 kB of %s bait WHEN judged THEN it finishes quickly (generous bound against super-linear blow-up)', (_kind, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const started = performance.now();
    phiOf(text);
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

describe('precision: the member\'s own details, balances, adverbs after a relation', () => {
  negatives([
    'I was diagnosed in March',
    'my therapist is great',
    'sertraline 50mg, day 3',
    'we were in room 12 tonight',
    'I have 3 kids under 10',
    "I'm 34 and tired",
    'see you at 7:30, bring $5 for pizza',
    'it has been 2 years since 2022 ended',
    'my account says 1200 dollars overdue',
    'my account said 3000 and I panicked',
    'my policy 2019 2020 was a mess',
    'my insurance card says 80 percent coverage',
  ]);
  it.each([
    'my mom nowadays has dementia meds',
    'my sister somehow has bipolar and adhd',
    'my friend lowkey has anxiety too',
  ])('GIVEN a relation and an adverb %j WHEN judged THEN no HEALTH_INFO span', (text) => {
    expect(healthOf(text)).toEqual([]);
  });
});

describe('member ids of a transcript are mentions, not handles, even before the member has spoken', () => {
  const opening = phiCases([]);
  opening.negatives([
    '@u2 you called me unstable in front of the whole study group',
    'can i say something about last night? @u12 screamed at me in VC',
  ]);
  opening.positives([
    ['add me @sam.recovers if you want to talk', '@sam.recovers', 'HANDLE'],
    ['my old account was @u2fan_99', '@u2fan_99', 'HANDLE'],
  ]);
});

describe('lower-case names: naming a thing, quantifiers and sentence openers are not people', () => {
  negatives([
    "everybody's exhausted these days, it's called modern life",
    "what he's doing is called financial abuse and it's not ok",
    'my mom compares me to my cousin every single call',
    'I asked her not to bring her boyfriend round every night',
    "Congratulations. Although I'll say, that wasn't the whole picture.",
  ]);
  positives([
    ['she called jenna morales from the hospital', 'jenna morales', 'NAME'],
    ['my friend dana reyes has been amazing', 'dana reyes', 'NAME'],
  ]);
});
