import type { PhiType } from '../../../core/categories.ts';
import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import { execAll, push, span, type PhiRecognizer } from './recognizer.ts';

/**
 * Keyword-anchored identifiers: a label ("MRN", "member ID", "plate") followed within a few words by an
 * id-shaped token (digits, or letters and digits, 4+ characters). The label decides the type, so an id is
 * never typed by its shape alone.
 */
/** Insurers people name instead of saying "insurance": "my blue cross id is...", "her aetna number". */
const PAYER = String.raw`(?:blue ?cross(?: blue ?shield)?|bcbs|aetna|cigna|united ?healthcare|uhc|kaiser(?: permanente)?|humana|anthem|tricare|molina|ambetter|oscar|wellcare|caresource|highmark|medi-?cal|insurance)`;
const LABELS: Array<{ type: PhiType; re: string }> = [
  { type: 'SSN', re: String.raw`ssn|social security(?: number| no\.?| #)?|social` },
  { type: 'MRN', re: String.raw`mrn|mr ?#|mr (?:no\.?|number)|medical record(?: number| no\.?| #)?|patient (?:id|number|no\.?|#)|chart(?: number| no\.?| #| id)|process number(?: at the hospital)?|hospital (?:id|number|#)|record (?:number|no\.?|#)|encounter (?:id|number)` },
  { type: 'HEALTH_PLAN', re: String.raw`${PAYER}(?: card)?(?: member)? (?:id|number|no\.?|#)|insurance card(?: says| reads| shows)?|member (?:id|number|no\.?|#)|medicare(?: number| id| #)?|medicaid(?: number| id| #)?|insurance (?:id|number|no\.?|#)|policy(?: number| no\.?| #| id)?|subscriber (?:id|number)|group(?: number| no\.?| #)?|plan (?:id|number)|health plan(?: id| number)?|id:` },
  { type: 'ACCOUNT', re: String.raw`account(?: number| no\.?| #)?|acct\.?(?: number| no\.?| #)?|employee (?:id|number|#)|student (?:id|number|#)|case(?: number| no\.?| #| id)?|username|user name|login|routing(?: number)?|iban|card(?: number| #)|(?:credit|debit) card|visa|mastercard|amex|discover card|bank acct|bank account` },
  { type: 'LICENSE', re: String.raw`driver'?s? licen[cs]e(?: number| no\.?| #)?|licen[cs]e(?: number| no\.?| #)?|dl(?: number| #)?|npi(?: number| #)?|dea(?: number| #| no\.?)?|(?:nursing|medical|professional|practice|pharmacy|rn|lpn|md) licen[cs]e(?: number| no\.?| #)?|passport(?: number| no\.?| #)?` },
  { type: 'DEVICE', re: String.raw`device (?:id|serial|number)|serial(?: number| no\.?| #)?|sn|s/n|imei|meid|mac address|(?:pacemaker|implant|pump|cgm|sensor|transmitter|defibrillator|icd|receiver|hearing aid|cochlear implant) (?:id|serial|sn|s/n|number|#)|udi|lot (?:number|#)` },
];
/** An id: one run with dashes, dotted groups, or three to five space-separated digit groups (card, SSN). */
const TOKEN = String.raw`(\d{3,4}(?: \d{2,4}){2,4}(?![a-z0-9])|[a-z0-9](?:[a-z0-9-]{2,30}[a-z0-9])?|\d{3}-\d{2}-\d{4}|[a-z0-9]{1,6}(?:[.-][a-z0-9]{1,8}){1,5})`;
/**
 * Who issued the number, between label and value: "member id for blue cross is", "license number with the
 * state is", "patient number at st lukes is". One to three words, and only when a copula follows.
 */
const ISSUER = String.raw`(?:\s(?:for|with|at|from|through|under|in)\s(?:[a-z'&.-]{2,15}\s){1,3}(?=is\b|was\b|are\b|=|:|#))?`;
const GAP = String.raw`${ISSUER}(?:\s?(?:is|was|=|:|#|no\.?|number|of|for|it's|its|are|here)?\s?(?:my|his|her|their|the|our)?\s?){0,3}`;
/**
 * Plates and VINs: "plate KJH 4421", "license plate 7-ABC-123", "his tags are 4GHJ882", "car reg is AB12 CDE",
 * "the vin is 1HGC...". The value is a run of up to three groups, checked in plateValue().
 */
const VEHICLE_LABELED = new RegExp(String.raw`\b(?:(?:licen[cs]e|number|car)\s)?(?:plates?|tags?|reg|registration|vin)(?:\s(?:number|no\.?|#))?(?![a-z0-9])${GAP}([a-z0-9]{1,17}(?:[ -][a-z0-9]{1,4}){0,2})(?![a-z0-9])`, 'gi');
/** "the last four of my social are 1842", "account ending in 4417": a partial number identifies no one. */
const PARTIAL_BEFORE = /\b(?:last|final|first)\s(?:\d|two|three|four|five|six|few)\b[^.\n]{0,30}$|\bend(?:s|ed|ing)?(?:\s(?:in|with))?\s$/i;
const LABELED = LABELS.map(({ type, re }) => ({ type, re: new RegExp(String.raw`\b(?:${re})(?![a-z0-9])${GAP}${TOKEN}`, 'gi') }));
const GATES = new GateSet(LABELS.map(({ re }) => new RegExp(String.raw`(?:${re})`)));
const SSN_SHAPE = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;
/** Payment cards by shape: 13-19 digits in groups of four (a bare run needs a label), checked with the Luhn sum. */
const CARD_SHAPE = /(?<![\w-])\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}(?![\w-])/g;
/** VINs by shape: 17 characters without I, O, Q, letters and digits mixed; unlabelled only with a valid check digit. */
const VIN_SHAPE = /(?<![\w-])[a-hj-npr-z0-9]{17}(?![\w-])/gi;

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
    const out: PhiSpan[] = [];
    if (!/\d/.test(text)) return out;
    if (text.includes('-')) for (const m of execAll(SSN_SHAPE, text)) push(out, span(text, m.index, m.index + m[0].length, 'SSN'));
    if (/\d{4}[ -]\d{4}/.test(text)) {
      for (const m of execAll(CARD_SHAPE, text)) if (luhn(m[0])) push(out, span(text, m.index, m.index + m[0].length, 'ACCOUNT'));
    }
    for (const m of /\d{3}/.test(text) ? execAll(VIN_SHAPE, text) : []) {
      if (/\d/.test(m[0]) && /[a-z]/i.test(m[0]) && vinCheckDigit(m[0])) push(out, span(text, m.index, m.index + m[0].length, 'VEHICLE'));
    }
    if (/plate|tag|reg|vin/.test(view.lower)) {
      for (const m of execAll(VEHICLE_LABELED, text)) {
        const value = plateValue(m[1] ?? '');
        if (!value) continue;
        const start = m.index + m[0].length - (m[1] ?? '').length;
        if (PARTIAL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
        push(out, span(text, start, start + value.length, 'VEHICLE'));
      }
    }
    const open = GATES.scan(view.lower);
    for (let i = 0; i < LABELED.length; i++) {
      if (!open[i]) continue;
      const { type, re } = LABELED[i] as (typeof LABELED)[number];
      for (const m of execAll(re, text)) {
        const token = m[1] ?? '';
        if (!idLike(token, type)) continue;
        if (/^\d{1,2}\/\d{1,2}/.test(token) || /^(?:19|20)\d\d$/.test(token)) continue; // dates and years
        const start = m.index + m[0].length - token.length;
        if (PARTIAL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
        // "Group 77120" also matches "group" in prose; accept only a digits-only token there
        if (type === 'HEALTH_PLAN' && /^group/i.test(m[0]) && !/^\d{4,}$/.test(token)) continue;
        push(out, span(text, start, start + token.length, type));
      }
    }
    return out;
  },
};

/**
 * The plate or VIN inside a candidate run: dash-joined groups belong together; a space-joined group is taken
 * only if it has a digit or is written in capitals ("KJH 4421", "LK19 ABC", not "5KLM990 if"), and a first
 * group of letters only must be in capitals ("the VIN ends 4521" names no plate). A plate has letters and
 * digits and 4-8 characters; a VIN 17.
 */
function plateValue(run: string): string | null {
  const parts = run.split(/(?=[ -])/);
  const first = parts[0] ?? '';
  if (!/\d/.test(first) && first !== first.toUpperCase()) return null;
  let value = first;
  for (const p of parts.slice(1)) {
    const g = p.slice(1);
    if (p[0] === '-' || /\d/.test(g) || (g === g.toUpperCase() && g.length <= 4)) value += p; else break;
  }
  const chars = value.replace(/[ -]/g, '');
  if (!/\d/.test(chars) || !/[a-z]/i.test(chars)) return null;
  if (/^\d+(?:st|nd|rd|th|am|pm|mg|k|s)$/i.test(chars)) return null;
  return (chars.length >= 4 && chars.length <= 8) || chars.length === 17 ? value : null;
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
