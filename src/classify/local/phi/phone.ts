import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import type { MessageView } from '../text/message-view.ts';
import { execAll, push, span, type PhiRecognizer } from './recognizer.ts';

/**
 * Phone and fax numbers. Candidates are digit runs with the usual separators (spaces, dots, dashes,
 * parentheses, a leading +CC or 1, a trailing extension); libphonenumber-js decides whether an
 * international (+CC) candidate is a possible number for its country, because its metadata knows every
 * numbering plan's lengths and hand-written rules would not. US-style and 7-digit local numbers (555-0148)
 * are accepted by shape, with a context check against dates, money and ids. Digits written as words
 * ("four one five...") or one by one ("4 1 5 ...") are read as a second candidate kind.
 * Public hotlines (988, 911, poison control...) identify no one and are never spans.
 */
/** Separators people type, with the en and em dashes phone keyboards substitute for a hyphen. */
const CANDIDATE = /(?<![\w/#@.+\u2010-\u2015-])(?:\+\d{1,3}[\s.\u2010-\u2015-]{0,2}(?:\d[\s.\u2010-\u2015-]{1,2}(?=\d{2}))?)?(?:1[\s.\u2010-\u2015-]{1,2}(?=\(?\d{3}))?(?:\(\d{1,4}\)[\s.\u2010-\u2015-]{0,2})?\d{2,12}(?:[\s.\u2010-\u2015-]{1,2}\d{2,6}){0,4}(?:,?\s?(?:ext\.?|extension|x|#)\s?\d{1,5})?(?![\w/\u2010-\u2015-])/gi;
const VANITY = /(?<![\w-])(?:1[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-][A-Z]{4}(?:\s?\(\d{4}\))?(?![\w-])/g;
/** "415/555/0137": slashes only in the exact 3-3-4 shape, which no date or score has. */
const SLASHED = /(?<![\w/])\d{3}\/\d{3}\/\d{4}(?![\w/])/g;
const EXTENSION = /,?\s?(?:ext\.?|extension|x|#)\s?\d{1,5}$/i;
/** Digits said as words, shared by every recognizer that reads dictated numbers (phones, ids, ZIPs). */
export const DIGIT_WORD_VALUES: Readonly<Record<string, string>> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
/** In a phone number a lone "o" is a zero too ("five o five"). */
const WORD_DIGITS: Readonly<Record<string, string>> = { ...DIGIT_WORD_VALUES, o: '0' };
export const DIGIT_WORD = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
/** Digit words mixed with short digit groups, or single digits one by one: at least five tokens. */
const SPELLED = new RegExp(String.raw`(?<![\w.-])(?:${DIGIT_WORD}|\d{1,4})(?:[\s,.-]{1,3}(?:${DIGIT_WORD}|\d{1,4})){4,14}(?![\w-])`, 'gi');
const SPELLED_GATE = new GateSet([new RegExp(DIGIT_WORD)]);
const SPELLED_PAIR = new RegExp(String.raw`\b${DIGIT_WORD}[\s,.-]{1,3}(?:${DIGIT_WORD}|\d)`);
const SPELLED_KEY = 'phi/spelled-digit-pair';

/**
 * A digit word followed by another or by a digit ("four one", "five 5"): digits dictated as words. Read once per
 * message (MessageView.memo) and shared with the identifier and ZIP recognizers, which look for spelled ids too.
 */
export function hasSpelledDigitPair(view: MessageView): boolean {
  let pair = view.memo.get(SPELLED_KEY) as boolean | undefined;
  if (pair === undefined) {
    pair = SPELLED_GATE.scan(view.lower)[0] === true && SPELLED_PAIR.test(view.lower);
    view.memo.set(SPELLED_KEY, pair);
  }
  return pair;
}

const NON_PHONE_BEFORE = /\b(?:mrn|id|number is|#|acct|account|ssn|policy|license|licence|plate|serial|case|member|group|zip|claim|dob|born|process number|room|apt|suite|route|hr|\$|usd|eur)\W{0,3}$|\b(?:ndc|lot|batch|rx ?bin|pcn)\W{0,3}(?:(?:no|number|code|is|#)\W{0,3})?$/i;
/** A number introduced as a helpline or hotline is an organisation's, not a person's ("the gambling helpline 1-800-..."). */
const HELPLINE_AFTER = /^(?:,?\s(?:is|was)\s(?:the|a|their|our)\s(?:[a-z]+\s){0,2}?|\s?\(|\s[-\u2013\u2014]\s)(?:help ?line|hot ?line|lifeline|warm ?line|crisis line|support line|text line)\b/i;
/** Read only for a number about to be taken: most digit runs are no phone at all. */
function helpline(text: string, start: number, end: number): boolean {
  return HELPLINE.test(text.slice(Math.max(0, start - 40), start)) || HELPLINE_AFTER.test(text.slice(end, end + 40));
}
const HELPLINE = /\b(?:help ?line|hot ?line|lifeline|warm ?line|crisis line|support line|text line|helpdesk|help desk)s?\b/i;
const PHONE_BEFORE = /(?:\b(?:my|ph|phone|cell|tel)\s?#|\b(?:call|calling|text|texting|phone|cell|mobile|numbers?|number's|num|digits|ph|no\.|tel|telephone|fax|whatsapp|signal|reach (?:me|her|him|them)|ring|sms|line|landline|contact|dial|hmu)\b)[^\n]{0,25}$/i;
const PHONE_AFTER = /^\s{0,2}(?:is|was|'s|=|-)?\s?(?:my|his|her|their|our|the)?\s?(?:cell|phone|number|mobile|line|house line|landline|home phone|work phone|fax|whatsapp)\b/i;
const MONEY_OR_UNIT_AFTER = /^\s?(?:%|dollars|bucks|usd|eur|mg|mcg|ml|kg|lbs?|steps|calories|kcal|miles|km|feet|ft|years|people|followers|views|words)\b/i;

/** National numbers of public crisis and emergency lines: calling them is advice, not an identifier. */
const HOTLINES = new Set([
  '988', '911', '112', '999', '741741', '8002221222', '8002738255', '8007997233', '8006624357', '8664887386',
  '8006564673', '8009506264', '8004224453', '8009855990', '8883737888', '8774738565', '8009312237', '8773313228',
]);

export const phoneRecognizer: PhiRecognizer = {
  id: 'phi/phone',
  types: ['PHONE'],
  find(view) {
    const text = view.text;
    const out: PhiSpan[] = [];
    let digits = 0;
    for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c >= 48 && c <= 57) digits++; }
    if (digits >= 7) {
      for (const m of execAll(CANDIDATE, text)) {
        const raw = m[0];
        const ext = EXTENSION.exec(raw);
        const core = ext ? raw.slice(0, ext.index) : raw;
        const d = core.replace(/\D/g, '');
        if (HOTLINES.has(national(d))) continue;
        // no branch below accepts a national number of this length: skip the context reads
        if ((d.length < 7 || d.length > 15) && !core.trimStart().startsWith('+')) continue;
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        const after = text.slice(m.index + raw.length, m.index + raw.length + 25);
        if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(core) || /^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/.test(core)) continue; // dates
        if (/^\d{3}-\d{2}-\d{4}$/.test(core)) continue; // SSN shape
        if (/^\d{4}\s?-\s?\d{4}$/.test(core)) continue; // year ranges, 2015-2019
        if (MONEY_OR_UNIT_AFTER.test(after)) continue;
        const phoneContext = PHONE_BEFORE.test(before) || PHONE_AFTER.test(after);
        if (NON_PHONE_BEFORE.test(before) && !phoneContext) continue;
        const separated = /[\s.()\u2010-\u2015-]/.test(core.trim());
        let ok = false;
        if (core.trimStart().startsWith('+')) {
          ok = parsePhoneNumberFromString(core.trim())?.isPossible() ?? false;
        } else if (d.length === 10 || (d.length === 11 && d.startsWith('1'))) {
          ok = ((separated || phoneContext) && possibleNational(d)) || (separated && /^\(?0/.test(core));
        } else if (d.length === 7) {
          ok = /^\d{3}[\s.\u2010-\u2015-]\d{4}$/.test(core.trim()) && (phoneContext || d.startsWith('555'));
        } else if (d.length >= 8 && d.length <= 15) {
          // a trunk 0 is how most of the world writes a national number: 07700 900123, 030 901820
          ok = phoneContext && (d.startsWith('0') || possibleNational(d));
        }
        if (ok && !helpline(text, m.index, m.index + raw.length)) push(out, span(text, m.index, m.index + raw.length, 'PHONE'));
      }
      // a vanity number: "917-555-HOPE (4673)" (toll-free ones, 1-800-FLOWERS, are businesses)
      if (/\d[\s.-][A-Z]{4}\b/.test(text)) {
        for (const m of execAll(VANITY, text)) if (!/^(?:1[\s.-])?\(?8(?:00|33|44|55|66|77|88)/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length, type: 'PHONE' });
      }
      if (text.includes('/')) {
        for (const m of execAll(SLASHED, text)) {
          if (!HOTLINES.has(m[0].replace(/\D/g, ''))) push(out, span(text, m.index, m.index + m[0].length, 'PHONE'));
        }
      }
    }
    if (digits >= 7 || hasSpelledDigitPair(view)) {
      for (const m of execAll(SPELLED, text)) {
        const tokens = m[0].toLowerCase().split(/[\s,.-]+/).filter(Boolean);
        const d = tokens.map((w) => WORD_DIGITS[w] ?? w).join('');
        const words = tokens.filter((w) => w in WORD_DIGITS).length;
        if (!/^\d{7,15}$/.test(d) || HOTLINES.has(national(d)) || counting(d)) continue;
        // "4 1 5 5 5 ..." one digit at a time; runs with multi-digit groups are the shape recognizer's job
        if (words === 0 && (tokens.some((t) => t.length > 1) || tokens.length < 7)) continue;
        push(out, span(text, m.index, m.index + m[0].length, 'PHONE'));
      }
    }
    if (digits > 0 && SPELLED_GATE.scan(view.lower)[0] === true && MIXED_GATE.test(view.lower)) for (const s of mixedRuns(text, view.lower)) out.push(s);
    return out;
  },
};

/**
 * `parsePhoneNumberFromString(d, 'US')?.isPossible()` for a national candidate (digits only). Ten digits from 2-9
 * on, alone or after a 1, parse as a ten-digit number of one of the 25 countries of calling code 1, and each of them
 * allows ten digits: those are answered here, because the library finds the country by trying them one by one
 * (about 40 us a call). Other shapes (a leading 0 or 1, the 011 prefix, other lengths) still go to the library;
 * a test holds this to the library's answers.
 */
export function possibleNational(d: string): boolean {
  const n = d.length;
  if ((n === 10 || (n === 11 && d.charCodeAt(0) === 49)) && d.charCodeAt(n - 10) >= 50 && d.charCodeAt(n - 10) <= 57) return true;
  return parsePhoneNumberFromString(d, 'US')?.isPossible() ?? false;
}

/** A digit touching a digit word: "6one7", "55five", "nine1": a number disguised against filters. */
const MIXED_GATE = /\d(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)|(?:zero|one|two|three|four|five|six|seven|eight|nine)\d/;
const DIGIT_WORD_LIST = Object.keys(DIGIT_WORD_VALUES);

/** The digits of a token made only of digits and digit words ("6one7" -> 617), with whether it mixes both; null otherwise. */
function mixedToken(lower: string, start: number, end: number): { digits: string; mixed: boolean } | null {
  let digits = '';
  let words = 0, figures = 0;
  for (let i = start; i < end;) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) { digits += lower[i]; figures++; i++; continue; }
    const w = DIGIT_WORD_LIST.find((d) => lower.startsWith(d, i));
    if (!w || i + w.length > end) return null;
    digits += WORD_DIGITS[w] ?? '';
    words++;
    i += w.length;
  }
  return { digits, mixed: words > 0 && figures > 0 };
}

/**
 * "6one7 55five 0 1 9 3": tokens of digits and digit words, one to three separators apart, at least one token
 * mixing both, 7 to 15 digits in all. Read token by token (linear); counting runs are left out.
 */
function mixedRuns(text: string, lower: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  let runStart = -1, runEnd = -1, digits = '', mixed = false, tokens = 0;
  const close = () => {
    if (runStart >= 0 && mixed && digits.length >= 7 && digits.length <= 15 && !counting(digits) && !HOTLINES.has(national(digits))) push(out, span(text, runStart, runEnd, 'PHONE'));
    runStart = -1; digits = ''; mixed = false; tokens = 0;
  };
  let i = 0;
  const n = lower.length;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isAlnum(c)) { i++; continue; }
    const start = i;
    while (i < n && isAlnum(lower.charCodeAt(i))) i++;
    const t = i - start <= 24 ? mixedToken(lower, start, i) : null;
    if (!t) { close(); continue; }
    if (runStart >= 0 && (start - runEnd > 3 || !/^[\s,.-]+$/.test(lower.slice(runEnd, start)) || tokens >= 15)) close();
    if (runStart < 0) runStart = start;
    runEnd = i;
    digits += t.digits;
    mixed ||= t.mixed;
    tokens++;
  }
  close();
  return out;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/** The national significant number of a NANP number written with its country code 1. */
function national(d: string): string {
  return d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
}

/** "one two three four five six seven": someone counting (breathing, reps), not dictating a number. */
function counting(d: string): boolean {
  let up = true, down = true;
  for (let i = 1; i < d.length; i++) {
    const step = d.charCodeAt(i) - d.charCodeAt(i - 1);
    if (step !== 1) up = false;
    if (step !== -1) down = false;
  }
  return up || down;
}
