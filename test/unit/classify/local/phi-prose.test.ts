import { describe, expect, it } from 'vitest';
import { phiCases } from './phi-cases.ts';

/**
 * Identifiers written in prose rather than behind a label (LABELING.md `phi`): "she was admitted on the
 * 14th", "his plate is 8XYZ123", "my member id for blue cross is...", "find her on tiktok, it's jess.heals",
 * "Mark from group is back on suboxone". Choices the guide leaves open, made once and kept:
 * - a bare year ("born in '89", "since 2019") is not a Safe Harbor date; a day or month tied to a person's
 *   event (birth, admission, discharge, surgery, death, sobriety) is;
 * - partial numbers ("account ending in 4417", "VIN ends 4521", "last four of my social") identify no one
 *   on their own and are not spans, for every identifier type;
 * - a single first name is not a NAME span, but it identifies the person a health detail is about when it is
 *   tied to the group or to a relation ("Mark from group", "my coworker dana"), so the detail is HEALTH_INFO.
 */
const context = [
  { id: 'c0', authorId: 'u1', text: 'how is everyone doing this week?', sentAt: 0 },
  { id: 'c1', authorId: 'u3', text: 'rough one here, but hanging in', sentAt: 1 },
];
const { phiOf, positives, negatives } = phiCases(context);

describe('DATE of a person\'s event, in prose', () => {
  positives([
    ['she was admitted on the 14th', '14th', 'DATE'],
    ["his birthday's march 3rd", 'march 3rd', 'DATE'],
    ['they discharged him 3/2', '3/2', 'DATE'],
    ['her surgery is next tuesday the 9th', 'tuesday the 9th', 'DATE'],
    ['DOB is 4 jan 1990', '4 jan 1990', 'DATE'],
    ['sober since 02.11.2019', '02.11.2019', 'DATE'],
    ['he was born in march 1989', 'march 1989', 'DATE'],
    ['mom passed on the 3rd, still numb', '3rd', 'DATE'],
    ['her bday is the 22nd of june', '22nd of june', 'DATE'],
    ['he got admitted feb 14 and is still there', 'feb 14', 'DATE'],
    ['my due date is june 12th', 'june 12th', 'DATE'],
    ['she died 2/14 last year', '2/14', 'DATE'],
    ['date of birth is 14th feb 1990', '14th feb 1990', 'DATE'],
    ['he was born on 12.3.1990 in ohio', '12.3.1990', 'DATE'],
    ['she got out of the ward on the 2nd of may', '2nd of may', 'DATE'],
    ['he was admitted on 14 Feb', '14 Feb', 'DATE'],
  ]);
  negatives([
    "she was born in '89",
    'he was born in 1989',
    'I have been sober since 2019',
    'his room is on the 2nd floor',
    'for the 100th time, I am fine',
    "it's my 30th birthday next week",
    'I am on step 4, the 5th step is next',
    'I came 2nd in the race, first time in years',
    'on the 1st day of the program I cried',
    'in the 20th century nobody talked about this',
    'the 3rd session was the hardest',
    'see you on monday the group starts at 7',
  ]);
});

describe('VEHICLE plates and VINs in prose', () => {
  positives([
    ['his plate is 8XYZ123', '8XYZ123', 'VEHICLE'],
    ['license plate 7-ABC-123', '7-ABC-123', 'VEHICLE'],
    ['a grey civic, plate KJH 4421', 'KJH 4421', 'VEHICLE'],
    ['her plates are 5KLM990 if anyone sees the car', '5KLM990', 'VEHICLE'],
    ['the plate number was ABC 1234', 'ABC 1234', 'VEHICLE'],
    ['his tags are 4GHJ882, blue truck', '4GHJ882', 'VEHICLE'],
    ['the vin is 1HGCM82633A004352', '1HGCM82633A004352', 'VEHICLE'],
    ['number plate LK19 ABC on a black audi', 'LK19 ABC', 'VEHICLE'],
    ['his car reg is AB12 CDE', 'AB12 CDE', 'VEHICLE'],
  ]);
  negatives([
    'the VIN ends 4521',
    'the vin ending in 4521 is all I saw',
    'I ate a plate of 1200 calories and felt sick',
    'my plate is full this week with 3 kids',
    'registration for group closes on friday, 20 spots',
    'my car is a 2012 civic, 180000 miles on it',
  ]);
});

describe('LICENSE, ACCOUNT, HEALTH_PLAN and MRN numbers introduced in prose', () => {
  positives([
    ['her license number is D1234-5678', 'D1234-5678', 'LICENSE'],
    ["his driver's license is N123456789", 'N123456789', 'LICENSE'],
    ['my licence no. is SMITH904127JD9', 'SMITH904127JD9', 'LICENSE'],
    ['her nursing license number with the state is RN882193', 'RN882193', 'LICENSE'],
    ['my member id for blue cross is XJH400128833', 'XJH400128833', 'HEALTH_PLAN'],
    ['my blue cross id is XJH400128833', 'XJH400128833', 'HEALTH_PLAN'],
    ['her aetna number is W123456789', 'W123456789', 'HEALTH_PLAN'],
    ['my insurance card says W998877665', 'W998877665', 'HEALTH_PLAN'],
    ['his policy # with cigna is 88123-001', '88123-001', 'HEALTH_PLAN'],
    ['my bank account is 000123456789', '000123456789', 'ACCOUNT'],
    ['the account number at chase is 4417220981', '4417220981', 'ACCOUNT'],
    ['her patient number at st lukes is 448102', '448102', 'MRN'],
    ['his hospital number is H-448102', 'H-448102', 'MRN'],
    ['her medical record number at mercy is A1234567', 'A1234567', 'MRN'],
  ]);
  negatives([
    'the account ending in 4417 got charged twice',
    'my debit card ending 4417 was declined',
    'the last four of my social are 1842',
    'last 4 digits of my account are 9981',
    'she lost her license in 2019',
    'I have had my license for 12 years',
    'my insurance covers 80 percent after the deductible',
    'blue cross denied it again, 3 times now',
    'my account was locked for 24 hours',
    'the hospital is 20 minutes away',
  ]);
});

describe('PHONE variants', () => {
  positives([
    ['my # is 415 555 0137', '415 555 0137', 'PHONE'],
    ['my numbers 4155550137', '4155550137', 'PHONE'],
    ['ph#: 415-555-0137', '415-555-0137', 'PHONE'],
    ['call 415\u2013555\u20130137 tonight', '415\u2013555\u20130137', 'PHONE'],
    ['her number is 415/555/0137', '415/555/0137', 'PHONE'],
    ['text me on 0412 345 678', '0412 345 678', 'PHONE'],
    ['my digits are 4155550137', '4155550137', 'PHONE'],
    ['the house phone is 555 0137', '555 0137', 'PHONE'],
    ['her cell is 415 555 01 37', '415 555 01 37', 'PHONE'],
  ]);
  negatives([
    'call 988 or text 741741 if you need to',
    'dial 911 if he comes back',
    'I take 100 mg at 8 and 50 mg at 2',
    'my score was 27/40 on the phq, then 14/27',
    'it was 2019/2020 when things fell apart',
    'I had 3/4 of a bottle of wine, 12/10 do not recommend',
  ]);
});

describe('HANDLE in prose', () => {
  positives([
    ["find her on tiktok, it's jess.heals", 'jess.heals', 'HANDLE'],
    ['find her on tiktok, it\u2019s jess.heals', 'jess.heals', 'HANDLE'],
    ['my insta is moonchild_22', 'moonchild_22', 'HANDLE'],
    ["his snap's kyle_b22", 'kyle_b22', 'HANDLE'],
    ['add me on snap, kyle_b22', 'kyle_b22', 'HANDLE'],
    ['I am on insta as moonchild_22', 'moonchild_22', 'HANDLE'],
    ['look up jess.heals on tiktok', 'jess.heals', 'HANDLE'],
    ['my cash app is $jessr22', '$jessr22', 'HANDLE'],
    ['her tinder is dana.r.91', 'dana.r.91', 'HANDLE'],
  ]);
  negatives([
    'thanks u3, that helped',
    'I agree with @u3 and u1 here',
    'my insta is private now',
    'I deleted tiktok, it is 2am brain poison',
    'I am on insta way too much, like 5 hours',
    'tiktok is where I found this group',
  ]);
});

describe('NAME of a third party in lower case', () => {
  positives([
    ['my friend dana reyes has been struggling', 'dana reyes', 'NAME'],
    ['her name is jenna morales and she is in my group', 'jenna morales', 'NAME'],
    ['I talked to mark chen about it yesterday', 'mark chen', 'NAME'],
    ['my coworker dana reyes has stage 3 breast cancer', 'dana reyes', 'NAME'],
  ]);
  negatives([
    'my friend and i went for a walk',
    'my friend from work said the same',
    'I talked to my mom about it',
    'her name is on the list for the program',
    'my friend really helped me today',
    'talked to someone at the front desk',
  ]);
});

describe('HEALTH_INFO tied to an identifiable third party', () => {
  const healthOf = (text: string) => phiOf(text).filter(([, t]) => t === 'HEALTH_INFO').map(([v]) => v);
  it.each<[string, string]>([
    ['Mark from group is back on suboxone', 'suboxone'],
    ['my coworker Dana Reyes has stage 3 breast cancer', 'breast cancer'],
    ['my coworker dana reyes has stage 3 breast cancer', 'breast cancer'],
    ['Jess from the tuesday group relapsed last week', 'relapsed'],
    ['my sister Jess has bipolar and stopped her meds', 'bipolar'],
    ['Priya from group is in the hospital again', 'in the hospital'],
    ['dana from my group is on methadone now', 'methadone'],
    ['my neighbor Tom Hale is in the ICU after a stroke', 'stroke'],
    ['Mark Chen tested positive for hiv', 'hiv'],
    ['Ana Ruiz has schizophrenia and hears voices', 'schizophrenia'],
  ])('GIVEN %j WHEN judged THEN a HEALTH_INFO span holds %j', (text, term) => {
    expect(healthOf(text).some((v) => v.includes(term))).toBe(true);
  });
  it.each([
    'my sister has bipolar',
    'my mom is on suboxone and doing better',
    'someone in group said they are back on methadone',
    'I am back on suboxone since my relapse',
    'Mark from group said I should try therapy again',
    'my friend told me my anxiety is obvious',
    'he has cancer and I do not know what to say',
    'my sister struggles with depression too',
    'stress at work has me back in therapy',
    'everyone from group has been so kind about my relapse',
  ])('GIVEN a relation or the writer alone %j WHEN judged THEN no HEALTH_INFO span', (text) => {
    expect(healthOf(text)).toEqual([]);
  });
});

describe('precision: members, hotlines, doses, times, counts, scores and years', () => {
  negatives([
    'thanks u3 and @u1, see you thursday',
    'call 988 any time, they helped me',
    'text HOME to 741741',
    'I take 150mg of sertraline at 9am',
    'slept from 11 to 4, up at 4:30',
    'my phq9 went from 21 to 9 in 6 months',
    'I was diagnosed in 2015 and again in 2019',
    'I have been clean 437 days today',
    'my therapist changed my dose to 75 mg',
    'I was admitted to the psych ward last year',
    'I relapsed on the 14th time I tried to quit',
  ]);
});
