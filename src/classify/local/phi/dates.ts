import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import { execAll, push, span, type PhiRecognizer } from './recognizer.ts';

/**
 * Dates in their common written forms. Numeric dates with a year (03/14/1989, 1988-03-02, 3/14/23) are
 * taken as they are; partial ones (11/08) and month-name dates only next to a person-event word
 * (born, DOB, died, admitted, on, surgery...), so "3/4 of the way" or "in May" alone are not PHI.
 */
const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** A day of the month spelled out: "fourteenth", "twenty-third", "thirty first". */
const ORD_WORD = String.raw`(?:(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const NUM_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
/** A year after a day and month: 1990, '89, or spelled ("nineteen eighty nine", "two thousand and one"). */
const YEAR = String.raw`(?:,?\s(?:\d{4}|['\u2019]\d{2}|(?:nineteen|twenty)[\s-](?:oh[\s-])?${NUM_WORD}(?:[\s-]${NUM_WORD})?|two thousand(?:\s(?:and\s)?${NUM_WORD}(?:[\s-]${NUM_WORD})?)?))?`;
/** A date that ends in its year ("march fourteenth nineteen eighty nine"; not "march twenty-third"). */
const ENDS_IN_YEAR = new RegExp(String.raw`(?:\d{4}|['\u2019]\d{2}|(?:nineteen|twenty)[\s-](?:oh[\s-])?${NUM_WORD}(?:[\s-]${NUM_WORD})?|two thousand(?:\s(?:and\s)?${NUM_WORD}(?:[\s-]${NUM_WORD})?)?)$`, 'i');
const WEEKDAY_NAME = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** The same separator twice: "3.5/10" is a score, not a date. */
const FULL_NUMERIC = /(?<![\w/.-])(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\w/-])/g;
const PARTIAL_NUMERIC = /(?<![\w/.-])\d{1,2}\/\d{1,2}(?![\w/])/g;
/** "3 14 1989" after a birth word: the date typed with spaces. */
const SPACED_NUMERIC = /(?<![\w/.-])\d{1,2}\s\d{1,2}\s(?:\d{4}|\d{2})(?![\w/.-])/g;
const NAMED = new RegExp(String.raw`\b(?:(?:${WEEKDAY_NAME},?\s)?${MONTHS}\s(?:the\s)?\d{1,2}(?:st|nd|rd|th)?${YEAR}|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?${MONTHS}${YEAR})\b`, 'gi');
/** "june fourteenth", "the fourteenth of june": a spelled day with its month ("second march" is a protest, so "of"). */
const NAMED_WORDS = new RegExp(String.raw`\b(?:${MONTHS}\s(?:the\s)?${ORD_WORD}${YEAR}|${ORD_WORD}\sof\s${MONTHS}${YEAR})\b`, 'gi');
const EVENT = /\b(?:born|dob|d\.o\.b|birthday|bday|b-day|birth|died|passed|death|admitted|discharged?|hospitali[sz]ed|surgery|appointment|appt|excision|procedure|implant|implanted|date|on|since|diagnosed|scheduled|due|infusion|chemo|follow[- ]?up)\b[^.\n]{0,20}$/i;
/**
 * A day alone ("the 14th", "tuesday the 9th") or a month and year ("march 1989") is a date element only
 * when the event it dates is a person's: these words, not a bare "on" ("on the 2nd floor").
 */
const PERSON_EVENT = /\b(?:born|dob|d\.o\.b|birthday|bday|b-day|died|passed|passed away|death|funeral|memorial|admitted|readmitted|discharged?|released|hospitali[sz]ed|surgery|operation|appointment|appt|procedure|induced|due|scheduled|sober|clean|icu|intake|rehab|detox|infusion|chemo|(?:sees?|seeing|saw) (?:an? |the |his |her |their )?(?:[a-z]+ )?(?:doc|doctor|specialist)|keep(?:s|ing)? (?:him|her|them)|kept (?:him|her|them)|(?:turns|turned|turning) \d{1,3})\b[^.\n]{0,30}$/i;
/** The same words further back in the clause ("admitted to the psych unit at st mary's march 3rd"), for a day and month. */
const PERSON_EVENT_FAR = /\b(?:born|dob|d\.o\.b|birthday|bday|b-day|died|passed away|funeral|admitted|readmitted|discharged|surgery|operation|induced)\b[^.\n;]{0,45}$/i;
/** The event named after the date: "june 14th is his birthday", "the 3rd of march was the day she died". */
const EVENT_AFTER = /^[^.\n,;]{0,25}\b(?:birthday|bday|b-day|dob|born|died|passed away|death|admitted|discharged|surgery|operation|procedure|c-section|induction|intake|funeral|memorial|due date)\b/i;
/** Month and year need a birth, admission or death: "diagnosed in march 2019" is the member's own story. */
const VITAL_EVENT = /\b(?:born|dob|d\.o\.b|birth|died|passed|passed away|death|admitted|readmitted|discharged)\b[^.\n]{0,20}$/i;
/** A birth word right before a date typed with spaces or a dotted short year ("dob 3 14 1989", "dob is 3.14.89"). */
const BIRTH_LABEL = /\b(?:born|dob|d\.o\.b\.?|birthday|bday|b-day|date of birth)\b(?:\s(?:is|was|on|=))?:?\s$/i;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?`;
const ORDINAL_DAY = new RegExp(String.raw`\b(?:${WEEKDAY}\s(?:the\s)?|the\s)(\d{1,2}(?:st|nd|rd|th))\b`, 'gi');
/** "on the twelfth", "friday the thirteenth": a spelled day after a person's event. */
const ORDINAL_WORD_DAY = new RegExp(String.raw`\b(?:${WEEKDAY}\s(?:the\s)?|the\s)(${ORD_WORD})\b`, 'gi');
/** "the 14th time", "the 2nd floor", "the 5th step": an ordinal that counts something, not a day. */
const ORDINAL_NOUN = /^\s(?:time|times|floor|step|steps|day|days|week|weeks|month|months|year|years|session|sessions|grade|century|birthday|anniversary|place|try|attempt|round|visit|one|ones|person|meeting|chapter|page|line|row|street|st|ave|avenue)\b/i;
/** A spelled ordinal is a day only before the end of the clause or a small word ("the twelfth, "the first of"), not a noun. */
const ORDINAL_WORD_END = /^(?:\s*(?:[.,;:!?)\n]|$)|\s(?:of|and|at|but|so|then|in|from|after|before|for|this|next|last|or|when|until|till|because|around|about|i|she|he|they|we|my|his|her|their|to)\b)/i;
const MONTH_YEAR = new RegExp(String.raw`\b${MONTHS}\s(?:of\s)?\d{4}\b`, 'gi');
/** The first two need a month name ("jan"..."dec"), the third a spelled ordinal, the fourth a PERSON_EVENT word: read from the message's one keyword scan. */
const MONTH_GATE = new GateSet([NAMED, MONTH_YEAR, new RegExp(ORD_WORD), /born|dob|d\.o\.b|birthday|bday|b-day|died|passed|death|funeral|memorial|admitted|discharge|released|hospitali|surgery|operation|appointment|appt|procedure|induced|due|scheduled|sober|clean|icu|intake|turn|rehab|detox|infusion|chemo|see|saw|keep|kept/]);

/**
 * Month names of French, Spanish, Portuguese, Italian, German and Dutch, in the day-month-year order those
 * languages write: "17 juin 1986", "3 de marzo de 2019", "17. Juni 1986", "1er mai". With a year the date is
 * taken as it is; without one only after a person's event (born, né, nacido, geboren, admitted...).
 */
const FOREIGN_MONTH = String.raw`(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|j[äa]nner|februar|m[äa]rz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus)`;
const FOREIGN_NAMED = new RegExp(String.raw`(?<![\p{L}\d/.-])(\d{1,2})(?:er|re|º|°|\.)?\s(?:de\s)?${FOREIGN_MONTH}(?:,?\s(?:de\s|del\s)?(\d{4}))?(?![\p{L}\d])`, 'giu');
/** ASCII keys only (beyond ASCII the gate would always open); "février", "août", "märz" by NON_ASCII_MONTH. */
const FOREIGN_MONTH_GATE = new GateSet([/janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|janner|jaenner|februar|marz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus/]);
/** From the letter beyond ASCII on, so the scan looks for that rare letter first; FOREIGN_NAMED reads the rest. */
const NON_ASCII_MONTH = /\u00e9(?:vrier|cembre)|\u00fbt|\u00e7o|\u00e4(?:nner|rz)/;
const FOREIGN_EVENT = /\b(?:n[ée]e?|naissance|nacid[oa]|naci[óo]|nacimiento|nascid[oa]|nascimento|nat[oa]|nascita|geboren|geburt\w*|falleci[óo]|muri[óo]|d[ée]c[ée]d[ée]e?|gestorben|morreu|mort[oa]|ingres[óo]|hospitali[sz]\w+|anniversaire|cumplea[ñn]os|anivers[áa]rio|compleanno|geburtstag|verjaardag)\b[^.\n]{0,25}$/iu;
/** A birth word earlier in a message that already holds a date: "my dob as 1990-07-12 ... same day, july 12". */
const BIRTH_WORD = /\b(?:dob|d\.o\.b|date of birth|born|birthday|bday|b-day)\b/i;

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
    const hasDigit = /\d/.test(text);
    if (hasDigit && /\d[/.-]\d/.test(text)) {
      for (const m of execAll(FULL_NUMERIC, text)) {
        if (!validNumeric(m[0])) continue;
        // version numbers, 1.2.23, unless a birth word introduces them ("dob is 3.14.89")
        if (/^\d{1,2}\.\d{1,2}\.\d{2}$/.test(m[0]) && !BIRTH_LABEL.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
      }
      for (const m of text.includes('/') ? execAll(PARTIAL_NUMERIC, text) : []) {
        if (!validNumeric(m[0]) || /\b10$/.test(m[0]) && /pain|rate|scale/.test(view.lower)) continue;
        if (!EVENT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
      }
    }
    if (hasDigit && /\d \d/.test(text) && /born|dob|d\.o\.b|birth|bday|b-day/.test(view.lower)) {
      for (const m of execAll(SPACED_NUMERIC, text)) {
        if (!validNumeric(m[0].replace(/\s/g, '/')) || !BIRTH_LABEL.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
      }
    }
    const hasOrdinal = hasDigit && /\d(?:st|nd|rd|th)\b/i.test(text);
    for (const m of hasOrdinal ? execAll(ORDINAL_DAY, text) : []) {
      const day = m[1] ?? '';
      if (Number.parseInt(day, 10) < 1 || Number.parseInt(day, 10) > 31) continue;
      const end = m.index + m[0].length;
      if (ORDINAL_NOUN.test(text.slice(end, end + 12))) continue;
      if (!PERSON_EVENT.test(text.slice(Math.max(0, m.index - 45), m.index)) && !EVENT_AFTER.test(text.slice(end, end + 40))) continue;
      // "tuesday the 9th" keeps its weekday; "on the 14th" is the day alone
      const start = /^the\s/i.test(m[0]) ? end - day.length : m.index;
      push(out, span(text, start, end, 'DATE'));
    }
    const months = MONTH_GATE.scan(view.lower);
    for (const m of months[1] && hasDigit && /\d{4}/.test(text) ? execAll(MONTH_YEAR, text) : []) {
      if (/^may\s/i.test(m[0]) || !VITAL_EVENT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      push(out, span(text, m.index, m.index + m[0].length, 'DATE'));
    }
    const named = months[0] && hasDigit ? execAll(NAMED, text) : [];
    const spelled = months[2] === true;
    for (const m of months[0] && spelled ? named.concat(execAll(NAMED_WORDS, text)) : named) {
      const hasYear = ENDS_IN_YEAR.test(m[0]);
      // "may 5 people come": may with a bare number is a verb unless a year or an ordinal ("may 5th") follows
      if (/^may\s(?:the\s)?\d{1,2}\b/i.test(m[0]) && !hasYear) continue;
      const end = m.index + m[0].length;
      const tied = EVENT.test(text.slice(Math.max(0, m.index - 30), m.index)) || PERSON_EVENT_FAR.test(text.slice(Math.max(0, m.index - 60), m.index)) || EVENT_AFTER.test(text.slice(end, end + 40)) ||
        (out.length > 0 && BIRTH_WORD.test(text.slice(Math.max(0, m.index - 150), m.index)));
      if (!tied && !hasYear) continue;
      push(out, span(text, m.index, end, 'DATE'));
    }
    for (const m of spelled && months[3] ? execAll(ORDINAL_WORD_DAY, text) : []) {
      const end = m.index + m[0].length;
      if (!ORDINAL_WORD_END.test(text.slice(end, end + 12))) continue;
      if (!PERSON_EVENT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const start = /^the\s/i.test(m[0]) ? end - (m[1] ?? '').length : m.index;
      push(out, span(text, start, end, 'DATE'));
    }
    if (hasDigit && (FOREIGN_MONTH_GATE.scan(view.lower)[0] === true || NON_ASCII_MONTH.test(view.lower))) {
      for (const m of execAll(FOREIGN_NAMED, text)) {
        const day = Number.parseInt(m[1] ?? '0', 10);
        if (day < 1 || day > 31) continue;
        const end = m.index + m[0].length;
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (!m[2] && !EVENT.test(before) && !FOREIGN_EVENT.test(before) && !EVENT_AFTER.test(text.slice(end, end + 40))) continue;
        push(out, span(text, m.index, end, 'DATE'));
      }
    }
    return mergeOverlapping(out);
  },
};

/** "monday 3rd" and "3rd june" are one date, "monday 3rd june": overlapping date spans are joined. */
function mergeOverlapping(spans: PhiSpan[]): PhiSpan[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhiSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
