import type { PhiSpan } from '../../../core/classifier.ts';
import { push, span, SpanIndex, type PhiRecognizer } from './recognizer.ts';

/**
 * Street addresses: a house number, an optional direction, one to three capitalised words and a street
 * suffix, then optionally a unit ("apt 4") and a city (", Tulsa", " in Dayton", ", Cedar Falls IA").
 * ZIP codes: five digits (or ZIP+4) after an address, a state, a city comma, or "in"/"zip".
 */
const SUFFIX = String.raw`(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Sq|Square|Trl|Trail|Loop|Row)`;
const WORD = String.raw`[A-Z][a-z]{1,20}`;
const ADDRESS = new RegExp(
  String.raw`\b\d{1,6}\s(?:[NSEW]\.?\s|(?:North|South|East|West)\s)?(?:${WORD}\s){1,3}${SUFFIX}\b\.?` +
  String.raw`(?:,?\s(?:apt|apartment|unit|suite|ste|#)\.?\s?#?[0-9a-z]{1,5}\b)?` +
  String.raw`(?:(?:,\s|\sin\s)(?:${WORD})(?:\s${WORD})?(?:,?\s[A-Z]{2}\b)?)?`,
  'g',
);
const ADDRESS_LOWER_SUFFIX = new RegExp(String.raw`\b\d{1,6}\s(?:[a-z]{2,20}\s){1,2}(?:st|street|ave|avenue|rd|road|blvd|ln|lane|dr|drive|ct|court|way)\b(?:,?\s(?:apt|unit|suite|#)\.?\s?[0-9a-z]{1,5}\b)?`, 'g');
const ZIP = /(?<![\w-])\d{5}(?:-\d{4})?(?![\w-])/g;
const ZIP_BEFORE = /(?:\b(?:zip|zip code|postal code|postcode|in|near|around|at)\s|,\s?|\b[A-Z]{2}\s|\b[A-Z][a-z]+\s)$/;
const NOT_ZIP_BEFORE = /\b(?:mrn|id|acct|account|number|group|policy|claim|case|#|student|employee|member|is|was|of|\$)\W{0,2}$/i;

export const addressRecognizer: PhiRecognizer = {
  id: 'phi/address',
  types: ['ADDRESS', 'ZIP'],
  find(view, found) {
    const text = view.text;
    const out: PhiSpan[] = [];
    if (!/\d/.test(text)) return out;
    for (const m of text.matchAll(ADDRESS)) {
      let end = m.index + m[0].length;
      // A trailing state abbreviation followed by a ZIP belongs to the address; the ZIP is its own span.
      push(out, span(text, m.index, end, 'ADDRESS'));
      end = 0;
    }
    for (const m of view.lower.matchAll(ADDRESS_LOWER_SUFFIX)) {
      const s = span(text, m.index, m.index + m[0].length, 'ADDRESS');
      if (s && !new SpanIndex(out).overlaps(s)) out.push(s);
    }
    const taken = new SpanIndex([...found, ...out]);
    const addresses = new SpanIndex(out.map((o) => ({ start: o.end, end: o.end + 4, type: o.type })));
    for (const m of text.matchAll(ZIP)) {
      const z = { start: m.index, end: m.index + m[0].length, type: 'ZIP' as const };
      if (taken.overlaps(z)) continue;
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      const afterAddress = addresses.overlaps({ start: m.index, end: m.index + 1 });
      if (!afterAddress && (NOT_ZIP_BEFORE.test(before) || !ZIP_BEFORE.test(before))) continue;
      if (!afterAddress && /^(?:in|near|around|at)\s$/i.test(before.slice(-3)) === false && /\b(?:in|near|around)\s$/i.test(before) && !/\b(?:i'm|im|i am|live|living|lives|located|over|from|me)\b/i.test(before)) continue;
      push(out, z);
    }
    return out;
  },
};
