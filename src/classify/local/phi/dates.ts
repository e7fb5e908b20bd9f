import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import { execAll, push, span, type PhiRecognizer } from './recognizer.ts';

/**
 * Dates in their common written forms. Numeric dates with a year (03/14/1989, 1988-03-02, 3/14/23) are
 * taken as they are; partial ones (11/08) and month-name dates only next to a person-event word
 * (born, DOB, died, admitted, on, surgery...), so "3/4 of the way" or "in May" alone are not PHI.
 */
const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const FULL_NUMERIC = /(?<![\w/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\w/-])/g;
const PARTIAL_NUMERIC = /(?<![\w/.-])\d{1,2}\/\d{1,2}(?![\w/])/g;
const NAMED = new RegExp(String.raw`\b(?:${MONTHS}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?${MONTHS}(?:,?\s\d{4})?)\b`, 'gi');
const EVENT = /\b(?:born|dob|d\.o\.b|birthday|bday|b-day|birth|died|passed|death|admitted|discharged|surgery|appointment|appt|excision|procedure|implant|implanted|date|on|since|diagnosed|scheduled|due)\b[^.\n]{0,20}$/i;
/**
 * A day alone ("the 14th", "tuesday the 9th") or a month and year ("march 1989") is a date element only
 * when the event it dates is a person's: these words, not a bare "on" ("on the 2nd floor").
 */
const PERSON_EVENT = /\b(?:born|dob|d\.o\.b|birthday|bday|b-day|died|passed|passed away|death|funeral|admitted|readmitted|discharged|released|surgery|operation|appointment|appt|procedure|induced|due|scheduled|sober|clean)\b[^.\n]{0,20}$/i;
/** Month and year need a birth, admission or death: "diagnosed in march 2019" is the member's own story. */
const VITAL_EVENT = /\b(?:born|dob|d\.o\.b|birth|died|passed|passed away|death|admitted|readmitted|discharged)\b[^.\n]{0,20}$/i;
const ORDINAL_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s(?:the\s)?|the\s)(\d{1,2}(?:st|nd|rd|th))\b/gi;
/** "the 14th time", "the 2nd floor", "the 5th step": an ordinal that counts something, not a day. */
const ORDINAL_NOUN = /^\s(?:time|times|floor|step|steps|day|days|week|weeks|month|months|year|years|session|sessions|grade|century|birthday|anniversary|place|try|attempt|round|visit|one|ones|person|meeting|chapter|page|line|row|street|st|ave|avenue)\b/i;
const MONTH_YEAR = new RegExp(String.raw`\b${MONTHS}\s(?:of\s)?\d{4}\b`, 'gi');
/** Both need a month name ("jan"..."dec"), read from the message's one keyword scan. */
const MONTH_GATE = new GateSet([NAMED, MONTH_YEAR]);

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
      for (const m of execAll(FULL_NUMERIC, text)) {
        if (!validNumeric(m[0])) continue;
        if (/^\d{1,2}\.\d{1,2}\.\d{2}$/.test(m[0])) continue; // version numbers, 1.2.23
        push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
      }
      for (const m of text.includes('/') ? execAll(PARTIAL_NUMERIC, text) : []) {
        if (!validNumeric(m[0]) || /\b10$/.test(m[0]) && /pain|rate|scale/.test(view.lower)) continue;
        if (!EVENT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
      }
    }
    const hasOrdinal = /\d(?:st|nd|rd|th)\b/i.test(text);
    for (const m of hasOrdinal ? execAll(ORDINAL_DAY, text) : []) {
      const day = m[1] ?? '';
      if (Number.parseInt(day, 10) < 1 || Number.parseInt(day, 10) > 31) continue;
      const end = m.index + m[0].length;
      if (ORDINAL_NOUN.test(text.slice(end, end + 12))) continue;
      if (!PERSON_EVENT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "tuesday the 9th" keeps its weekday; "on the 14th" is the day alone
      const start = /^the\s/i.test(m[0]) ? end - day.length : m.index;
      push(out, span(text, start, end, 'DATE'));
    }
    const months = /\d/.test(text) ? MONTH_GATE.scan(view.lower) : [false, false];
    for (const m of months[1] && /\d{4}/.test(text) ? execAll(MONTH_YEAR, text) : []) {
      if (/^may\s/i.test(m[0]) || !VITAL_EVENT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
    }
    for (const m of months[0] ? execAll(NAMED, text) : []) {
      const hasYear = /\d{4}/.test(m[0]);
      if (!EVENT.test(text.slice(Math.max(0, m.index - 30), m.index)) && !hasYear) continue;
      if (/^may\s/i.test(m[0]) && !hasYear) continue;
      push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
    }
    return out;
  },
};
