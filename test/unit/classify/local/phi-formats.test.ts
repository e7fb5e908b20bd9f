import { describe, expect, it } from 'vitest';
import { phiCases } from './phi-cases.ts';

/**
 * How people actually write identifiers in chat (LABELING.md `phi`): every format a span type comes in,
 * and the look-alikes that must stay unflagged (hotlines, doses, times, scores, the member's own health).
 */
const context = [
  { id: 'c0', authorId: 'u1', text: 'anyone have tips for the insurance appeal?', sentAt: 0 },
  { id: 'c1', authorId: 'u3', text: 'same here, it has been a long week', sentAt: 1 },
];
const { phiOf, positives, negatives } = phiCases(context);

describe('PHONE in the formats people type', () => {
  positives([
    ['call me at 415-555-0137', '415-555-0137', 'PHONE'],
    ['call 415 555 0137 tonight', '415 555 0137', 'PHONE'],
    ['my cell is 415.555.0137', '415.555.0137', 'PHONE'],
    ['text me at (415)555-0137', '(415)555-0137', 'PHONE'],
    ['reach me on +1 415 555 0137', '+1 415 555 0137', 'PHONE'],
    ['it is +1-415-555-0137', '+1-415-555-0137', 'PHONE'],
    ['number: +14155550137', '+14155550137', 'PHONE'],
    ['1-415-555-0137 is the house line', '1-415-555-0137', 'PHONE'],
    ['1 (415) 555-0137 anytime', '1 (415) 555-0137', 'PHONE'],
    ['call my cell 4155550137', '4155550137', 'PHONE'],
    ['her office is 415-555-0137 ext. 204', '415-555-0137 ext. 204', 'PHONE'],
    ['the desk is 415-555-0137 x204', '415-555-0137 x204', 'PHONE'],
    ['in the uk ring 07700 900123', '07700 900123', 'PHONE'],
    ['whatsapp +44 7700 900123', '+44 7700 900123', 'PHONE'],
    ['my german number +49 30 901820', '+49 30 901820', 'PHONE'],
    ['fax it to 312-555-0100', '312-555-0100', 'PHONE'],
    ['text 555-0148 after six', '555-0148', 'PHONE'],
    ['call four one five five five five zero one three seven', 'four one five five five five zero one three seven', 'PHONE'],
    ['it is four one five, five five five, zero one three seven', 'four one five, five five five, zero one three seven', 'PHONE'],
    ['four one five 555 0137 is my cell', 'four one five 555 0137', 'PHONE'],
    ['my number is five five five oh one three seven', 'five five five oh one three seven', 'PHONE'],
    ['text 4 1 5 5 5 5 0 1 3 7', '4 1 5 5 5 5 0 1 3 7', 'PHONE'],
  ]);
  negatives([
    'please call 988 if it gets bad tonight',
    'if he hurts you call 911',
    'poison control is 1-800-222-1222, call them',
    'the crisis text line is 741741',
    'the national dv hotline 1-800-799-7233 helped me',
    'I take 20mg of fluoxetine and 150 mg of bupropion',
    'up at 2am again, slept 3 hours',
    'pain is 10/10 today, yesterday 7/10',
    'it has been 3 weeks and 4 days',
    'we raised $1,250,000 for the clinic',
    'my step count was 12000 today, 8000 yesterday',
    'I was there from 2015 - 2019 and again 2021',
    'my blood pressure was 120/80 at the checkup',
    'I take one pill in the morning and two at night',
    'one two three, breathe in, four five six, breathe out',
  ]);
});

describe('EMAIL, plain and obfuscated', () => {
  positives([
    ['email me at kim.lee@example.org', 'kim.lee@example.org', 'EMAIL'],
    ['KIM.LEE@Example.ORG works', 'KIM.LEE@Example.ORG', 'EMAIL'],
    ['sam_r+group@mail.example.co.uk', 'sam_r+group@mail.example.co.uk', 'EMAIL'],
    ['write to kim dot lee at example dot org please', 'kim dot lee at example dot org', 'EMAIL'],
    ['kim [at] example [dot] com', 'kim [at] example [dot] com', 'EMAIL'],
    ['mail kim(at)example(dot)com', 'kim(at)example(dot)com', 'EMAIL'],
    ['reach me at samr at gmail dot com', 'samr at gmail dot com', 'EMAIL'],
    ['sam.recovers at gmail.com', 'sam.recovers at gmail.com', 'EMAIL'],
    ['KIM AT EXAMPLE DOT ORG', 'KIM AT EXAMPLE DOT ORG', 'EMAIL'],
    ['my email is jlee {at} uni {dot} edu', 'jlee {at} uni {dot} edu', 'EMAIL'],
  ]);
  negatives([
    'I was at home dot dot dot thinking',
    'see you at group tonight',
    'I looked at the website but it was confusing',
    'she was at work, not at home',
  ]);
});

describe('DATE tied to a person', () => {
  positives([
    ['DOB 03/14/1989', '03/14/1989', 'DATE'],
    ['dob: 3-14-89', '3-14-89', 'DATE'],
    ['born 1989-03-14 in ohio', '1989-03-14', 'DATE'],
    ['D.O.B. 14.03.1989', '14.03.1989', 'DATE'],
    ['date of birth: Jan. 5, 1982', 'Jan. 5, 1982', 'DATE'],
    ['she was born on March 3, 1990', 'March 3, 1990', 'DATE'],
    ['he was born march 3rd 1990', 'march 3rd 1990', 'DATE'],
    ['my birthday is 14 march', '14 march', 'DATE'],
    ['I was admitted on 3/2 and discharged 3/9', '3/2', 'DATE'],
    ['I was admitted on 3/2 and discharged 3/9', '3/9', 'DATE'],
    ['she got discharged march 3rd', 'march 3rd', 'DATE'],
    ['my appointment is on April 12th at the clinic', 'April 12th', 'DATE'],
    ['his surgery is scheduled for 4/22', '4/22', 'DATE'],
    ['mom died on the 3rd of march 2021', '3rd of march 2021', 'DATE'],
    ['intake appt 2024-05-06', '2024-05-06', 'DATE'],
    ['she was admitted Sept 9', 'Sept 9', 'DATE'],
  ]);
  negatives([
    'in May I started to feel better',
    'see you on monday, take care',
    'it happened 3 weeks ago, last year was worse',
    'I take 1/2 a pill now',
    'we have group 24/7 in the chat',
    'March was a hard month for me',
    'it is a 50/50 chance the meds help',
    'I have been sober since 2019',
  ]);
});

describe('ADDRESS and ZIP', () => {
  positives([
    ["I'm at 12 Elm St apt 4", '12 Elm St apt 4', 'ADDRESS'],
    ['she lives at 14 rosewood lane', '14 rosewood lane', 'ADDRESS'],
    ['450 north maple avenue unit 3B is the place', '450 north maple avenue unit 3B', 'ADDRESS'],
    ['3500 Deer Creek Rd Suite 200', '3500 Deer Creek Rd Suite 200', 'ADDRESS'],
    ['221B Baker Street, London', '221B Baker Street, London', 'ADDRESS'],
    ['send it to PO Box 1234', 'PO Box 1234', 'ADDRESS'],
    ['mail goes to P.O. Box 77', 'P.O. Box 77', 'ADDRESS'],
    ['we moved to 88 Harbor View Drive last week', '88 Harbor View Drive', 'ADDRESS'],
    ['123 Main Street, Springfield, IL 62704', '62704', 'ZIP'],
    ['my zip code is 97214', '97214', 'ZIP'],
    ['zip 60614-2201 if that helps', '60614-2201', 'ZIP'],
    ['Portland, OR 97214', '97214', 'ZIP'],
  ]);
  negatives([
    'it is a 10 min drive from my place',
    'a 5 hour drive each way',
    'I have 2 dogs and way too many plants',
    'the 3 main points of the session',
    'I walked 5 blocks to the store',
    'took 2 advil and went to bed',
    'in 10000 years nobody will care',
  ]);
});

describe('numbered identifiers by label', () => {
  positives([
    ['my SSN is 900-55-1842', '900-55-1842', 'SSN'],
    ['ssn 900 55 1842', '900 55 1842', 'SSN'],
    ['social security number is 900551842', '900551842', 'SSN'],
    ['MRN 00482913', '00482913', 'MRN'],
    ['medical record number: A1234567', 'A1234567', 'MRN'],
    ['patient # 448102', '448102', 'MRN'],
    ['her chart number is 77-1029', '77-1029', 'MRN'],
    ['MR# 123456 at st lukes', '123456', 'MRN'],
    ['member ID XJH400128833', 'XJH400128833', 'HEALTH_PLAN'],
    ['policy number PLC-99812', 'PLC-99812', 'HEALTH_PLAN'],
    ['insurance ID W123456789', 'W123456789', 'HEALTH_PLAN'],
    ['subscriber id 99881234', '99881234', 'HEALTH_PLAN'],
    ['medicaid id is 12345678A', '12345678A', 'HEALTH_PLAN'],
    ['account 4417-220-981 at the pharmacy', '4417-220-981', 'ACCOUNT'],
    ['card number 4111 1111 1111 1111', '4111 1111 1111 1111', 'ACCOUNT'],
    ['my visa 4111-1111-1111-1111 got charged', '4111-1111-1111-1111', 'ACCOUNT'],
    ['routing number 021000021', '021000021', 'ACCOUNT'],
    ["driver's license # D4471-02291-88", 'D4471-02291-88', 'LICENSE'],
    ['DL: S530-4512-8891', 'S530-4512-8891', 'LICENSE'],
    ['his DEA number is AB1234563', 'AB1234563', 'LICENSE'],
    ['NPI 1234567893', '1234567893', 'LICENSE'],
    ['her nursing license RN882193', 'RN882193', 'LICENSE'],
    ['plate 7ABC123', '7ABC123', 'VEHICLE'],
    ['license plate ABC-1234 on a grey honda', 'ABC-1234', 'VEHICLE'],
    ['VIN 1HGCM82633A004352', '1HGCM82633A004352', 'VEHICLE'],
    ['the car was 1HGCM82633A004352 per the report', '1HGCM82633A004352', 'VEHICLE'],
    ['the device serial is SCS-4471-88013-B', 'SCS-4471-88013-B', 'DEVICE'],
    ['pacemaker serial number PJN123456H', 'PJN123456H', 'DEVICE'],
    ['my insulin pump SN: 12345678', '12345678', 'DEVICE'],
    ['cgm serial is 4T3XK9QZ', '4T3XK9QZ', 'DEVICE'],
    ['IMEI 490154203237518', '490154203237518', 'DEVICE'],
    ['s/n 1234ABCD on the back', '1234ABCD', 'DEVICE'],
  ]);
  negatives([
    'my insurance is garbage, the policy changed again',
    'the social worker was kind',
    'group was good tonight, 12 of us came',
    'my account got hacked last year',
  ]);
});

describe('URL, IP and HANDLE', () => {
  positives([
    ['my blog is https://example.com/blog/kim', 'https://example.com/blog/kim', 'URL'],
    ['see www.example.org/kim for it', 'www.example.org/kim', 'URL'],
    ['gofundme.com/f/help-sam-recover', 'gofundme.com/f/help-sam-recover', 'URL'],
    ['the login came from 198.51.100.23', '198.51.100.23', 'IP'],
    ['ipv6 2001:db8::1 showed up', '2001:db8::1', 'IP'],
    ['add me @sam.recovers', '@sam.recovers', 'HANDLE'],
    ['find me on tiktok @kimmy', '@kimmy', 'HANDLE'],
    ['add me sam.recovers on insta', 'sam.recovers', 'HANDLE'],
    ['my ig is sam_recovers', 'sam_recovers', 'HANDLE'],
    ['follow her on instagram, it is jenna.moves', 'jenna.moves', 'HANDLE'],
    ['twitter: @kim_lee', '@kim_lee', 'HANDLE'],
    ['x: @kimlee88', '@kimlee88', 'HANDLE'],
  ]);
  negatives([
    'thanks @u3, that helps',
    '@everyone group starts at 7',
    'I am on instagram way too much',
    'my ig is private now',
    'version 1.2.3 of the app is buggy',
  ]);
});

describe('NAME and HEALTH_INFO of third parties', () => {
  positives([
    ['Jenna Morales from the Tuesday group told me she is on lithium', 'Jenna Morales', 'NAME'],
    ['Dr. Okafor said I should wait', 'Okafor', 'NAME'],
    ['my sister Maria Lopez is struggling', 'Maria Lopez', 'NAME'],
    ['Tomás Reyes was admitted last night', 'Tomás Reyes', 'NAME'],
    ['talked to Sean O\'Brien about it', "Sean O'Brien", 'NAME'],
  ]);
  it('GIVEN a named third party and their diagnosis WHEN judged THEN the detail is HEALTH_INFO', () => {
    const spans = phiOf('Sam Whitaker has stage 3 cancer and started chemo');
    expect(spans).toContainEqual(['Sam Whitaker', 'NAME']);
    expect(spans.some(([v, t]) => t === 'HEALTH_INFO' && v.includes('cancer'))).toBe(true);
  });
  it('GIVEN a doctor title and a patient detail WHEN judged THEN both are found', () => {
    const spans = phiOf('Dr. Patel told me Mark Chen is on lithium now');
    expect(spans).toContainEqual(['Mark Chen', 'NAME']);
    expect(spans.some(([v, t]) => t === 'HEALTH_INFO' && v.includes('lithium'))).toBe(true);
  });
  negatives([
    'I was diagnosed with bipolar II last year',
    'sertraline made me dizzy for the first two weeks',
    'my depression has been worse this week, my meds feel useless',
    'Happy New Year everyone, stay safe',
    'Alcoholics Anonymous helped me a lot',
    'I learned about Post Traumatic Stress in therapy',
    'Dialectical Behavior Therapy changed my life',
    'we talked about it in group. Honestly it helped',
  ]);
});

describe('HEALTH_INFO tied to an otherwise identifiable third party', () => {
  const healthOf = (text: string) => phiOf(text).filter(([, t]) => t === 'HEALTH_INFO').map(([v]) => v);
  it.each<[string, string]>([
    ['my neighbor at 14 rosewood lane has dementia', 'dementia'],
    ['her number is 415-555-0137, she is in rehab for heroin', 'rehab'],
    ['@dana.k on insta, she has bipolar and stopped her meds', 'bipolar'],
  ])('GIVEN %j WHEN judged THEN a HEALTH_INFO span holds %j', (text, term) => {
    expect(healthOf(text).some((v) => v.includes(term))).toBe(true);
  });
  it.each([
    'call me at 415-555-0137, my depression is bad this week',
    'Dr. Okafor diagnosed me with bipolar last spring',
    'Jenna Morales said I should ask about lithium for my bipolar',
  ])('GIVEN the writer\'s own health next to an identifier %j WHEN judged THEN no HEALTH_INFO span', (text) => {
    expect(healthOf(text)).toEqual([]);
  });
});
