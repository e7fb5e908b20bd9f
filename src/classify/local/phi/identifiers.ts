import type { PhiType } from '../../../core/categories.ts';
import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import type { MessageView } from '../text/message-view.ts';
import { DIGIT_WORD_VALUES, hasSpelledDigitPair } from './phone.ts';
import { execAll, push, span, SpanIndex, type PhiRecognizer } from './recognizer.ts';

/**
 * Keyword-anchored identifiers: a label ("MRN", "member ID", "plate") followed within a few words by an
 * id-shaped token (digits, or letters and digits, 4+ characters). The label decides the type, so an id is
 * never typed by its shape alone.
 */
/** Insurers people name instead of saying "insurance": "my blue cross id is...", "her aetna number". */
const PAYER = String.raw`(?:blue ?cross(?: blue ?shield)?|blue ?shield|bcbs|aetna|cigna|united ?healthcare|uhc|optum|kaiser(?: permanente)?|humana|anthem|tricare|molina|ambetter|oscar|wellcare|caresource|highmark|carefirst|premera|regence|geisinger|emblem(?: ?health)?|fidelis|healthfirst|amerigroup|centene|medi-?cal|ohip|nhs|chip|insurance)`;
const LABELS: Array<{ type: PhiType; re: string }> = [
  // national ids of other countries, the same kind of number: PESEL, SIN, NI number, PPSN, Aadhaar, CURP, DNI, BSN, personnummer, TFN
  { type: 'SSN', re: String.raw`ssn|social security(?: number| no\.?| #)?|social|pesel|sin (?:number|no\.?|#)|social insurance(?: number| no\.?| #)?|national insurance(?: number| no\.?| #)?|ni (?:number|no\.?)|nino|ppsn|pps (?:number|no\.?)|aadhaa?r(?: number| no\.?| #)?|curp|dni|bsn|personnummer|tax file number|tfn|national id(?: number| no\.?| #)?` },
  { type: 'MRN', re: String.raw`rx ?(?:number|no\.?|#)|rx(?= ?#?\d)|prescription (?:number|no\.?|#)|mrn|m\.r\.n\.?|mr ?#|mr (?:no\.?|number)|medical record(?: number| no\.?| #)?|patient (?:id|number|no\.?|#)|chart(?: number| no\.?| #| id)|process number(?: at the hospital)?|hospital (?:id|number|#)|record (?:number|no\.?|#)|encounter (?:id|number)|admission (?:id|number|no\.?|#)|accession (?:number|no\.?|#)|visit (?:id|number|#)|pt ?#|(?:hospital |patient |id )?(?:bracelet|wristband|arm ?band)(?: number| no\.?| #| id)?` },
  { type: 'HEALTH_PLAN', re: String.raw`${PAYER}(?: card)?(?: member)? (?:id|number|no\.?|#)|insurance card(?: says| reads| shows)?|member (?:id|number|no\.?|#)|medicare(?: card)?(?: number| id| #)?|medicaid(?: card)?(?: number| id| #)?|mbi|beneficiary (?:id|number)|health card(?: number| no\.?| #)?|insurance (?:id|number|no\.?|#)|policy(?: number| no\.?| #| id)?|subscriber (?:id|number)|group(?: number| no\.?| #)?|plan (?:id|number)|health plan(?: id| number)?|id:` },
  { type: 'ACCOUNT', re: String.raw`account(?: number| no\.?| #)?|acct\.?(?: number| no\.?| #)?|employee (?:id|number|#)|student (?:id|number|#)|case(?: number| no\.?| #| id)?|claim(?: number| no\.?| #| id)?|docket(?: number| no\.?| #)?|username|user name|login|routing(?: number)?|iban|card(?: number| #)|(?:credit|debit) card|visa|mastercard|amex|discover card|bank acct|bank account|(?:my|his|her|their|our|the) checking|checking account|savings account` },
  { type: 'LICENSE', re: String.raw`driver'?s? licen[cs]e(?: number| no\.?| #)?|licen[cs]e(?: number| no\.?| #)?|dl(?: number| #)?|npi(?: number| #)?|dea registration(?: number| no\.?| #)?|dea(?: number| #| no\.?)?|(?:nursing|medical|professional|practice|pharmacy|rn|lpn|md) licen[cs]e(?: number| no\.?| #)?|passport(?: number| no\.?| #)?|certificate (?:number|no\.?|#)|certification (?:number|no\.?|#)|permit (?:number|no\.?|#)` },
  { type: 'DEVICE', re: String.raw`device (?:id|serial|number)|serial(?: number| no\.?| #)?|sn|s/n|imei|meid|mac address|(?:pacemaker|implant|pump|cgm|sensor|transmitter|defibrillator|icd|receiver|hearing aid|cochlear implant|cpap|bipap|apap|ventilator|concentrator|nebulizer|dexcom|omnipod|medtronic|tandem|libre|resmed|inspire) (?:id|serial|sn|s/n|number|#)|udi` },
];
/** An id: two to five space-separated digit groups (card, SSN, "0048 2913"), dotted or dashed groups (004.829.13), or one run. */
const TOKEN = String.raw`(\d{3,4}(?: \d{2,4}){2,4}(?![a-z0-9])|\d{3,4} \d{3,4}(?![a-z0-9]| \d)|[a-z0-9]{1,6}(?:[.-][a-z0-9]{1,8}){1,5}(?![a-z0-9])|[a-z0-9](?:[a-z0-9-]{2,30}[a-z0-9])?|\d{3}-\d{2}-\d{4})`;
/**
 * Who issued the number, between label and value: "member id for blue cross is", "license number with the
 * state is", "patient number at st lukes is", "the serial on his cpap is", "the plate on his truck was". One to
 * three words, and only when a copula follows.
 */
const ISSUER = String.raw`(?:\s(?:for|with|at|from|through|under|in|on|of)\s(?:[a-z'&.-]{2,15}\s){1,3}(?=is\b|was\b|are\b|=|:|#))?`;
const GAP = String.raw`${ISSUER}(?:,?\s?(?:is|was|=|:|#|no\.?|numbers?|of|for|it's|its|are|here)?\s?(?:my|his|her|their|the|our)?\s?){0,3}["'\u201c\u2018]?`;
/** A plate is also read off the car: "plates that said 7ABC123", "the plate reads 5KLM990" ("my account says 1200" is a balance). */
const PLATE_GAP = String.raw`${ISSUER}(?:,?\s?(?:is|was|=|:|#|no\.?|numbers?|of|for|it's|its|are|here|that|reads?|reading|says|said|saying|literally|like|just|actually|still)?\s?(?:my|his|her|their|the|our)?\s?){0,3}["'\u201c\u2018]?`;
/**
 * Plates and VINs: "plate KJH 4421", "license plate 7-ABC-123", "his tags are 4GHJ882", "car reg is AB12 CDE",
 * "the vin is 1HGC...". The value is a run of up to three groups, checked in plateValue().
 */
const VEHICLE_LABELED = new RegExp(String.raw`\b(?:(?:licen[cs]e|number|car|registration|reg)\s)?(?:plates?|tags?|reg|registration|vin)(?:\s(?:number|no\.?|#))?(?![a-z0-9])${PLATE_GAP}([a-z0-9]{1,17}(?:[ -][a-z0-9]{1,8}){0,2})(?![a-z0-9])`, 'gi');
/** "the last four of my social are 1842", "account ending in 4417": a partial number identifies no one. */
const PARTIAL_BEFORE = /\b(?:last|final|first)\s(?:\d|two|three|four|five|six|few)\b[^.\n]{0,30}$|\bend(?:s|ed|ing)?(?:\s(?:in|with))?\s$/i;
const LABELED = LABELS.map(({ type, re }) => ({ type, re: new RegExp(String.raw`\b(?:${re})(?![a-z0-9])${GAP}${TOKEN}`, 'gi') }));
/** The value said first and its label after it: "88120476 is the MRN", "XJH884521937 is the member id". */
const VALUE_FIRST = LABELS.map(({ type, re }) => ({ type, re: new RegExp(String.raw`(?<![\w.-])([a-z0-9][a-z0-9-]{4,24})\s(?:is|was|=)\s(?:my|his|her|their|our|the)\s(?:${re})(?![a-z0-9])`, 'gi') }));
/** The words that must come with an unlabelled MAC address, IBAN or card run: gates after the labels' ones. */
const SHAPE_WORDS = [/mac|address|bluetooth|wifi|wi-fi|device|pump|implant|serial|hardware/, /iban|bank|account|acct|transfer|wire|swift|bic|sort code|pay/, /card|visa|master|amex|discover|credit|debit|pay|number/];
/**
 * Labels whose value may come a few words or a clause later: "my medical record number as 0093-4417-2", "my
 * health card number is wrong in the system. It is 9876-543-210-XY", "licence number on it, MORGA753116SM9IJ",
 * "the VIN from our old loan papers, 3TMCZ5AN4KM201847", "my social typed as 604 21 7735 instead of 604 21 7753".
 * Only id-shaped values are taken there (see validValue): letters and digits in groups, four digits or more.
 */
const FAR_LABELS: Array<{ type: PhiType; re: RegExp }> = [
  { type: 'SSN', re: /\b(?:ssn|ss#|social security(?: number| no\.?| #| card)?|(?:my|his|her|their|your|[a-z]{2,12}['\u2019]s) social(?!\s(?:worker|work|media|anxiety|life|skills|circle|battery|security (?:office|administration)|services|club|group|cues?|story|stories)))(?![a-z0-9])/gi },
  { type: 'MRN', re: /\b(?:mrn|medical record(?: number| no\.?| #)?|patient (?:id|number)|chart (?:number|id)|hospital (?:id|number)|record number|expediente)(?![a-z0-9])/gi },
  { type: 'HEALTH_PLAN', re: /\b(?:nhs (?:number|no\.?)|health ?card(?: number| no\.?| #)?|insurance (?:card|id|number)|member (?:id|number)|medicare (?:number|card|id)|medicaid (?:number|card|id)|policy number|subscriber (?:id|number)|health insurance number)(?![a-z0-9])/gi },
  { type: 'LICENSE', re: /\b(?:driver'?s?\s?licen[cs]e(?: number| no\.?| #)?|licen[cs]e (?:number|no\.?|#)|passport (?:number|no\.?|#))(?![a-z0-9])/gi },
  { type: 'VEHICLE', re: /\bvin(?: number| no\.?| #)?(?![a-z0-9])/gi },
  { type: 'DEVICE', re: /\b(?:imei|meid)(?: number| no\.?| #)?(?![a-z0-9])/gi },
];
/** "card says 1EG4-TE5-MK72", "the card just says XJH884201937": a card's number is the plan's where the talk is of insurance. */
const CARD_LABEL = /\bcard(?![a-z0-9])/gi;
const HEALTH_PLAN_TALK = /\b(?:insurance|insurer|insured|medicare|medicaid|health ?card|health plan|member id|ohip|ramq|nhs|tricare|covered|coverage|copay|deductible|benefits|aetna|cigna|blue cross|bcbs|kaiser|humana|anthem|uhc)\b/;
const PAYMENT_TALK = /\b(?:debit|credit|visa|mastercard|amex|bank|gift|sim|sd|memory|birthday|greeting|business|library|playing|tarot)\b/;
const FAR_WINDOW = 90;
const FAR_GATES = new GateSet(FAR_LABELS.map(({ re }) => re).concat([CARD_LABEL]));
const MAC_GATE = LABELS.length, IBAN_GATE = LABELS.length + 1, CARD_GATE = LABELS.length + 2, FAR_GATE = LABELS.length + 3;
const GATES = new GateSet(LABELS.map(({ re }) => new RegExp(String.raw`(?:${re})`)).concat(SHAPE_WORDS, [/ssn|ss#|social|imei|meid|mrn|medical record|patient|chart|hospital|nhs|record number|expediente|health ?card|insurance|member|medicare|medicaid|policy|subscriber|licen[cs]e|passport|vin|card/]));
const SSN_SHAPE = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;
/** Payment cards by shape: 13-19 digits in groups of four (a bare run needs a label), checked with the Luhn sum. */
const CARD_SHAPE = /(?<![\w-])\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}(?![\w-])/g;
/** VINs by shape: 17 characters without I, O, Q, letters and digits mixed; unlabelled only with a valid check digit. */
const VIN_SHAPE = /(?<![\w-])[a-hj-npr-z0-9]{17}(?![\w-])/gi;
/** A card number typed as one run (15 or 16 digits, first digit 3-6), near a card word: unlabelled only with a valid Luhn sum. */
const CARD_RUN = /(?<![\w-])[3-6]\d{14,15}(?![\w-])/g;
/** IBANs by shape (country code in capitals) near a bank word, checked with their mod-97 sum: "GB29 NWBK 6016 1331 9268 19". */
const IBAN_SHAPE = /(?<![\w-])[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?(?![\w-])/gi;
/** MAC addresses (a pump's or implant's radio) near a device word: six hex pairs joined by the same colon or dash. */
const MAC_SHAPE = /(?<![\w:-])[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}(?![\w:-])/gi;
/** Two-letter US state codes, which people write before a plate ("plate number CA 7ABC123"). */
const STATE_CODES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '));

function idLike(token: string, type: PhiType): boolean {
  const digits = token.replace(/\D/g, '').length;
  if (type === 'ACCOUNT' && /[._]/.test(token)) return token.length >= 5; // usernames like sam.ortiz84
  if (digits < 3) return false;
  if (type === 'HEALTH_PLAN' || type === 'ACCOUNT') return digits >= 4 || token.length >= 6;
  return token.length >= 4;
}

export const identifierRecognizer: PhiRecognizer = {
  id: 'phi/identifiers',
  types: ['SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE'],
  find(view) {
    const text = view.text;
    const lower = view.lower;
    const out: PhiSpan[] = [];
    const hasDigit = /\d/.test(text);
    // Digits as words ("my mrn is zero zero four...") hold no digit: read on only with a pair of digit words.
    if (!hasDigit && !hasSpelledDigitPair(view)) return out;
    const open = GATES.scan(lower);
    if (hasDigit) shapes(text, out, open, /\bvins?\b/.test(lower));
    const labelledFrom = out.length;
    if (/plate|tag|reg|vin/.test(lower)) {
      for (const m of execAll(VEHICLE_LABELED, text)) {
        const run = m[1] ?? '';
        const start = m.index + m[0].length - run.length;
        let plate = plateValue(run);
        if (!plate) {
          // "plate is seven A B C one two three", "7 A B C 1 2 3"
          const r = spelledRun(text, start, true);
          if (r && r.single >= 3 && ((r.chars.length >= 4 && r.chars.length <= 8) || r.chars.length === 17) && /\d/.test(r.chars) && /[A-Z]/.test(r.chars)) plate = { offset: 0, value: text.slice(start, r.end) };
        }
        if (!plate) continue;
        if (PARTIAL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
        push(out, span(text, start + plate.offset, start + plate.offset + plate.value.length, 'VEHICLE'));
      }
    }
    for (let i = 0; i < LABELED.length; i++) {
      if (!open[i]) continue;
      const { type, re } = LABELED[i] as (typeof LABELED)[number];
      for (const m of execAll(re, text)) {
        let token = m[1] ?? '';
        const start = m.index + m[0].length - token.length;
        let spelled = false;
        if (token.length <= 5) {
          // digits one by one or as words: "zero zero four eight...", "9 0 0 - 5 5 - 1 8 4 2", "X J H 4 0 0 1 2"
          const r = spelledRun(text, start, true);
          if (r && r.end - start > token.length && r.tokens >= 5 && r.single >= 4 && r.chars.replace(/\D/g, '').length >= 4 && !counting(r.chars)) { token = text.slice(start, r.end); spelled = true; }
        }
        if (!spelled && !idLike(token, type)) continue;
        if (/^\d{1,2}\/\d{1,2}/.test(token) || /^(?:19|20)\d\d(?:[ -](?:19|20)\d\d)?$/.test(token)) continue; // dates, years, "2019 2020"
        if (PARTIAL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
        // "Group 77120" also matches "group" in prose; accept only a digits-only token there
        if (type === 'HEALTH_PLAN' && /^group/i.test(m[0]) && !/^\d{4,}$/.test(token)) continue;
        push(out, span(text, start, start + token.length, type));
      }
    }
    if (hasDigit && /\s(?:is|was|=)\s(?:my|his|her|their|our|the)\s/i.test(text)) {
      for (let i = 0; i < VALUE_FIRST.length; i++) {
        if (!open[i]) continue;
        const { type, re } = VALUE_FIRST[i] as (typeof VALUE_FIRST)[number];
        for (const m of execAll(re, text)) {
          const token = m[1] ?? '';
          if (!idLike(token, type) || !/\d{4}/.test(token.replace(/-/g, ''))) continue;
          push(out, span(text, m.index, m.index + token.length, type));
        }
      }
    }
    if (hasDigit && open[FAR_GATE]) farValues(view, out);
    // A card typed as one run, after the labels: an IMEI is a 15-digit Luhn number too ("IMEI 4901...").
    if (hasDigit && open[CARD_GATE] && /\d{15}/.test(text)) {
      const labelled = new SpanIndex(out.slice(labelledFrom));
      for (const m of execAll(CARD_RUN, text)) {
        const s = span(text, m.index, m.index + m[0].length, 'ACCOUNT');
        if (s && luhn(m[0]) && !labelled.overlaps(s)) out.push(s);
      }
    }
    return out;
  },
};

/** Values a few words or a clause after their label (FAR_LABELS), and after "card" where the talk is of insurance. */
function farValues(view: MessageView, out: PhiSpan[]): void {
  const text = view.text;
  const lower = view.lower;
  const labels: Array<{ type: PhiType; end: number }> = [];
  const open = FAR_GATES.scan(lower);
  FAR_LABELS.forEach(({ type, re }, i) => { if (open[i]) for (const m of execAll(re, lower)) labels.push({ type, end: m.index + m[0].length }); });
  if (open[FAR_LABELS.length] && !PAYMENT_TALK.test(lower) && healthPlanTalk(view)) {
    for (const m of execAll(CARD_LABEL, lower)) labels.push({ type: 'HEALTH_PLAN', end: m.index + m[0].length });
  }
  for (const { type, end } of labels) {
    // a window of its own, so a label with no value after it reads FAR_WINDOW characters, not the rest of the text
    const windowText = text.slice(end, end + FAR_WINDOW + 24);
    const nl = windowText.indexOf('\n');
    const stop = Math.min(FAR_WINDOW, nl === -1 ? Infinity : nl);
    for (const m of execAll(ID_GROUPS, windowText)) {
      if (m.index >= stop) continue;
      for (const v of idValues(m[0], end + m.index, type)) {
        if (PARTIAL_BEFORE.test(text.slice(Math.max(0, v.start - 40), v.start)) || /[$£€#]\s?$/.test(text.slice(Math.max(0, v.start - 2), v.start)) && type !== 'LICENSE') continue;
        if (NOT_ID_AFTER.test(text.slice(v.end, v.end + 12))) continue;
        push(out, span(text, v.start, v.end, type));
      }
    }
  }
}

/** Runs of groups with a digit or in short capitals, joined by single spaces or dashes: "9876-543-210-XY", "MARL 8605 1714", "604 21 7735". */
const ID_GROUP = String.raw`(?:[A-Za-z]{0,19}\d[A-Za-z0-9]{0,19}|[A-Z]{2,5})(?![A-Za-z0-9])`;
const ID_GROUPS = new RegExp(String.raw`(?<![A-Za-z0-9])${ID_GROUP}(?:[ -]${ID_GROUP}){0,7}`, 'g');
const NOT_ID_AFTER = /^\s?(?:%|years?|yrs?|mg|mcg|ml|dollars|bucks|usd|eur|people|times|hours|minutes|days|weeks|months|miles|km|steps|calories)\b/i;

/**
 * The id-shaped value of one run (every group holds a digit or is short capitals): the whole run, or the run
 * without the capitals-only groups at its ends ("SSN 604 21 7735", "4532 281 907 TK"), if that one is valid. By
 * type, an SSN is nine digits (3-2-4 or one run) with a valid area, a VIN 17 characters without I, O, Q; others
 * have four digits or more and 6 to 20 characters. Dates, years and US phone shapes are left to their recognizers.
 */
function idValues(run: string, at: number, type: PhiType): Array<{ start: number; end: number }> {
  if (validValue(run, type)) return [{ start: at, end: at + run.length }];
  const inner = /^(?:[A-Z]{2,5}[ -])*(.*?)(?:[ -][A-Z]{2,5})*$/.exec(run);
  const core = inner?.[1] ?? '';
  if (core && core !== run && validValue(core, type)) {
    const offset = run.indexOf(core);
    return [{ start: at + offset, end: at + offset + core.length }];
  }
  return [];
}

function validValue(value: string, type: PhiType): boolean {
  const chars = value.replace(/[ -]/g, '');
  const digits = chars.replace(/\D/g, '').length;
  if (type === 'SSN') return /^\d{3}([ -]?)\d{2}\1\d{4}$/.test(value) && validSsn(chars);
  if (type === 'VEHICLE') return /^[a-hj-npr-z0-9]{17}$/i.test(chars) && /[a-z]/i.test(chars) && digits >= 4;
  if (digits < 4 || chars.length < 6 || chars.length > 20) return false;
  if (/^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[ -]\d{1,2}[ -]\d{2,4}|(?:19|20)\d\d(?:[ -](?:19|20)\d\d)*)$/.test(value)) return false; // dates, years
  // an NHS number is grouped like a phone (3-3-4): its mod-11 check digit tells them apart
  if (type === 'HEALTH_PLAN' && /^\d{3}[ -]\d{3}[ -]\d{4}$/.test(value) && nhsCheck(chars)) return true;
  if (/^\d{3}[ -]\d{3}[ -]\d{4}$/.test(value) || /^1?\d{10}$/.test(chars) && !/[ -]/.test(value) && type !== 'MRN') return false; // phones
  return true;
}

/** NHS number check digit: the first nine digits weighted 10..2, 11 minus the sum mod 11 (11 is 0, 10 never issued). */
function nhsCheck(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === d.charCodeAt(9) - 48;
}

function validSsn(d: string): boolean {
  const area = d.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

function healthPlanTalk(view: MessageView): boolean {
  if (HEALTH_PLAN_TALK.test(view.lower)) return true;
  for (let i = view.context.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    if (HEALTH_PLAN_TALK.test(view.context[i]?.text.toLowerCase() ?? '')) return true;
  }
  return false;
}

/** Identifiers recognised by their shape and checksum alone: SSN, cards (Luhn), VINs (check digit, or the word "vin" in the message), IBANs (mod 97), MACs. */
function shapes(text: string, out: PhiSpan[], open: readonly boolean[], vinWord: boolean): void {
  if (text.includes('-')) for (const m of execAll(SSN_SHAPE, text)) push(out, span(text, m.index, m.index + m[0].length, 'SSN'));
  if (/\d{4}[ -]\d{4}/.test(text)) {
    for (const m of execAll(CARD_SHAPE, text)) if (luhn(m[0])) push(out, span(text, m.index, m.index + m[0].length, 'ACCOUNT'));
  }
  if (/\d{3}/.test(text)) {
    for (const m of execAll(VIN_SHAPE, text)) {
      if (/\d/.test(m[0]) && /[a-z]/i.test(m[0]) && (vinCheckDigit(m[0]) || vinWord)) push(out, span(text, m.index, m.index + m[0].length, 'VEHICLE'));
    }
    // an IBAN has a run of three digits or more in its groups
    if (open[IBAN_GATE] && /[A-Z]{2}\d\d/.test(text)) for (const m of execAll(IBAN_SHAPE, text)) if (ibanValid(m[0])) push(out, span(text, m.index, m.index + m[0].length, 'ACCOUNT'));
  }
  if (open[MAC_GATE] && /[0-9a-f]{2}[:-][0-9a-f]{2}[:-]/i.test(text)) {
    for (const m of execAll(MAC_SHAPE, text)) if (m[1] === ':' || /[a-f]/i.test(m[0])) push(out, span(text, m.index, m.index + m[0].length, 'DEVICE'));
  }
}


/**
 * Digits written one by one or as words from `pos`: tokens are digit words, groups of up to four digits and
 * (with `letters`) single capital letters, separated by one to three spaces, dots, commas or dashes. Read by
 * hand over at most 24 tokens; a trailing "I" or "A" is prose ("... 4 2 I think"), not part of the id.
 * `chars` is the id without separators, `single` how many tokens were one digit or letter.
 */
function spelledRun(text: string, pos: number, letters: boolean): { end: number; chars: string; single: number; tokens: number } | null {
  const ends: number[] = [];
  const values: string[] = [];
  let i = pos;
  while (values.length < 24 && i < text.length) {
    const c = text.charCodeAt(i);
    let j = i;
    let value: string | undefined;
    if (isDigit(c)) {
      while (j < text.length && j - i < 5 && isDigit(text.charCodeAt(j))) j++;
      if (j - i > 4) break;
      value = text.slice(i, j);
    } else if (isLetter(c)) {
      while (j < text.length && j - i < 6 && isLetter(text.charCodeAt(j))) j++;
      const w = text.slice(i, j);
      value = DIGIT_WORD_VALUES[w.toLowerCase()] ?? (letters && j - i === 1 && c >= 65 && c <= 90 ? w : undefined);
    }
    if (value === undefined || (j < text.length && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j))))) break;
    values.push(value);
    ends.push(j);
    let k = j;
    while (k < text.length && k - j < 3 && isSeparator(text.charCodeAt(k))) k++;
    if (k === j) break;
    i = k;
  }
  while (values.length && (values[values.length - 1] === 'I' || values[values.length - 1] === 'A')) { values.pop(); ends.pop(); }
  if (values.length === 0) return null;
  return { end: ends[ends.length - 1] ?? pos, chars: values.join(''), single: values.filter((v) => v.length === 1).length, tokens: values.length };
}

/** "1, 2, 3, 4, 5": someone counting, not an id. */
function counting(chars: string): boolean {
  if (!/^\d+$/.test(chars)) return false;
  let up = true, down = true;
  for (let i = 1; i < chars.length; i++) {
    const step = chars.charCodeAt(i) - chars.charCodeAt(i - 1);
    if (step !== 1) up = false;
    if (step !== -1) down = false;
  }
  return up || down;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Space, dot, comma or dash between the digits of a spelled id. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 46 || c === 44 || c === 45;
}

/**
 * The plate or VIN inside a candidate run: dash-joined groups belong together; a space-joined group is taken
 * only if it has a digit or is written in capitals ("KJH 4421", "LK19 ABC", not "5KLM990 if"), and a first
 * group of letters only must be in capitals ("the VIN ends 4521" names no plate). A plate has letters and
 * digits and 4-8 characters; a VIN 17.
 */
function plateValue(run: string): { offset: number; value: string } | null {
  let parts = run.split(/(?=[ -])/);
  let offset = 0;
  // "plate number CA 7ABC123": the state is not part of the plate
  if (parts.length > 1 && STATE_CODES.has(parts[0] ?? '') && (parts[1] ?? '')[0] === ' ' && /\d/.test(parts[1] ?? '')) {
    offset = (parts[0] ?? '').length + 1;
    parts = [(parts[1] ?? '').slice(1), ...parts.slice(2)];
  }
  const first = parts[0] ?? '';
  if (!/\d/.test(first) && first !== first.toUpperCase()) return null;
  let value = first;
  for (const p of parts.slice(1)) {
    const g = p.slice(1);
    if (p[0] === '-' || /\d/.test(g) || (g === g.toUpperCase() && g.length <= 4)) value += p; else break;
  }
  const chars = value.replace(/[ -]/g, '');
  if (!/\d/.test(chars) || !/[a-z]/i.test(chars)) return null;
  if (/^\d+(?:st|nd|rd|th|am|pm|mg|k|s)$/i.test(chars) || /^\d+x\d+$/i.test(chars)) return null; // "3rd", "9pm", "10x12"
  return (chars.length >= 4 && chars.length <= 8) || chars.length === 17 ? { offset, value } : null;
}

/** IBAN check: the first four characters moved to the end, letters as 10-35, the number mod 97 is 1. */
function ibanValid(raw: string): boolean {
  const v = raw.replace(/ /g, '').toUpperCase();
  if (v.length < 15 || v.length > 34 || !/^[A-Z]{2}\d\d/.test(v)) return false;
  const moved = v.slice(4) + v.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    const n = c >= 65 ? c - 55 : c - 48;
    rem = n >= 10 ? (rem * 100 + n) % 97 : (rem * 10 + n) % 97;
  }
  return rem === 1;
}

function luhn(raw: string): boolean {
  const d = raw.replace(/\D/g, '');
  if (/^(\d)\1+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) { n *= 2; if (n > 9) n -= 9; }
    sum += n;
  }
  return sum % 10 === 0;
}

const VIN_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const VIN_LETTER_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9];
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** North American VIN check digit (position 9): weights over transliterated values, mod 11, 10 written X. */
function vinCheckDigit(vin: string): boolean {
  const v = vin.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v[i] ?? '';
    const letter = VIN_LETTERS.indexOf(c);
    const value = c >= '0' && c <= '9' ? Number(c) : VIN_LETTER_VALUES[letter];
    if (value === undefined) return false;
    sum += value * (VIN_WEIGHTS[i] ?? 0);
  }
  const check = sum % 11;
  return v[8] === (check === 10 ? 'X' : String(check));
}
