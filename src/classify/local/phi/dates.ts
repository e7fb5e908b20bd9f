import type { PhiSpan } from '../../../core/classifier.ts';
import { push, span, type PhiRecognizer } from './recognizer.ts';

/**
 * Dates in their common written forms. Numeric dates with a year (03/14/1989, 1988-03-02, 3/14/23) are
 * taken as they are; partial ones (11/08) and month-name dates only next to a person-event word
 * (born, DOB, died, admitted, on, surgery...), so "3/4 of the way" or "in May" alone are not PHI.
 */
const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const FULL_NUMERIC = /(?<![\w/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\w/-])/g;
const PARTIAL_NUMERIC = /(?<![\w/.-])\d{1,2}\/\d{1,2}(?![\w/])/g;
const NAMED = new RegExp(String.raw`\b(?:${MONTHS}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?${MONTHS}(?:,?\s\d{4})?)\b`, 'gi');
const EVENT = /\b(?:born|dob|d\.o\.b|birthday|birth|died|passed|death|admitted|discharged|surgery|appointment|appt|excision|procedure|implant|implanted|date|on|since|diagnosed|scheduled|due)\b[^.\n]{0,20}$/i;

function validNumeric(s: string): boolean {
  const parts = s.split(/[/.-]/).map(Number);
  if (parts.length === 3 && String(parts[0]).length === 4) return (parts[1] ?? 0) >= 1 && (parts[1] ?? 0) <= 12 && (parts[2] ?? 0) >= 1 && (parts[2] ?? 0) <= 31;
  const [a = 0, b = 0] = parts;
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
}

export const dateRecognizer: PhiRecognizer = {
  id: 'phi/dates',
  types: ['DATE'],
  find(view) {
    const text = view.text;
    const out: PhiSpan[] = [];
    if (/\d[/.-]\d/.test(text)) {
      for (const m of text.matchAll(FULL_NUMERIC)) {
        if (!validNumeric(m[0])) continue;
        if (/^\d{1,2}\.\d{1,2}\.\d{2}$/.test(m[0])) continue; // version numbers, 1.2.23
        push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
      }
      for (const m of text.matchAll(PARTIAL_NUMERIC)) {
        if (!validNumeric(m[0]) || /\b10$/.test(m[0]) && /pain|rate|scale/.test(view.lower)) continue;
        if (!EVENT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
      }
    }
    for (const m of /\d/.test(text) ? text.matchAll(NAMED) : []) {
      const hasYear = /\d{4}/.test(m[0]);
      if (!EVENT.test(text.slice(Math.max(0, m.index - 30), m.index)) && !hasYear) continue;
      if (/^may\s/i.test(m[0]) && !hasYear) continue;
      push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
    }
    return out;
  },
};
