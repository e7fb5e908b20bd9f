import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import { DIGIT_WORD, DIGIT_WORD_VALUES, hasSpelledDigitPair } from './phone.ts';
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
const SUFFIX = String.raw`(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Sq|Square|Trl|Trail|Loop|Row|Crescent|Cres|Close|Alley|Walk|Pike|Plaza|Grove|Gardens|Mews|Rise|Parade|Vale|Wynd|Brae)`;
const UNIT = String.raw`(?:,?\s(?:[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite|[Ss]te|[Rr]oom|[Rr]m|[Ff]loor|[Ff]lat|[Ff]l|[Bb]ldg|[Bb]uilding|#)\.?\s?#?[0-9A-Za-z]{1,5}\b)`;
const WORD = String.raw`[A-Z][a-z]{1,20}`;
const HOUSE = String.raw`\b\d{1,6}[A-Za-z]?`;
const ADDRESS = new RegExp(
  String.raw`${HOUSE}\s(?:[NSEW]\.?\s|(?:North|South|East|West)\s)?(?:${WORD}\s){1,3}${SUFFIX}\b\.?(?:\s(?:[NS][EW]|[NSEW])\b\.?)?${UNIT}?` +
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
const ZIP_LABEL = /(?:\b(?:zip|zipcode|zip code|postal code|postcode|post code|plz|cep|cap|code postal|c[oó]digo postal)|\bc\.\s?p\.?|\bcp)\s?(?:is|was|=|:|#)?\s?$/i;
const STATE = /(?:^|[\s,])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|AE|AP|AA)\.?,?\s$/;
/** "anyone in 60647?", "anyone local to 97214": a ZIP or postcode asked after as where someone is. */
const ANYONE_IN = /\b(?:anyone|anybody|someone|somebody|folks|people|ppl|others|us|members|you)\s(?:else\s)?(?:here\s)?(?:in|near|around|from|local to|close to|living in|based in)\s$|\b(?:local to|close to|nearby)\s$/i;
/** "i'm out in hamilton, L8P 4R5": a city in lower case where someone says they live. */
const LIVES_IN_CITY = /\b(?:i'm|im|i am|we're|live|lives|living|lived|based|out|over|from)\s(?:(?:over|out|down|up)\s)?(?:in|near|from)\s[a-z]{3,20}(?:\s[a-z]{3,20})?,?\s$/i;
/** An APO/FPO military address: "Unit 3220 Box 114, APO AE". */
const MILITARY = /\b(?:(?:unit|psc|cmr)\s\d{1,5},?\s)?box\s\d{1,5},?\s(?:apo|fpo|dpo)\s(?:ae|ap|aa)\b/gi;
const LIVES_IN = /\b(?:i'm|im|i am|live|lives|living|lived|located|moved|move|based|from|area|stay|staying|over|out)\b(?:\s(?:over|out|down|up|here|there))?\s(?:in|to|near|around|at|from)\s$|\b(?:i'm|im|i am|we're) from\s$/i;
const CITY_BEFORE = /\b(?:in|from|to|near|live in|lives in)\s[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?,?\s$/;
/**
 * Addresses written the way other countries write them. The street word first and the number after it:
 * "Calle Morelos 215", "Rua Augusta 1500", "Via Roma 12", "Lindenstraße 42", "Keizersgracht 123", "Drottninggatan 5";
 * or the number first before a French street word: "12 rue de la Paix". Then the parts that follow there:
 * ", Int. 4", ", Col. Centro", ", Hinterhaus 3. OG", ", 2º B".
 */
const STREET_FIRST = String.raw`(?:[Cc]alle|C\/|[Aa]venida|[Aa]vda\.?|Av\.|[Pp]aseo|[Cc]arrera|[Cc]alzada|[Cc]amino|[Rr]ua|[Tt]ravessa|[Aa]lameda|Via|[Vv]iale|[Pp]iazza|Corso|Largo|[Vv]icolo|[Ss]trada|Plaza|[Rr]ambla|Ronda|[Cc]arrer|[Pp]asseig|[Uu]lica|ul\.)`;
const STREET_NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'-]{1,24}|\d{1,2}\sde\s\p{Lu}\p{Ll}{2,12})`;
const STREET_COMPOUND = String.raw`(?:(?:\p{Lu}\p{Ll}{1,20}-){0,3}\p{Lu}\p{Ll}{1,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|steig|pfad|straat|laan|gracht|plein|gatan|vägen|gata|vej|veien|vegen|katu|utca)|(?:\p{Lu}\p{Ll}{1,20}-){1,3}(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Damm|Ufer))`;
const UNIT_WORD = String.raw`(?:[Ii]nt|[Ii]nterior|[Dd]epto|[Dd]pto|[Dd]epartamento|[Pp]iso|[Aa]pto|[Aa]partamento|[Ww]ohnung|Whg|[Hh]interhaus|[Vv]orderhaus|[Ss]eitenflügel|[Gg]artenhaus|[Ss]tock|OG|EG|DG|[Ee]tage|[Ee]sc|[Ee]scalera|[Pp]uerta|[Pp]ta|[Bb]ajo|[Cc]ol|[Cc]olonia|[Bb]airro|[Bb]arrio|[Ss]cala|[Ii]nterno|[Bb]loco|[Ll]ote|[Mm]z|[Mm]anzana|[Ff]racc|[Ff]raccionamiento|[Ss]ector|[Tt]orre|[Ee]dificio|[Ee]dif|[Bb]loque|[Pp]ortal|[Pp]lanta|[Aa]ndar|[Aa]pt|[Ff]lat)`;
const UNIT_ITEM = String.raw`\s(?:\d{1,4}\p{L}?\.?|\p{Lu}\p{L}{0,15}\.?|[º°ª]\.?)`;
const FOREIGN_UNITS = String.raw`(?:,\s(?:${UNIT_WORD}\.?(?:${UNIT_ITEM}){1,2}|\d{1,3}(?:\.|[º°ª])?\s?(?:OG|EG|DG|Stock|Etage|piso|planta|andar|[º°ª])(?:\s\p{Lu}\b)?)){0,3}`;
const FOREIGN_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${STREET_FIRST}\s(?:(?:de|del|de la|dos|das|da|do|di|della|delle|dei)\s)?${STREET_NAME_WORD}(?:\s${STREET_NAME_WORD}){0,2}|${STREET_COMPOUND})` +
  String.raw`,?\s(?:[Nn][º°o]\.?\s?|#\s?)?\d{1,5}(?:\s?[a-zA-Z](?![\p{L}\d]))?(?![\d.,:/]\d)${FOREIGN_UNITS}` +
  String.raw`|(?<![\p{L}\d])\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:[Rr]ue|[Bb]oulevard|[Bb]d|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse|[Qq]uai|[Aa]venue|[Pp]lace|[Rr]oute)\s(?:(?:de la|de l'|du|des|de|d')\s?)?\p{Lu}[\p{L}'-]{1,24}(?:\s\p{Lu}[\p{L}'-]{1,24}){0,3}`,
  'gu',
);
/** The words without which FOREIGN_ADDRESS cannot match, read from the message's one keyword scan. */
/** ASCII keys only (a key beyond ASCII would open the gate always): "straße", "vägen", "allée" are read by NON_ASCII_STREET. */
const FOREIGN_GATE = new GateSet([/calle |c\/|avenida |avda|av\. |paseo |carrera |calzada |camino |rua |travessa |alameda |via |viale |piazza |corso |largo |vicolo |strada |plaza |rambla |ronda |carrer |passeig |ulica |ul\. |strasse|str\. |weg |gasse |platz |allee |damm |ufer |chaussee |steig |pfad |straat |laan |gracht |plein |gatan |gata |vej |veien |vegen |katu |utca | rue | boulevard | bd | chemin | impasse | quai | avenue | place | route /]);
const NON_ASCII_STREET = /\u00dfe|\u00e4gen|\u00e9e/;
/** What each FOREIGN_ADDRESS form needs around its street word, tested on the lower-cased text before the full pattern. */
const FOREIGN_QUICK = /(?:calle|c\/|avenida|avda|av\.|paseo|carrera|calzada|camino|rua|travessa|alameda|via|viale|piazza|corso|largo|vicolo|strada|plaza|rambla|ronda|carrer|passeig|ulica|ul\.)\s|(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|steig|pfad|straat|laan|gracht|plein|gatan|vägen|gata|vej|veien|vegen|katu|utca),?\s(?:n|#|\d)|\d,?\s(?:rue|boulevard|bd|chemin|allée|allee|impasse|quai|avenue|place|route)\s/;
/** "sent it via Venmo 20 bucks": a count or amount after a street word is no house number. */
const NOT_HOUSE_AFTER = /^\s?(?:%|years?|yrs?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|dollars|bucks|euros?|pesos|people|times|mg|km|miles|steps|followers|likes)\b/i;
/** Postcodes of the UK ("M14 5RD", "SW1A 1AA") and Canada ("M5H 2N2"), read only next to an address, a city or a label. */
const POSTCODE4 = /(?<![\w.,/-])\d{4}(?![\w/-]|[.,]\d)/g;
const AU_STATE_BEFORE = /(?:^|[\s,])(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\.?,?\s$/;
const POSTCODE_WORD = /post|zip|code|plz|cep|c\.p/;
const POSTCODE_SHAPE = /\d[a-z]?\s?\d[a-z]{2}\b|[a-z]\d[a-z][ -]?\d[a-z]\d/i;
const UK_POSTCODE = /(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}(?![\w-])/gi;
const CA_POSTCODE = /(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[A-Z][ -]?\d[A-Z]\d(?![\w-])/gi;
/** "my zip is nine seven two one four": five digits as words (or words and digits) after a ZIP label. */
const DIGIT = String.raw`(?:${DIGIT_WORD}|\d)`;
const ZIP_SPELLED = new RegExp(String.raw`\b(?:zip|zipcode|zip code|postal code|postcode)\s?(?:is|was|=|:|#)?\s?(${DIGIT}(?:[\s,-]{1,2}${DIGIT}){4})(?![\w-])`, 'gi');
const ZIP_WORD = new GateSet([ZIP_SPELLED]);
const TOWNS_BETWEEN = /^,?\s(?:\p{Lu}[\p{L}'-]+,?\s){1,3}$/u;
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
        const digits = value.toLowerCase().split(/[\s,-]+/).map((t) => DIGIT_WORD_VALUES[t] ?? t).join('');
        const start = m.index + m[0].length - value.length;
        if (/^\d{5}$/.test(digits)) push(out, span(text, start, start + value.length, 'ZIP'));
      }
    }
    if (!/\d/.test(text)) return out;
    for (const m of execAll(ADDRESS, text)) push(out, span(text, m.index, m.index + m[0].length, 'ADDRESS'));
    if ((FOREIGN_GATE.scan(lower)[0] === true || NON_ASCII_STREET.test(lower)) && FOREIGN_QUICK.test(lower)) {
      const english = new SpanIndex(out);
      for (const m of execAll(FOREIGN_ADDRESS, text)) {
        const end = m.index + m[0].length;
        if (NOT_HOUSE_AFTER.test(text.slice(end, end + 12))) continue;
        const s = span(text, m.index, end, 'ADDRESS');
        if (s && !english.overlaps(s)) out.push(s);
      }
    }
    if (lower.includes('box')) {
      for (const m of execAll(PO_BOX, text)) push(out, span(text, m.index, m.index + m[0].length, 'ADDRESS'));
      if (/\b[afd]po\b/.test(lower)) for (const m of execAll(MILITARY, text)) push(out, span(text, m.index, m.index + m[0].length, 'ADDRESS'));
    }
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
    // a postcode is read only after an address, a city or a label: without one of them, not at all
    const postcodes = POSTCODE_SHAPE.test(text) && (out.length > 0 || POSTCODE_WORD.test(lower) || /\b(?:in|from|to|near|local to)\s(?:[A-Z]|[a-z]{3,20},?\s[a-z]\d)/i.test(text))
      ? execAll(UK_POSTCODE, text).concat(execAll(CA_POSTCODE, text)) : [];
    const fours = /\d{4}/.test(text) && (out.length > 0 || POSTCODE_WORD.test(lower) || /\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\.?,?\s\d{4}\b/.test(text)) ? execAll(POSTCODE4, text) : [];
    if (zips.length === 0 && postcodes.length === 0 && fours.length === 0) return out;
    const taken = new SpanIndex([...found, ...out]);
    const addresses = new SpanIndex(out.map((o) => ({ start: o.end, end: o.end + 4, type: o.type })));
    // "14 Kingsley Road, Roath, Cardiff CF24 3AA", "27 Ash Grove, Salford M6 8PL": the town or two between address and code
    const streets = out.filter((o) => o.type === 'ADDRESS');
    const afterTown = (at: number) => streets.some((o) => o.end <= at && at - o.end <= 40 && TOWNS_BETWEEN.test(text.slice(o.end, at)));
    for (const m of zips) {
      const z = { start: m.index, end: m.index + m[0].length, type: 'ZIP' as const };
      if (taken.overlaps(z)) continue;
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      const labelled = ZIP_LABEL.test(before);
      if (!labelled && NOT_ZIP_AFTER.test(text.slice(z.end, z.end + 12))) continue;
      const afterAddress = addresses.overlaps({ start: m.index, end: m.index + 1 });
      if (labelled || afterAddress || STATE.test(before) || CITY_BEFORE.test(before) || LIVES_IN.test(before) || ANYONE_IN.test(before) || afterTown(m.index)) push(out, z);
    }
    // four-digit postcodes (Australia, Switzerland, Austria, Belgium, the Nordics): after a state code ("NSW 2000"),
    // or right after an address with the city after them ("Bahnhofstrasse 12, 8001 Zürich"), or labelled
    for (const m of fours) {
      const z = { start: m.index, end: m.index + m[0].length, type: 'ZIP' as const };
      if (taken.overlaps(z)) continue;
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      const cityAfter = /^,?\s\p{Lu}\p{Ll}{2,}/u.test(text.slice(z.end, z.end + 20));
      const year = /^(?:19|20)\d\d$/.test(m[0]);
      if (AU_STATE_BEFORE.test(before) || ZIP_LABEL.test(before) || (cityAfter && !year && addresses.overlaps({ start: m.index, end: m.index + 1 }))) push(out, z);
    }
    for (const m of postcodes) {
      const z = { start: m.index, end: m.index + m[0].length, type: 'ZIP' as const };
      if (taken.overlaps(z)) continue;
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      // right after an address or a city ("23 Ashdown Road, Flat 4, M14 5RD", "Manchester M14 5RD"), or labelled
      if (ZIP_LABEL.test(before) || addresses.overlaps({ start: m.index, end: m.index + 1 }) || CITY_BEFORE.test(before) || afterTown(m.index) ||
        LIVES_IN.test(before) || LIVES_IN_CITY.test(before) || ANYONE_IN.test(before)) push(out, z);
    }
    return out;
  },
};
