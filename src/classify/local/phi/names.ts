import type { PhiSpan } from '../../../core/classifier.ts';
import { KeywordIndex } from '../text/keyword-index.ts';
import { GateSet } from '../text/prefilter.ts';
import type { MessageView } from '../text/message-view.ts';
import { AFTER_NAME_WORDS, FIRST_NAMES } from './first-names.ts';
import { execAll, push, span, SpanIndex, type PhiRecognizer } from './recognizer.ts';

/**
 * Full personal names: two or three capitalised words in a row (Unicode letters, so "Tomás Reyes"),
 * after filtering words that are capitalised for other reasons — sentence starts, days and months,
 * places and institutions (a last word like Hall, Clinic, Elementary), brands. Chat text is mostly
 * lower-case, so a Title Case pair is a strong signal; single first names are not identifying on their own.
 */
/** A capitalised name word, with an inner capital after an apostrophe, hyphen or Mc/Mac (O'Brien, Smith-Jones, McKay). */
/** An inner capital only after a surname prefix (McKay, DeShawn, VanDyke), an apostrophe or a hyphen (O'Brien, Okafor-Reyes): "ResMed", "AirSense" are brands. */
const NAME_WORD = String.raw`(?:(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz)(?=\p{Lu}))?\p{Lu}[\p{Ll}'\u2019-]{1,20}(?:(?<=['\u2019-])\p{Lu}[\p{Ll}'\u2019-]{1,20})?|\p{Lu}['\u2019]\p{Lu}\p{Ll}{1,20}`;
const CANDIDATE = new RegExp(String.raw`(?<![\p{L}\p{N}_@#./-])(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s)?(?:${NAME_WORD})(?:\s(?:${NAME_WORD})){1,2}(?![\p{L}\p{N}_@])`, 'gu');
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s/;
/** Every TITLED_SURNAME match, and every title word, holds one of these, lower-cased. */
const TITLE_KEYS = ['dr', 'doctor', 'mr', 'ms', 'mx', 'prof', 'nurse'];
/** A title and a surname alone ("Dr. Okafor", "nurse Patel") still point at one person. */
const TITLED_SURNAME = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:Dr|Doctor|Mr|Mrs|Ms|Mx|Prof|Professor|Nurse|[Dd]r|[Nn]urse)\.?\s(${NAME_WORD})(?![\p{L}\p{N}_@])`, 'gu');
const NOT_NAME_WORD = new Set((
  'I Im Ive Id Although Though However Because Since While Anyway Congratulations Congrats Of Tomorrow Today Tonight Yesterday Act Age Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays Weekends The A An My Our His Her Their Your This That These Those It Its Is Was Be And But Or So If When Then Also Just Not No Yes Ok Okay Oh Hey Hi Hello Thanks Thank Sorry Please Lol Omg Idk Tbh Fwiw Btw Ngl Wait Well Sure Maybe Honestly Update Same Good Happy Merry Dear Love Mom Dad Mum Grandma Grandpa God Jesus Lord ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
  'Street St Ave Avenue Road Rd Lane Blvd Drive Court Way Hall Health Hospital Clinic Center Centre Medical Elementary School High Middle University College Park Falls Hill Hills Lake River Valley Beach Bay County City Town Village Group Unit Ward Memorial Church Station Airport Mall Store Pharmacy Walgreens Target Costco Walmart Insurance Services Office Department Dept Institute Foundation Fund Program Team Company Inc Llc Care Home Homes Nursing House Heights Springs Gardens Square Place Terrace Mountain North South East West New Saint Santa San Los Las Fort Port Mount Zoom Slack Discord Instagram Insta Facebook Twitter Tiktok Reddit Google Youtube Netflix Amazon Apple Medicare Medicaid NICU ICU ER Er Bowl ' +
  'Bridge Bridges Tunnel Pier Harbor Harbour Tower Towers Plaza Arena Stadium Museum Library Theater Theatre Cinema Zoo Aquarium Auto Autos Motors Garage Repair Towing Cafe Café Coffee Bakery Diner Grill Bar Pub Tavern Brewery Bistro Kitchen Pizza Pizzeria Deli Salon Spa Nails Barbershop Studio Studios Gym Fitness Yoga Market Supermarket Shop Shoppe Boutique Outlet Hotel Motel Inn Hostel Restaurant Dental Dentistry Veterinary Bank Credit Union Cleaners Laundromat Hardware Supply Books Bookstore Records Logistics Construction Plumbing Electric Landscaping Realty Salvage Corp Co Ltd Gmbh ' +
  // determiners that open a sentence about a whole kind of people: "Every Marine has nightmares"
  'Every Each Any Some All Most Many No Both Either Neither Another Such ' +
  // function words capitalised in titles ("the I Am Sober app", "Dollar For", "Bake Off"), and words of organisations and places of care
  'Am For From With Without To On Off Out Up Down Over Into By About Agency Area Matters Mind Glen Grove Ridge Manor Meadows Haven Crest Pines Oaks Estates Commons Landing Vista Acres Creek ' +
  // street words of other languages: "Calle Morelos", "Rua Augusta", "Via Roma"
  'Calle Avenida Avda Paseo Carrera Calzada Camino Rua Travessa Largo Via Viale Piazza Corso Strada Rue Chemin Allee Platz Strasse Straße ' +
  'Anxiety Depression Disorder Syndrome Disease Cancer Support Recovery Anonymous Alcoholics Narcotics Al Na Aa Christmas Easter Thanksgiving Halloween English Spanish American British Chinese Indian Mexican Canadian ' +
  // therapies, diagnoses and services are capitalised as terms, not as people
  'Post Traumatic Stress Therapy Therapist Behavior Behavioral Behaviour Behavioural Dialectical Cognitive Personality Borderline Bipolar Major Depressive Generalized Generalised Obsessive Compulsive Attention Deficit Hyperactivity Eating Panic Social Mental Crisis Line Lifeline Hotline Suicide Prevention National Alliance Mindfulness Acceptance Commitment Exposure Response Intensive Outpatient Inpatient Partial Hospitalization Treatment Project Awareness Month Week Day Association Society Network Administration Veterans Affairs Emergency Room Urgent Primary Family Practice Services Planned Parenthood Pride Trust'
).split(' '));
/** Place words that are common surnames too ("Lindsey Park", "Tom Hall"). */
const SURNAME_PLACE = new Set(['Park', 'Hall', 'Hill', 'Lane', 'Ward', 'Church', 'Banks', 'Bay', 'Brooks', 'Rivers', 'Street']);
const INSTITUTION_AFTER = /^\s(?:library|app|center|centre|clinic|hospital|foundation|program|programme|agency|hotline|helpline|unit|ward|campus|branch|office|memorial|society|trust|institute)\b/;
const PLACE_BEFORE = /\b(?:at|in|from|to|near|on|into|visited|visit|moved to|live in|lives in|living in)\s$/i;
const RELATION_BEFORE = /\b(?:my|our|his|her|their|your)\s(?:[a-z-]+\s){0,2}$|\b(?:name is|name's|name was|named|called|i'm|i am|this is|ask for|call|email|text|contact|met|with|and|,)\s?$|\b(?:talked|talking|talk|spoke|speak|speaking|wrote|write|writing|listen|listened|reached out|married|engaged|related|sent it|reply|replied|went out with|introduced me) to\s$/i;

const RELATION_WORD = String.raw`(?:friend|best friend|bf|gf|coworker|co-worker|colleague|roommate|neighbou?r|cousin|sister|brother|aunt|uncle|niece|nephew|sponsor|sponsee|buddy|mentor|classmate|partner|boyfriend|girlfriend|husband|wife|ex|boss|manager|therapist|counselor|counsellor|psychiatrist|nurse|doctor)`;
/**
 * Chat is often typed without capitals: a full name in lower case is read only right after words that
 * introduce a person ("my friend dana reyes", "her name is jenna morales", "talked to mark chen"), and only
 * if neither word is a common word (see PROSE_WORDS).
 */
const LOWER_NAME = new RegExp(String.raw`\b(?:(?:my|our|his|her|their)\s(?:(?:old|best|little|big|older|younger|battle|army|recovery|treatment|work|school|college|childhood)\s)?${RELATION_WORD}|name is|name's|name was|named|called|talked to|talked with|spoke to|spoke with|talking to|texted|messaged)\s([a-z][a-z'-]{1,15})\s([a-z][a-z'-]{1,20})\b`, 'g');
const CALLED_A_THING = /\b(?:is|it's|its|it\u2019s|was|that's|thats|this|be|been|are|were)\s$/i;
const SHORT_RELATION = /\b(?:ex|bf|gf)\b/;
const PERSON_WORD = /friend|worker|colleague|roommate|neighbo|cousin|sister|brother|aunt|uncle|niece|nephew|sponsor|sponsee|buddy|mentor|classmate|partner|husband|wife|boss|manager|therapist|counsel|psychiatrist|nurse|doctor|name|named|called|talk|spoke|texted|messaged/;
/** Both halves of the gate behind one keyword scan: most messages hold none of their keys. */
const LOWER_NAME_GATES = new GateSet([SHORT_RELATION, PERSON_WORD]);

/** Cheap gate for LOWER_NAME (also read by the PHI detector's fast path): a short relation word or a word that introduces a person. */
export function mayNameInLowerCase(lower: string): boolean {
  const open = LOWER_NAME_GATES.scan(lower);
  return (open[0] === true && SHORT_RELATION.test(lower)) || (open[1] === true && PERSON_WORD.test(lower));
}

/** Placeholder names: "imagine Jane Doe goes to a party" is nobody. */
const PLACEHOLDER = /^(?:jane|john|joe|joanne|richard|baby) (?:doe|roe|bloggs|public|smith)$|^(?:john|jane) q\.? public$/i;
/** "famous ADHDers? Simone Biles talked...", "Selena Gomez too. Public figures sharing...": names of public figures. */
const PUBLIC_FIGURES = /\b(?:famous|celebrit(?:y|ies)|public figures?)\b/;
/**
 * Talk of books, shows and interviews, in the message or the two before it (when it has no he or she of its own): a full name there that no relation
 * introduces is an author's, an actor's or a presenter's ("X's memoir", "rewatching ..., Y nailed it").
 */
const MEDIA_TALK = /\b(?:books?|memoirs?|novels?|authors?|documentar(?:y|ies)|['\u2019]s interview|podcasts?|episodes?|tv|netflix|hbo|hulu|(?:re)?watch(?:ing|ed)?|movies?|films?|actor|actress|singer|songs?|albums?|ted talk|celebrit(?:y|ies)|famous|public figures?)\b/;
const MEDIA_GATE = new GateSet([MEDIA_TALK]);
/** A relation or a cue before a full name that makes it a private person's even in such talk. */
const PRIVATE_BEFORE = /\b(?:my|our|his|her|their|your)\s(?:[a-z'-]+\s){0,3}$|\b(?:named|called|name is|name's|i'm|i am)\s$/i;

function mediaTalk(view: MessageView): boolean {
  if (MEDIA_GATE.scan(view.lower)[0] === true && MEDIA_TALK.test(view.lower)) return true;
  // the talk before counts only for a message that goes on about no one else ("she keeps saying she's fine. Dana Whitfield...")
  if (/\b(?:he|she|him|his|her|he's|she's)\b/.test(view.lower)) return false;
  const ctx = view.context;
  for (let i = ctx.length - 1, n = 0; i >= 0 && n < 2; i--, n++) {
    const t = ctx[i]?.text.toLowerCase() ?? '';
    if (MEDIA_GATE.scan(t)[0] === true && MEDIA_TALK.test(t)) return true;
  }
  return false;
}

export const nameRecognizer: PhiRecognizer = {
  id: 'phi/names',
  types: ['NAME'],
  find(view, found) {
    const out = findNames(view, found);
    if (out.length === 0) return out;
    if (PUBLIC_FIGURES.test(view.lower)) return [];
    return mediaTalk(view) ? out.filter((n) => PRIVATE_BEFORE.test(view.text.slice(Math.max(0, n.start - 40), n.start))) : out;
  },
};

function findNames(view: MessageView, found: readonly PhiSpan[]): PhiSpan[] {
  const text = view.text;
  const out: PhiSpan[] = [];
  const taken = new SpanIndex(found);
  if (mayNameInLowerCase(view.lower)) {
    for (const m of execAll(LOWER_NAME, text)) {
      const first = m[1] ?? '', last = stripPossessive(m[2] ?? '');
      if (/['\u2019]s$/.test(first) || AFTER_NAME_WORDS.has(last)) continue; // "my bf kai's parents", "my neighbour bertrand broke": no surname
      if (!personWord(first) || !personWord(last)) continue;
      // "it's called modern life", "what he does is called financial abuse": naming a thing, not a person.
      if (/^called\s/i.test(m[0]) && CALLED_A_THING.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const start = m.index + m[0].length - (m[1] ?? '').length - 1 - (m[2] ?? '').length;
      // the surname as written, less a possessive "'s" ("o'brien" keeps its apostrophe)
      const s = span(text, start, start + first.length + 1 + (m[2] ?? '').replace(/['\u2019]s$/, '').length, 'NAME');
      if (s && !taken.overlaps(s)) push(out, s);
    }
  }
  const lexicon = lowerFullNames(view);
  if (lexicon.length) {
    const contextual = new SpanIndex(out);
    for (const [a, b] of lexicon) {
      // lower case in the text itself (the first name capitalised only at a sentence start): a Title Case pair is
      // the capitalised reading's to judge, and "my roommate Alex self harms" capitalises the name alone
      const second = text.indexOf(' ', a) + 1;
      if (text[second] !== text[second]?.toLowerCase()) continue;
      if (text[a] !== text[a]?.toLowerCase() && !/(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, a - 3), a))) continue;
      const s = span(text, a, b, 'NAME');
      if (s && !taken.overlaps(s) && !contextual.overlaps(s)) push(out, s);
    }
  }
  const titleWord = TITLE_KEYS.some((k) => view.lower.includes(k));
  if (!hasTitlePair(text) && !(titleWord && /\b(?:dr|doctor|mr|mrs|ms|mx|prof|professor|nurse)\b/i.test(text))) return out;
  for (const m of execAll(CANDIDATE, text)) {
    let start = m.index;
    let value = m[0];
    const title = TITLE.exec(value);
    if (title) { start += title[0].length; value = value.slice(title[0].length); }
    const words = value.split(/\s/);
    // Trim non-name words from either end ("Hi Sam Whitaker" -> "Sam Whitaker").
    while (words.length && NOT_NAME_WORD.has(stripPossessive(words[0] ?? ''))) { start += (words.shift() ?? '').length + 1; }
    // "Lindsey Park", "Tom Hall": a surname that is also a place word, after a known first name and not after "at"/"in"
    const surnamePlace = words.length === 2 && FIRST_NAMES.has((words[0] ?? '').toLowerCase()) && SURNAME_PLACE.has(stripPossessive(words[1] ?? '')) &&
      !PLACE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    while (!surnamePlace && words.length && NOT_NAME_WORD.has(stripPossessive(words[words.length - 1] ?? ''))) words.pop();
    if (words.length < 2) continue;
    if (words.some((w, i) => NOT_NAME_WORD.has(stripPossessive(w)) && !(surnamePlace && i === 1))) continue;
    const joined = words.join(' ');
    let end = start + joined.length;
    if (/['\u2019]s$/.test(joined)) end -= 2;
    const before = text.slice(Math.max(0, start - 20), start);
    if (PLACE_BEFORE.test(before) && !RELATION_BEFORE.test(before) && !/['\u2019]s\b/.test(text.slice(end, end + 3))) {
      // "in Cedar Falls", "at Orchard Hill": a place unless a person-relation word precedes it
      if (!/['\u2019]s$/.test(joined)) continue;
    }
    if (PLACEHOLDER.test(text.slice(start, end))) continue;
    // "the Harold Washington library", "An Unquiet Mind", "the Kaiser Permanente app": a title or an institution
    if (/\b(?:the|an)\s$/i.test(text.slice(Math.max(0, start - 4), start)) || INSTITUTION_AFTER.test(text.slice(end, end + 14))) continue;
    // "Feeding Matters", "Running Start": a first word in -ing is no given name
    if (/ing$/.test(words[0] ?? '') && !FIRST_NAMES.has((words[0] ?? '').toLowerCase())) continue;
    const s = span(text, start, end, 'NAME');
    if (s && !taken.overlaps(s)) push(out, s);
  }
  const named = new SpanIndex(out);
  for (const m of titleWord ? execAll(TITLED_SURNAME, text) : []) {
    const surname = m[1] ?? '';
    if (NOT_NAME_WORD.has(stripPossessive(surname))) continue;
    const start = m.index + m[0].length - surname.length;
    const s = span(text, start, /['\u2019]s$/.test(surname) ? start + surname.length - 2 : start + surname.length, 'NAME');
    if (s && !taken.overlaps(s) && !named.overlaps(s)) push(out, s);
  }
  return out;
}

/**
 * "greg lindahl in accounts", "so marcus oyelaran who runs the front desk": a known first name (first-names.ts)
 * and a surname-like word, in lower case, anywhere. The second word must be no prose or chat word, no
 * -ing/-ly/-ed form, and no verb in -s before a small word ("sam works at", "jess posts on"); a second first
 * name in a list ("jess, sam alex and kim") is no surname. Read once per message (memo).
 */
const LEXICON_KEY = 'phi/lexicon-names';
const AFTER_VERB_S = /^\s(?:the|a|an|at|in|on|to|for|with|me|him|her|them|us|it|so|out|up|down|off|too|all|every|from|about|like|this|that|there|here|more|less|some|lots|way|really|and|or|but)\b/;
const AFTER_PERSON = /^(?:['\u2019]s\b|\s?\(|,?\s(?:who|whose|from|at|in|on|with|is|was|has|had|told|tells|said|says|texted|messaged|called|posted|died|passed|just|got|gets|went|came|works|worked|lives|lived|runs|ran|started|admitted|asked|mentioned|confided)\b|,\s(?:the|a|an|my|our|his|her|their)\s)/;
const BEFORE_PERSON = /\b(?:guy|girl|woman|man|lady|person|dude|kid|someone|somebody|named|called|name is|name's|name was|names are|aka)\s$/;
const LIST_AROUND = /^(?:,|\s(?:and|&|or)\s)/;
export function lowerFullNames(view: Pick<MessageView, 'lower' | 'memo'>): ReadonlyArray<readonly [number, number]> {
  const memo = view.memo.get(LEXICON_KEY) as Array<[number, number]> | undefined;
  if (memo) return memo;
  const out: Array<[number, number]> = [];
  const lower = view.lower;
  // Only where a first name and a space occur (one pass of the names' automaton): each hit is read on from
  // its word, so the cost follows the names in the message, not its words.
  NAME_INDEX.scanInto(lower, NAME_FOUND, NAME_LIST);
  const ends: number[] = [];
  for (const id of NAME_LIST) {
    NAME_FOUND[id] = 0;
    const key = NAME_KEYS[id] ?? ' ';
    for (let at = lower.indexOf(key); at !== -1; at = lower.indexOf(key, at + 1)) ends.push(at + key.length - 1);
  }
  NAME_LIST.length = 0;
  view.memo.set(LEXICON_ENDS_KEY, ends);
  if (ends.length > 1) ends.sort((a, b) => a - b);
  let last = -1;
  for (const firstEnd of ends) {
    if (firstEnd === last) continue; // "ella " inside "gabriella ": one word, read once
    last = firstEnd;
    const pair = namePair(lower, firstEnd);
    if (pair) out.push(pair);
  }
  view.memo.set(LEXICON_KEY, out);
  return out;
}

const LEXICON_ENDS_KEY = 'phi/lexicon-name-ends';
const NO_ENDS: readonly number[] = [];

/** Where a known first name (first-names.ts) followed by a space ends in the message: the space's index (sorted). */
export function knownFirstNameEnds(view: Pick<MessageView, 'lower' | 'memo'>): readonly number[] {
  lowerFullNames(view);
  return (view.memo.get(LEXICON_ENDS_KEY) as number[] | undefined) ?? NO_ENDS;
}

/** The full name whose first word ends at `firstEnd` (a space follows it), or null. */
function namePair(lower: string, firstEnd: number): [number, number] | null {
  const n = lower.length;
  let first = firstEnd;
  while (first > 0 && wordChar(lower, first - 1)) first--;
  const before = first > 0 ? lower.charCodeAt(first - 1) : 32;
  if (before === 64 || before === 95 || before === 46 || before === 47 || before === 35 || before === 45 || isDigitCode(before)) return null;
  if (!FIRST_NAMES.has(lower.slice(first, firstEnd))) return null;
  const start = firstEnd + 1;
  let end = start;
  while (end < n && wordChar(lower, end)) end++;
  if (end === start) return null;
  const after = end < n ? lower.charCodeAt(end) : 32;
  if (after === 64 || after === 95 || isDigitCode(after) || (after === 46 && nameLetter(lower.charCodeAt(end + 1)))) return null;
  let w2 = lower.slice(start, end);
  let stop = end;
  if (/['\u2019]s$/.test(w2)) { w2 = w2.slice(0, -2); stop -= 2; }
  if (w2.length < 3 || AFTER_NAME_WORDS.has(w2) || !personWord(w2)) return null;
  if (w2.endsWith('s') && AFTER_VERB_S.test(lower.slice(end, end + 8))) return null;
  // a person is described around the name: "marcus oyelaran who runs...", "greg lindahl in accounts", "jamie
  // hollister (bartender...)", "a guy named..."; a name alone ("tina turner", "ok alex whatever") is not read
  if (!AFTER_PERSON.test(lower.slice(stop, stop + 12)) && !BEFORE_PERSON.test(lower.slice(Math.max(0, first - 16), first))) return null;
  if (FIRST_NAMES.has(w2) && (LIST_AROUND.test(lower.slice(end, end + 5)) || /(?:,|\sand|&)\s?$/.test(lower.slice(Math.max(0, first - 5), first)))) return null;
  return [first, stop];
}

/** A letter of a name word, or an apostrophe or hyphen between two ("o'brien", "delgado-ruiz"). */
function wordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return nameLetter(c) || ((c === 39 || c === 45) && nameLetter(s.charCodeAt(i - 1)) && nameLetter(s.charCodeAt(i + 1)));
}

/**
 * Each first name with the space after it (its last ASCII stretch for "jürgen", "françois"), in an automaton of
 * its own: in the shared one (prefilter.ts) its thousands of states slowed every detector's scan.
 */
const NAME_KEYS = [...new Set([...FIRST_NAMES].map((w) => `${/[a-z'-]+$/.exec(w)?.[0] ?? w} `))];
const NAME_INDEX = new KeywordIndex(NAME_KEYS);
const NAME_FOUND = new Uint8Array(NAME_KEYS.length);
const NAME_LIST: number[] = [];

/** a-z and the Latin letters of names (é, ü, ñ...), without × and ÷. */
function nameLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Words that follow "my friend" or "talked to" without being a name: function words, pronouns, common verbs,
 * adverbs and nouns of chat. Also shared with health-info.ts, which reads a lone first name the same way.
 */
export const PROSE_WORDS = new Set((
  'a an the and or but so if then than that this these those there here what who whom whose which when where why how ' +
  'i me my mine we us our you your he him his she her hers they them their it its one ones someone somebody anyone anybody everyone everybody nobody noone people person guy guys girl girls lady man woman kid kids folks others other all both each some any many most few lot lots more less ' +
  'is isnt was wasnt are arent were be been being am has hasnt have havent had hadnt do does doesnt did didnt done will wont would wouldnt can cant could couldnt should shouldnt might may must shall ' +
  'said says say told tells tell asked asks ask got gets get went goes go came comes come made makes make took takes take gave gives give kept keeps keep thinks thought think knows knew know wants wanted want ' +
  'needs needed need tried tries try helped helps help loves loved love likes liked like hates hated feels felt feel seems seemed looks looked sent sends texted called calls call left leaves moved started starts stopped stops ' +
  'died passed lost found works worked lives lived stayed stays showed drove brought bought used uses just also really always never still even only again too very quite pretty so such ' +
  'finally actually literally basically honestly probably maybe definitely already almost about around from with without to for of in on at by into onto over under after before since until during because while ' +
  'as like not no yes yeah ok okay today tonight yesterday tomorrow now then later soon recently lately once twice ' +
  'who back up down out off away home work school group therapy today everything nothing something anything well good bad sick fine great ' +
  'mom dad mum mother father sister brother son daughter friend friends family husband wife partner boyfriend girlfriend aunt uncle cousin grandma grandpa baby ' +
  'new old best first last next other same different whole own every single several round across through life ' +
  // "I lost my husband two years ago", "my son three weeks in": a count and a unit of time are nobody's name
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred couple few half ' +
  'seconds second minutes minute hours hour days day weeks week months month years year decades decade ago'
).split(' '));

/** A word that can be a lower-case first or last name: not a prose word, no -ing or -ly ending. */
export function personWord(w: string): boolean {
  const plain = w.replace(/['’-]/g, '');
  if (plain.length < 2 || PROSE_WORDS.has(plain) || NOT_NAME_WORD.has(plain.charAt(0).toUpperCase() + plain.slice(1))) return false;
  return !/(?:ing|ly|ed|n't)$/.test(w) || /^(?:ted|ned|fred|jed|ed|emily|kelly|molly|holly|sally|lily|ally|polly|shelly|kimberly|beverly|ashley|riley|bailey|hailey|haley|wesley|stanley|bradley|ling|king|ming|sterling)$/.test(plain);
}

function stripPossessive(w: string): string {
  return w.replace(/['\u2019]s$/, '').replace(/['\u2019]/g, '');
}

/** Cheap gate: an upper-case letter, lower-case letters, one space, an upper-case letter (any script). */
function hasTitlePair(text: string): boolean {
  for (let i = text.indexOf(' ', 1); i > 0 && i + 1 < text.length; i = text.indexOf(' ', i + 1)) {
    const n = text.charCodeAt(i + 1), p = text.charCodeAt(i - 1);
    // ASCII answered from the code; other scripts by case mapping, as before
    const upperNext = n < 128 ? n >= 65 && n <= 90 : text[i + 1] !== text[i + 1]?.toLowerCase();
    if (!upperNext) continue;
    const lowerPrev = p < 128 ? p >= 97 && p <= 122 : text[i - 1] !== text[i - 1]?.toUpperCase();
    if (lowerPrev) return true;
  }
  return false;
}
