import type { PhiSpan } from '../../../core/classifier.ts';
import type { ContextMessage } from '../../../core/message.ts';
import { buildMessageView, lowerSameLength, type MessageView } from '../text/message-view.ts';
import { GateSet } from '../text/prefilter.ts';
import { AFTER_NAME_WORDS, FIRST_NAMES } from './first-names.ts';
import { knownFirstNameEnds, lowerFullNames, mayNameInLowerCase, nameRecognizer, personWord, PROSE_WORDS } from './names.ts';
import { execAll, push, span, SpanIndex, type PhiRecognizer } from './recognizer.ts';

/**
 * First names of private third parties (LABELING.md `phi`: "health details tied to an identifiable third
 * party"). A first name alone is no full name, but tied to a relation or to the group ("my cousin Odile", "my
 * stepson ravi has...", "Bruno from the friday circle", "Lorcan, my sponsor,", "mr. quennell") it points at one
 * person everyone who knows the member can find, and the health detail around it is theirs. Such a name is a
 * NAME span, and so is the same name later in the conversation ("is greta able to talk yet?"). The PHI
 * detector redacts a first name but does not flag a message for it alone (detectors/phi.ts).
 */
/** Relations, in-laws first so "my sister in law jess" is read whole. */
const REL_WORDS = ('mother in law|father in law|sister in law|brother in law|son in law|daughter in law|mother-in-law|father-in-law|sister-in-law|brother-in-law|son-in-law|daughter-in-law|' +
  'ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex-partner|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner|ex bf|ex gf|exhusband|exwife|' +
  'stepmom|stepmum|stepdad|stepmother|stepfather|stepson|stepdaughter|stepbrother|stepsister|stepkid|stepchild|step-mom|step-mum|step-dad|step-son|step-daughter|' +
  'sons|son|daughters|daughter|dad|mom|mum|mother|father|brother|sister|cousin|best friend|friend|bestie|bff|husband|wife|hubby|spouse|partner|girlfriend|boyfriend|bf|gf|' +
  'fiance|fiancee|fianc\u00e9|fianc\u00e9e|roommate|roomie|housemate|flatmate|coworker|co-worker|colleague|aunt|auntie|aunty|uncle|grandma|grandpa|grandmother|grandfather|granny|gran|nana|nan|' +
  'grandson|granddaughter|grandkid|neighbor|neighbour|kid|child|baby|twin|niece|nephew|godson|goddaughter|godmother|godfather|ex|boss|supervisor|manager|classmate|teacher|coach|student|' +
  'sponsor|sponsee|mentor|buddy|doula|midwife|caseworker|carer|caregiver|therapist|counselor|counsellor|psychiatrist|nurse|doctor').split('|');
const REL = `(?:${REL_WORDS.join('|')})`;
/** A relation word is no name ("my stepmom, my uncle, now me"). */
const REL_WORD = new RegExp(String.raw`^(?:${REL}|step\w+|grand\w+|ex-\w+)$`);
/** A name word in the lower-cased text (accents kept): "odile", "tomás", "o'neill". */
const NAME = String.raw`([a-z\u00df-\u024f][a-z\u00df-\u024f'-]{1,20})`;
/** Kinship words used as a title: "grandpa walt", "auntie june". */
const KIN_TITLE = new RegExp(String.raw`\b(?:grandpa|grandma|granny|gran|nana|papa|auntie|aunty|aunt|uncle|cousin|nonna|abuela|abuelo)\s${NAME}`, 'g');
/** "Bruno from the friday circle", "oksana from this server". */
const FROM_GROUP = new RegExp(String.raw`\s(from|in|at)\s(?:the\s|my\s|our\s|this\s|that\s)?(?:[a-z]{2,12}\s){0,2}?(?:group|meetings?|program|class|church|zoom|circle|server|chat|channel|discord|forum|subreddit|thread|session|cohort|na|aa|rehab|recovery|work|office|job|school)\b`, 'g');
/** "kev's mom called", "Noor's OT quit": a person's relation or carer after a possessive. */
const POSSESSIVE_OF = new RegExp(String.raw`'s\s(?:${REL}|parents|family|ot|pt|slp|therapist|psychiatrist|doctor|doc|nurse|surgeon|oncologist|neurologist|caseworker|social worker|care team|meds|medication|diagnosis|surgery|treatment|seizures?|chemo|dialysis|rehab|ward|room)\b`, 'g');
/** After a possessive, a relative (not a carer) makes even an unknown lower-case word a name: "kev's mom". */
const POSSESSIVE_RELATIVE = new RegExp(String.raw`^'s\s${REL}\b`);
/** A title and a surname typed in lower case: "mr. quennell", "dr. abernathy" (capitalised ones are names.ts's). */
const TITLE_LOWER = new RegExp(String.raw`\b(?:dr|mr|mrs|ms|mx|prof)\.\s${NAME}`, 'g');
const PATTERNS = [KIN_TITLE, FROM_GROUP, TITLE_LOWER, POSSESSIVE_OF] as const;
const GROUP_WORDS = 'group meeting meetings program class church zoom circle server chat channel discord forum subreddit thread session cohort na aa rehab recovery work office job school'.split(' ');
const KIN_WORDS = 'grandpa grandma granny gran nana papa auntie aunty aunt uncle cousin nonna abuela abuelo'.split(' ');
/** The keys of POSSESSIVE_OF: the first word of each relation or carer is enough for the scan. */
/** The carers of POSSESSIVE_OF (its relatives open the relation keys, " mom" in "kev's mom"). */
const CARER_KEYS = 'parents family ot pt slp therapist psychiatrist doctor doc nurse surgeon oncologist neurologist caseworker social care meds medication diagnosis surgery treatment seizure chemo dialysis rehab ward room'.split(' ');
const literal = (keys: readonly string[]) => new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
/** One keyword scan decides which patterns can match: a relation word between spaces, a group word, a kin word, a title. */
const GATES = new GateSet([
  literal(KIN_WORDS.map((w) => `${w} `)),
  literal(GROUP_WORDS.filter((w) => w.length > 2).map((w) => ` ${w}`).concat([' na ', ' na,', ' na.', ' aa ', ' aa,', ' aa.'])),
  literal(['dr. ', 'mr. ', 'mrs. ', 'ms. ', 'mx. ', 'prof. ']),
  literal(CARER_KEYS.map((w) => `'s ${w}`)),
  // a relation or a name after a determiner ("my cousin odile", "lorcan, my sponsor", "his wife is carmen")
  literal(REL_WORDS.filter((w) => !/[^\x00-\x7f]/.test(w) && !w.includes(' ')).map((w) => ` ${w}`).concat([' fianc', ' name '])),
]);
const RELATION_GATE = PATTERNS.length;

/** Words that carry a clause on after a subject: the name before them is complete ("my sister jess has..."). */
const CLAUSE_VERB = new Set(('has had is was got gets just keeps kept did does went goes started starts relapsed overdosed died passed lives lived works worked ' +
  'says said told tells called texted came comes needs needed tried tries ended takes took would will can could wants wanted thinks thought ' +
  'asked asks mentioned posted shared messaged wrote writes ' +
  'isnt wasnt doesnt didnt cant wont hasnt hadnt').split(' '));
/** Irregular past tenses that carry a clause on as well ("my neighbour bertrand broke his hip"). */
const PAST_VERB = new Set('broke fell ran ate drank slept woke spoke chose drove flew fought forgot hid hit hurt met paid put rode sat shot stood stole swore taught threw wore won bought brought caught sent lost left found made gave began'.split(' '));
/** Words after a relation that are no names though not prose ("my friend online has..."). */
const NOT_FIRST_NAME = new Set(('online irl overseas abroad sometimes often usually nowadays somehow anyway anyways kinda sorta def legit lowkey highkey tho though ' +
  'herself himself themselves themself whos lol lmao tbh ngl idk btw fr rn literally apparently currently basically ' +
  'teachers students nurses doctors coworkers colleagues parents members staff girls boys classmates neighbors neighbours teens adults patients clients ' +
  'who whom which that did does will would can could might must should shall theyre youre were thats theres second third fourth fifth else edit reminder context background ' +
  // titles: "my psychiatrist Dr. Farah Haddad" names her after the title
  'dr mr mrs ms mx prof doctor professor nurse sister brother father').split(' '));

/** The next word after `end` (lower case), or '' at a boundary. */
function nextWord(lower: string, end: number): string {
  if (lower.charCodeAt(end) !== 32) return '';
  const m = /^[a-z']+/.exec(lower.slice(end + 1, end + 24));
  return m ? m[0] : '';
}

/**
 * The name word at [s, e) of a relation or group phrase, read as a first name: a capitalised word or a known
 * first name whose clause goes on after it (punctuation, a possessive, a verb or a small word: not "Alex self
 * harms"), or an unknown lower-case word only before the clause's verb ("my stepson ravi has").
 */
function firstNameAt(text: string, lower: string, s: number, e: number, mode: 'loose' | 'strict' | 'titled'): [number, number] | null {
  let end = e;
  let word = lower.slice(s, e);
  let possessive = false;
  if (word.endsWith("'s")) { word = word.slice(0, -2); end -= 2; possessive = true; }
  if (word.endsWith("'")) { word = word.slice(0, -1); end -= 1; }
  // the cheap lookups first: most words after "my mom" are verbs and chat words
  if (word.length < 2 || AFTER_NAME_WORDS.has(word) || PROSE_WORDS.has(word) || NOT_FIRST_NAME.has(word) || !personWord(word) || REL_WORD.test(word)) return null;
  if (mode === 'titled') return [s, end];
  const shouted = text.slice(s, end) === text.slice(s, end).toUpperCase();
  const capitalised = text[s] !== lower[s] && !shouted && !/(?:^|[.!?\n]\s*)$/.test(lower.slice(Math.max(0, s - 3), s));
  // accented letters are rare in English words and common in names: "tomás", "zoë", "andrés"
  const known = FIRST_NAMES.has(word) || /[\u00df-\u024f]/.test(word);
  const after = lower.charCodeAt(e) === 32 ? e + 1 : e;
  const c = lower.charCodeAt(after);
  const punct = after >= lower.length || c === 44 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 41 || c === 40 || c === 10 || c === 0x2014 || c === 0x2013;
  const next = nextWord(lower, e);
  if (capitalised || known) {
    if (!(possessive || punct || PROSE_WORDS.has(next) || CLAUSE_VERB.has(next) || /^[a-z]{2,}(?:ed|s)$/.test(next))) return null;
    return [s, end];
  }
  if (mode === 'strict') return null;
  return possessive || CLAUSE_VERB.has(next) || PAST_VERB.has(next) || /^[a-z]{3,}ed$/.test(next) ? [s, end] : null;
}

/** The word that ends at `end` (letters, inner apostrophes and hyphens), not after @ # _ . / or a digit; '' if none. */
function wordBefore(lower: string, end: number): string {
  let s = end;
  while (s > 0 && /[a-z\u00df-\u024f'-]/.test(lower[s - 1] ?? '')) s--;
  const p = s > 0 ? lower[s - 1] ?? '' : ' ';
  return s < end && !/[0-9@#_./]/.test(p) ? lower.slice(s, end) : '';
}

const DETERMINER = /\b(?:my|our|his|her|their) /g;
const REL_ONE: ReadonlySet<string> = new Set(REL_WORDS.filter((w) => !w.includes(' ')));
/** Relations of more than one word (or hyphenated), by their first word. */
const REL_MORE: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const w of REL_WORDS) {
    if (!/[ -]/.test(w)) continue;
    const first = w.split(/[ -]/)[0] ?? w;
    m.set(first, [...(m.get(first) ?? []), w].sort((a, b) => b.length - a.length));
  }
  return m;
})();

/**
 * Names around a relation after a determiner, read by one scan for the determiners and word lookups (a regex with
 * every relation in it tried them one by one at every determiner): "my cousin odile" and "my sister, Jess" after
 * it, "his wife is carmen" and "her son's name is Arlo" in a sentence, "lorcan, my sponsor," and "margit (my aunt)"
 * before it, "sheila b, my sponsor" with an initial. Up to three words may stand between the determiner and the
 * relation ("my old treatment buddy kenzie", "my dad's girlfriend darlene").
 */
function relationNames(text: string, lower: string, out: Array<[number, number]>): void {
  for (const m of execAll(DETERMINER, lower)) {
    const rel = relationAt(lower, m.index + m[0].length);
    if (!rel) continue;
    const { end, name, possessive } = rel;
    if (name) {
      // "her son's name is Arlo"; "my name is..." is the writer
      if (m[0] === 'my ' && !possessive) continue;
      const is = /^ (?:is|was) /.exec(lower.slice(end, end + 5));
      if (is) pushName(text, lower, end + is[0].length, 'strict', out);
      continue;
    }
    // after the relation: "my cousin odile", "my sister, Jess" (known or capitalised), "his wife is carmen"
    const is = /^ (?:is|was) /.exec(lower.slice(end, end + 5));
    if (is) pushName(text, lower, end + is[0].length, 'strict', out);
    else if (lower.charCodeAt(end) === 44 && lower.charCodeAt(end + 1) === 32) pushName(text, lower, end + 2, 'strict', out);
    else if (lower.charCodeAt(end) === 32) pushName(text, lower, end + 1, 'loose', out);
    // before it: "lorcan, my sponsor,", "rachel \u2014 my doula", "margit (my aunt)"
    const d = m.index;
    let sep = -1;
    if (d >= 2 && lower.charCodeAt(d - 1) === 40 && lower.charCodeAt(d - 2) === 32) sep = d - 2;
    else if (d >= 2 && lower.charCodeAt(d - 1) === 32 && SEPARATOR.has(lower.charCodeAt(d - 2))) sep = lower.charCodeAt(d - 3) === 32 && lower.charCodeAt(d - 2) !== 44 ? d - 3 : d - 2;
    if (sep < 0) continue;
    const w = wordBefore(lower, sep);
    if (!w) continue;
    const at = sep - w.length;
    // an apposition closed after the relation names its person; an open one only a known or capitalised name
    const closed = /^[,)]|^\s[\u2014\u2013-]\s/.test(lower.slice(end, end + 3));
    let got = firstNameAt(text, lower, at, sep, closed ? 'titled' : 'strict');
    if (!got && w.length === 1 && /[b-hj-z]/.test(w)) {
      // "sheila b, my sponsor": a first name and an initial
      const first = wordBefore(lower, at - 1);
      if (first && lower.charCodeAt(at - 1) === 32 && firstNameAt(text, lower, at - 1 - first.length, at - 1, 'titled')) got = [at - 1 - first.length, at + 1];
    }
    if (got) out.push(got);
  }
}
const SEPARATOR = new Set([44, 0x2014, 0x2013, 45]);

/** The relation after a determiner at `from`, past up to three words: its end, or "name" ("her son's name"). */
function relationAt(lower: string, from: number): { end: number; name: boolean; possessive: boolean } | null {
  let p = from;
  let possessive = false;
  for (let k = 0; k <= 3; k++) {
    let e = p;
    while (e < lower.length && letter(lower.charCodeAt(e))) e++;
    if (e === p) return null;
    // a relation of several words starts with one of a few ("sister in law", "best friend", "ex-wife")
    const more = REL_MORE.get(lower.slice(p, e));
    if (more) for (const r of more) if (lower.startsWith(r, p) && !letter(lower.charCodeAt(p + r.length))) return { end: p + r.length, name: false, possessive };
    while (e < lower.length && (letter(lower.charCodeAt(e)) || lower.charCodeAt(e) === 45 || lower.charCodeAt(e) === 39)) e++;
    const w = lower.slice(p, e);
    if (REL_ONE.has(w)) return { end: e, name: false, possessive };
    if (w === 'name') return { end: e, name: true, possessive };
    if (lower.charCodeAt(e) !== 32) return null;
    // a filler word is letters, or letters and "'s" ("my dad's girlfriend darlene")
    const apostrophe = w.indexOf("'");
    if (apostrophe !== -1) { if (apostrophe !== w.length - 2 || !w.endsWith("'s")) return null; possessive = true; }
    else if (w.includes('-')) return null;
    p = e + 1;
  }
  return null;
}

/** The name word that starts at `s` (after a relation), read by firstNameAt. */
function pushName(text: string, lower: string, s: number, mode: 'loose' | 'strict', out: Array<[number, number]>): void {
  const m = NAME_WORD.exec(lower.slice(s, s + 24));
  if (!m) return;
  const got = firstNameAt(text, lower, s, s + m[0].length, mode);
  if (got) out.push(got);
}
const NAME_WORD = /^[a-z\u00df-\u024f][a-z\u00df-\u024f'-]{1,20}/;

/** First names tied to a relation, the group or a title in this message (memo), as [start, end) pairs. */
export function anchoredFirstNames(view: Pick<MessageView, 'text' | 'lower' | 'memo'>): ReadonlyArray<readonly [number, number]> {
  const memo = view.memo.get(ANCHORED_KEY) as Array<[number, number]> | undefined;
  if (memo) return memo;
  const out: Array<[number, number]> = [];
  const { text, lower } = view;
  const open = GATES.scan(lower);
  if (open[RELATION_GATE]) relationNames(text, lower, out);
  for (let p = 0; p < PATTERNS.length; p++) {
    // "kev's mom": a relative after a possessive opens the relation keys
    if (!open[p] && !(PATTERNS[p] === POSSESSIVE_OF && open[RELATION_GATE] && lower.includes("'s "))) continue;
    const re = PATTERNS[p] as RegExp;
    for (const m of execAll(re, lower)) {
      // the name comes before the relation or group phrase ("lorcan, my sponsor", "bruno from the friday circle")
      const before = re === FROM_GROUP || re === POSSESSIVE_OF;
      const w = before ? wordBefore(lower, m.index) : m[1] ?? '';
      if (!w) continue;
      const at = before ? m.index - w.length : m.index + m[0].length - w.length;
      if (re === POSSESSIVE_OF) {
        // a known or capitalised name (sentence start too) before any of them; an unknown word only before a relative
        const cap = text[at] !== lower[at] && text.slice(at, m.index) !== text.slice(at, m.index).toUpperCase();
        const ok = !NOT_FIRST_NAME.has(w) && !AFTER_NAME_WORDS.has(w) && personWord(w) && (cap || FIRST_NAMES.has(w) || POSSESSIVE_RELATIVE.test(m[0]));
        if (ok && !/^(?:my|our|his|her|their|your|the|a|an)$/.test(wordBefore(lower, at - 1))) out.push([at, m.index]);
        continue;
      }
      // known or capitalised names only after "at"/"in" a group or "from work"
      const strict = re === FROM_GROUP && (m[1] !== 'from' || /(?:work|office|job|school)$/.test(m[0]));
      let got = firstNameAt(text, lower, at, at + w.length, re === TITLE_LOWER ? 'titled' : strict ? 'strict' : 'loose');
      // "oksana from this server had...": an unknown word before "from" the group, with the clause's verb after it
      if (!got && re === FROM_GROUP && m[1] === 'from' && !FIRST_NAMES.has(w) && personWord(w) && !AFTER_NAME_WORDS.has(w) && !NOT_FIRST_NAME.has(w) && CLAUSE_VERB.has(nextWord(lower, m.index + m[0].length))) got = [at, at + w.length];
      if (got) out.push(got);
    }
  }
  out.sort((a, b) => a[0] - b[0]);
  view.memo.set(ANCHORED_KEY, out);
  return out;
}
const ANCHORED_KEY = 'phi/anchored-first-names';

/** How many messages back a name introduced in the conversation is still read as that person. */
const LOOKBACK = 4;
/** The names each context message introduces, read once however many later messages look back at it (the objects die with the window). */
const INTRODUCED = new WeakMap<ContextMessage, readonly string[]>();
const NONE: readonly string[] = [];

/**
 * Words of this message that name a third party of the last few messages: "did harold know?" after "his name
 * was Harold Brennan", "hugs to Greta" after "my aunt Greta had a stroke". Only words that can be a first name
 * are looked up (a known first name, a capitalised word inside a sentence, a word before "'s"), and only context
 * messages holding that word are read for the names they introduce. Memo per message.
 */
export function conversationNameMentions(view: Pick<MessageView, 'text' | 'lower' | 'context' | 'memo'>): ReadonlyArray<readonly [number, number]> {
  const memo = view.memo.get(MENTIONS_KEY) as Array<[number, number]> | undefined;
  if (memo) return memo;
  let out: Array<[number, number]> = [];
  const ctx = view.context;
  if (ctx.length > 0) {
    const words = nameCandidates(view);
    if (words.length > 0) out = lookBack(view, words);
  }
  view.memo.set(MENTIONS_KEY, out);
  return out;
}
const MENTIONS_KEY = 'phi/conversation-name-mentions';

function lookBack(view: Pick<MessageView, 'lower' | 'context'>, words: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const ctx = view.context;
  // each distinct word is looked up once, however often the message repeats it
  const seen = words.length > 3 ? new Map<string, boolean>() : null;
  for (const [s, e] of words) {
    const w = view.lower.slice(s, e);
    let named = seen?.get(w);
    if (named === undefined) {
      named = false;
      let cap: string | null = null;
      for (let i = ctx.length - 1, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
        const c = ctx[i];
        if (!c) continue;
        // read already: its names; else only where the word is typed there, in lower case or capitalised ("my aunt Greta...")
        let names = INTRODUCED.get(c);
        if (names === undefined) {
          cap ??= w.charAt(0).toUpperCase() + w.slice(1);
          names = c.text.includes(w) || c.text.includes(cap) ? introducedBy(c) : NONE;
        }
        if (names !== NONE && names.includes(w)) { named = true; break; }
      }
      seen?.set(w, named);
    }
    if (named) out.push([s, e]);
  }
  return out;
}

/** A third party was named (a full name, or a first name tied to a relation or the group) in the last few context messages. */
export function recentThirdParty(view: Pick<MessageView, 'context'>, back = 6): boolean {
  const ctx = view.context;
  for (let i = ctx.length - 1, n = 0; i >= 0 && n < back; i--, n++) {
    const c = ctx[i];
    if (c && introducedBy(c).length > 0) return true;
  }
  return false;
}

function introducedBy(c: ContextMessage): readonly string[] {
  let names = INTRODUCED.get(c);
  if (names === undefined) {
    names = introduced(c.text, lowerSameLength(c.text));
    INTRODUCED.set(c, names);
  }
  return names;
}

/**
 * Words that may be a first name mentioned again, as [start, end): a known first name, a capitalised word inside a
 * sentence, a word before "'s", and a lower-case word where names stand (opening the message before its verb,
 * after "hugs to", "ask", "yay"...); prose and chat words are left out. Each kind is found by its own quick scan,
 * so a message with none of them costs a few native searches, not a walk over its words.
 */
function nameCandidates(view: Pick<MessageView, 'text' | 'lower' | 'memo'>): Array<[number, number]> {
  const { text, lower } = view;
  const starts: number[] = [];
  for (const end of knownFirstNameEnds(view)) starts.push(wordStart(lower, end));
  for (let at = lower.indexOf("'s"); at !== -1; at = lower.indexOf("'s", at + 2)) if (at > 0 && letter(lower.charCodeAt(at - 1))) starts.push(wordStart(lower, at));
  if (text !== lower) for (const m of execAll(CAPITAL_INSIDE, text)) starts.push(m.index + m[0].length - (m[1] ?? '').length);
  for (const m of execAll(AFTER_NAME_CUE, lower)) starts.push(m.index + m[0].length - (m[1] ?? '').length);
  const first = /^[a-z\u00df-\u024f]{3,15}/.exec(lower);
  if (first && CLAUSE_VERB.has(nextWord(lower, first[0].length))) starts.push(0);
  if (starts.length === 0) return [];
  starts.sort((x, y) => x - y);
  const out: Array<[number, number]> = [];
  let last = -1;
  for (const s of starts) {
    if (s === last) continue;
    last = s;
    let e = s;
    while (e < lower.length && letter(lower.charCodeAt(e))) e++;
    if (e - s < 3 || e - s > 15) continue;
    const before = s > 0 ? lower.charCodeAt(s - 1) : 32;
    if (before === 64 || before === 35 || before === 95 || before === 47 || (before >= 48 && before <= 57)) continue;
    const w = lower.slice(s, e);
    if (PROSE_WORDS.has(w) || AFTER_NAME_WORDS.has(w)) continue;
    out.push([s, e]);
  }
  return out;
}

/** A capitalised word after a lower-case letter or a comma and a space: inside a sentence, not opening one. */
const CAPITAL_INSIDE = /[a-z,;:)]\s([A-Z\u00c0-\u00de][a-z\u00df-\u024f]{2,14})(?![a-z\u00df-\u024f])/g;
/** "hugs to noor", "yay mila", "ask tobias", "how's greta": a name after a greeting or a cue. */
const AFTER_NAME_CUE = /\b(?:(?:hugs?|love|prayers|thoughts|best|hi|hello|say hi) to|ask|tell|hey|hi|bye|yay|poor|dear|miss|hows|how's) ([a-z\u00df-\u024f]{3,15})(?![a-z\u00df-\u024f])/g;

function wordStart(lower: string, end: number): number {
  let s = end;
  while (s > 0 && letter(lower.charCodeAt(s - 1))) s--;
  return s;
}

function letter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

function introduced(text: string, lower: string): readonly string[] {
  const view: Pick<MessageView, 'text' | 'lower' | 'memo' | 'context' | 'authorId'> = { text, lower, memo: new Map(), context: [], authorId: '' };
  const spans: Array<readonly [number, number]> = [...anchoredFirstNames(view)];
  // the name recognizer only where a full name can be: a capitalised pair, a title, or a name in lower case
  if (hasNamePair(text) || mayNameInLowerCase(lower) || lowerFullNames(view).length > 0) {
    for (const s of nameRecognizer.find(buildMessageView({ text, authorId: '', context: [], structure: false }), [])) spans.push([s.start, s.end]);
  }
  if (spans.length === 0) return NONE;
  const out: string[] = [];
  for (const [s, e] of spans) {
    const first = lower.slice(s, e).split(/[\s.]/)[0]?.replace(/'s$/, '') ?? '';
    if (first.length >= 3 && personWord(first) && !AFTER_NAME_WORDS.has(first) && !out.includes(first)) out.push(first);
  }
  return out.length ? out : NONE;
}

/** "Harold Brennan", "Dr. Okafor", "nurse Patel": a capitalised word (or a title) before a capitalised word with lower-case letters. */
function hasNamePair(text: string): boolean {
  for (let i = text.indexOf(' ', 1); i > 0 && i + 2 < text.length; i = text.indexOf(' ', i + 1)) {
    const n = text.charCodeAt(i + 1), n2 = text.charCodeAt(i + 2);
    if (!(n >= 65 && n <= 90) && !(n > 127 && text[i + 1] !== text[i + 1]?.toLowerCase())) continue;
    if (!((n2 >= 97 && n2 <= 122) || n2 > 127)) continue;
    let w = i - 1;
    while (w > 0 && text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 10) w--;
    const p = text.charCodeAt(w);
    if ((p >= 65 && p <= 90) || p > 127 || /^(?:dr|mr|mrs|ms|mx|prof|nurse|doctor)\.?$/i.test(text.slice(w, i))) return true;
  }
  return false;
}

export const thirdPartyNameRecognizer: PhiRecognizer = {
  id: 'phi/third-party-names',
  types: ['NAME'],
  find(view, found) {
    const anchored = anchoredFirstNames(view);
    const mentions = conversationNameMentions(view);
    if (anchored.length === 0 && mentions.length === 0) return [];
    const taken = new SpanIndex(found);
    const out: PhiSpan[] = [];
    for (const [s, e] of anchored) {
      const sp = span(view.text, s, e, 'NAME');
      if (sp && !taken.overlaps(sp)) push(out, sp);
    }
    if (mentions.length) {
      const mine = new SpanIndex(out);
      for (const [s, e] of mentions) {
        const sp = { start: s, end: e, type: 'NAME' as const };
        if (!taken.overlaps(sp) && !mine.overlaps(sp)) out.push(sp);
      }
      out.sort((a, b) => a.start - b.start);
    }
    return out;
  },
};
