import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import { hasSpelledDigitPair } from './phone.ts';
import { execAll, push, span, SpanIndex, type PhiRecognizer } from './recognizer.ts';

/**
 * Street addresses: a house number (221B), an optional direction, one to three capitalised words and a street
 * suffix, then optionally a unit ("apt 4", "Suite 200", "#12") and a city (", Tulsa", " in Dayton",
 * ", Cedar Falls IA"); PO boxes. Lower-case chat addresses ("14 rosewood lane") are ambiguous with distances
 * and counts ("a 10 min drive", "2 dogs and way too many"), so they need an unambiguous suffix, a unit, or a
 * place word before them ("lives at", "moved to", "address is").
 * ZIP codes: five digits (or ZIP+4) right after an address, after a state abbreviation, or labelled
 * ("zip code is"), or where someone says they live ("I live over in 97214").
 */
const SUFFIX = String.raw`(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Sq|Square|Trl|Trail|Loop|Row|Crescent|Cres|Close|Alley|Walk|Pike|Plaza)`;
const UNIT = String.raw`(?:,?\s(?:[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite|[Ss]te|[Rr]oom|[Rr]m|[Ff]loor|[Ff]l|[Bb]ldg|[Bb]uilding|#)\.?\s?#?[0-9A-Za-z]{1,5}\b)`;
const WORD = String.raw`[A-Z][a-z]{1,20}`;
const HOUSE = String.raw`\b\d{1,6}[A-Za-z]?`;
const ADDRESS = new RegExp(
  String.raw`${HOUSE}\s(?:[NSEW]\.?\s|(?:North|South|East|West)\s)?(?:${WORD}\s){1,3}${SUFFIX}\b\.?${UNIT}?` +
  String.raw`(?:(?:,\s|\sin\s)(?:${WORD})(?:\s${WORD})?(?:,?\s[A-Z]{2}\b)?)?`,
  'g',
);
const LOWER_SUFFIX = String.raw`(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|ct|court|way|pl|place|terrace|pkwy|parkway|hwy|highway|cir|circle|trail|crescent|close)`;
const ADDRESS_LOWER = new RegExp(String.raw`${HOUSE.toLowerCase()}\s(?:[a-z]{2,20}\s){1,3}${LOWER_SUFFIX}\b\.?(${UNIT.replace(/\[([A-Za-z])([a-z])\]/g, '$2')})?`, 'g');
/** Suffixes that are also everyday words or abbreviations ("drive", "way", "place", "st"): need more evidence. */
const AMBIGUOUS_SUFFIX = /\s(?:st|dr|drive|ct|court|way|pl|place|close|trail|circle|cir)\.?$/;
const UNIT_WORDS_FIRST = /^\d{1,6}[a-z]?\s(?:min|mins|minute|minutes|hour|hours|hr|hrs|mile|miles|mi|km|block|blocks|day|days|week|weeks|month|months|year|years|time|times|way|lane|of|and|or|the|more|other|or|to|in|at)\s/;
const PLACE_BEFORE = /\b(?:at|on|to|live|lives|living|lived|stay|stays|staying|address|addy|moved|move|house|home|apartment|place is|send|mail|ship|deliver|pick (?:me|her|him) up|near|from)\b[^\n.]{0,12}$/;
const PO_BOX = /\b(?:p\.?\s?o\.?|post office)\s?box\s?#?\s?\d{1,7}\b/gi;
const ZIP = /(?<![\w-])\d{5}(?:-\d{4})?(?![\w-])/g;
const ZIP_LABEL = /\b(?:zip|zipcode|zip code|postal code|postcode)\s?(?:is|was|=|:|#)?\s?$/i;
const STATE = /(?:^|[\s,])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)\.?,?\s$/;
const LIVES_IN = /\b(?:i'm|im|i am|live|lives|living|lived|located|moved|move|based|from|area|stay|staying|over|out)\b(?:\s(?:over|out|down|up|here|there))?\s(?:in|to|near|around|at|from)\s$|\b(?:i'm|im|i am|we're) from\s$/i;
const CITY_BEFORE = /\b(?:in|from|to|near|live in|lives in)\s[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?,?\s$/;
/** "my zip is nine seven two one four": five digits as words (or words and digits) after a ZIP label. */
const DIGIT = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)`;
const ZIP_SPELLED = new RegExp(String.raw`\b(?:zip|zipcode|zip code|postal code|postcode)\s?(?:is|was|=|:|#)?\s?(${DIGIT}(?:[\s,-]{1,2}${DIGIT}){4})(?![\w-])`, 'gi');
const ZIP_WORD = new GateSet([ZIP_SPELLED]);
const DIGIT_VALUE: Readonly<Record<string, string>> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const NOT_ZIP_AFTER = /^\s?(?:years?|yrs?|steps|feet|ft|miles?|mi|km|mg|mcg|ml|dollars|bucks|people|calories|kcal|words|times|hours|days|followers|views|likes|%)\b/i;

export const addressRecognizer: PhiRecognizer = {
  id: 'phi/address',
  types: ['ADDRESS', 'ZIP'],
  find(view, found) {
    const text = view.text;
    const lower = view.lower;
    const out: PhiSpan[] = [];
    if (hasSpelledDigitPair(view) && ZIP_WORD.scan(lower)[0] === true) {
      for (const m of execAll(ZIP_SPELLED, text)) {
        const value = m[1] ?? '';
        const digits = value.toLowerCase().split(/[\s,-]+/).map((t) => DIGIT_VALUE[t] ?? t).join('');
        const start = m.index + m[0].length - value.length;
        if (/^\d{5}$/.test(digits)) push(out, span(text, start, start + value.length, 'ZIP'));
      }
    }
    if (!/\d/.test(text)) return out;
    for (const m of execAll(ADDRESS, text)) push(out, span(text, m.index, m.index + m[0].length, 'ADDRESS'));
    if (lower.includes('box')) for (const m of execAll(PO_BOX, text)) push(out, span(text, m.index, m.index + m[0].length, 'ADDRESS'));
    // One index over the capitalised matches; lower-case matches never overlap each other (one pass of the regex).
    const lowerMatches = execAll(ADDRESS_LOWER, lower);
    const titled = lowerMatches.length > 0 ? new SpanIndex(out) : null;
    for (const m of lowerMatches) {
      const s = span(text, m.index, m.index + m[0].length, 'ADDRESS');
      if (!s || titled?.overlaps(s) || UNIT_WORDS_FIRST.test(m[0])) continue;
      const street = m[1] ? m[0].slice(0, m[0].length - m[1].length) : m[0];
      const placeBefore = PLACE_BEFORE.test(lower.slice(Math.max(0, m.index - 25), m.index));
      if (!m[1] && !placeBefore && AMBIGUOUS_SUFFIX.test(street)) continue;
      if (!m[1] && !placeBefore && /\b(?:and|or|the|of|to|in|a|my|your|min|hour|mile)\s/.test(street)) continue;
      out.push(s);
    }
    const zips = execAll(ZIP, text);
    if (zips.length === 0) return out;
    const taken = new SpanIndex([...found, ...out]);
    const addresses = new SpanIndex(out.map((o) => ({ start: o.end, end: o.end + 4, type: o.type })));
    for (const m of zips) {
      const z = { start: m.index, end: m.index + m[0].length, type: 'ZIP' as const };
      if (taken.overlaps(z)) continue;
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      const labelled = ZIP_LABEL.test(before);
      if (!labelled && NOT_ZIP_AFTER.test(text.slice(z.end, z.end + 12))) continue;
      const afterAddress = addresses.overlaps({ start: m.index, end: m.index + 1 });
      if (labelled || afterAddress || STATE.test(before) || CITY_BEFORE.test(before) || LIVES_IN.test(before)) push(out, z);
    }
    return out;
  },
};
