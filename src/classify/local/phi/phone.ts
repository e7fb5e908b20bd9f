import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import { push, span, type PhiRecognizer } from './recognizer.ts';

/**
 * Phone and fax numbers. Candidates are digit runs with the usual separators; libphonenumber-js decides
 * whether an international (+CC) candidate is a possible number for its country, because its metadata
 * knows every numbering plan's lengths and hand-written rules would not. US-style and 7-digit local numbers
 * (555-0148) are accepted by shape, with a context check against dates, money and ids.
 */
const CANDIDATE = /(?<![\w/#@.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]{1,2}\d{2,5}){1,4}(?![\w/-])/g;
const DIGIT_WORDS: Record<string, string> = { zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const SPELLED = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[\s,.-]{1,3}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)){6,14}\b/gi;
const SPELLED_GATE = new GateSet([SPELLED]);
const NON_PHONE_BEFORE = /\b(?:mrn|id|number is|#|acct|account|ssn|policy|license|licence|plate|serial|case|member|group|zip|claim|dob|born|process number|room|apt|suite|route|hr)\W{0,3}$/i;
const PHONE_BEFORE = /\b(?:call|text|phone|cell|mobile|number|num|tel|fax|whatsapp|reach me|ring|sms|line)\b[^\n]{0,25}$/i;

export const phoneRecognizer: PhiRecognizer = {
  id: 'phi/phone',
  types: ['PHONE'],
  find(view) {
    const text = view.text;
    const out: PhiSpan[] = [];
    let digits = 0;
    for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c >= 48 && c <= 57) digits++; }
    if (digits >= 7) {
      for (const m of text.matchAll(CANDIDATE)) {
        const raw = m[0];
        const d = raw.replace(/\D/g, '');
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(raw) || /^\d{4}-\d{2}-\d{2}$/.test(raw)) continue; // dates
        if (/^\d{3}-\d{2}-\d{4}$/.test(raw)) continue; // SSN shape
        if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) continue; // 1,000,000 style amounts
        const phoneContext = PHONE_BEFORE.test(before);
        if (NON_PHONE_BEFORE.test(before) && !phoneContext) continue;
        let ok = false;
        if (raw.trimStart().startsWith('+')) {
          ok = parsePhoneNumberFromString(raw.trim())?.isPossible() ?? false;
        } else if (d.length === 10 || (d.length === 11 && d.startsWith('1'))) {
          ok = /[\s.()-]/.test(raw) || phoneContext;
        } else if (d.length === 7) {
          ok = /^\d{3}[\s.-]\d{4}$/.test(raw.trim()) && (phoneContext || d.startsWith('555'));
        } else if (d.length >= 8 && d.length <= 15) {
          ok = phoneContext && (parsePhoneNumberFromString(raw.trim(), 'US')?.isPossible() ?? false);
        }
        if (ok) push(out, span(text, m.index, m.index + raw.length, 'PHONE'));
      }
    }
    if (SPELLED_GATE.scan(view.lower)[0] && SPELLED.test(text) && ((SPELLED.lastIndex = 0), true)) {
      for (const m of text.matchAll(SPELLED)) {
        const d = m[0].toLowerCase().split(/[\s,.-]+/).map((w) => DIGIT_WORDS[w] ?? w).join('');
        if (/^\d{7,15}$/.test(d)) push(out, span(text, m.index, m.index + m[0].length, 'PHONE'));
      }
    }
    return out;
  },
};
