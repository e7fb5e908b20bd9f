import type { ContextMessage } from '../../../core/message.ts';
import { GateSet } from './prefilter.ts';

/** One sentence of the message, with the structure the detectors read. Offsets are into the message text. */
export interface Sentence {
  start: number;
  end: number;
  /** Second person: you, your, u, ur, yourself, or a member named in the text. */
  addressed: boolean;
  /** First person singular anywhere in the sentence. */
  firstPerson: boolean;
  /** [reportedFrom, reportedTo): the part of the sentence that reports what someone else said to the writer. */
  reportedFrom: number;
  reportedTo: number;
  /** A hedge that marks self-doubt or tentativeness: maybe, probably, idk, I guess... */
  hedged: boolean;
}

/** The message as every detector sees it: parsed once, read many times. */
export interface MessageView {
  text: string;
  lower: string;
  authorId: string;
  context: readonly ContextMessage[];
  mentions: readonly string[];
  sentences: Sentence[];
  /** [start, end) ranges inside quotation marks. */
  quotes: Array<[number, number]>;
  /** Members of the conversation named in the text (u3, @u3) or mentioned, in order of appearance. */
  namedMembers: string[];
  /** Every author of the context, lower-cased, mapped to their id as given (read by features and target). */
  authors: ReadonlyMap<string, string>;
  /** True when any sentence is addressed to someone. */
  addressed: boolean;
  /** Facts computed once and shared by detectors (see cue-scorer.ts memo). */
  memo: Map<string, unknown>;
}

const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;

/** Lower-case without changing length, so offsets found in `lower` are offsets into `text`. */
export function lowerSameLength(text: string): string {
  const l = text.toLowerCase();
  const base = l.length === text.length ? l : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  APOSTROPHES.lastIndex = 0;
  return APOSTROPHES.test(base) ? base.replace(APOSTROPHES, "'") : base;
}

const SECOND_PERSON = /\b(?:you|your|you're|youre|yours|yourself|u|ur|ya|y'all|yall)\b/;
const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|myself|mine)\b/;
const IMPERATIVE_START = /(?:^|[,:]\s?)\s*(?:(?:just|so|ok|okay|honestly|seriously|pls|please|lol|and) )?(?:stop|quit|don't|get over|move on|calm down|relax|chill|grow up|man up|read|check yourself|pick|admit|deal with|cheer up|give it|wait it out|keep trying|try|look at|drop it|let it go)\b/;
const HEDGE = /\b(?:maybe|probably|perhaps|i guess|idk|i don't know|i dont know|not sure|i think|i wonder|might be|could be|kind of|kinda)\b/;

/**
 * Reporting frames: a third party said/told/called the writer something. What follows in the sentence is
 * reported speech, not the writer's own claim ("he said I was imagining it", "my mom kept telling me to get over it").
 * Bounded gaps only, so the regex stays linear.
 */
const REPORT_FRAME = new RegExp(
  String.raw`\b(?:he|she|they|someone|somebody|people|my [a-z-]+(?: [a-z-]+)?|his [a-z-]+|her [a-z-]+|their [a-z-]+|the [a-z-]+|mom|dad|mum|ex|boss|[a-z]+'s [a-z-]+)` +
  String.raw`(?: (?:literally|always|still|just|even|actually|basically|would|used to|kept|keeps|kept on|once|then|also|constantly|apparently|would always|'d))?` +
  String.raw`(?: |'d |'s )(?:said|says|say|saying|told|tells|tell|telling|called|calls|yelled|yells|screamed|texted|texts|wrote|goes|went|was like|is like|were like|are like|accused|accuses|insisted|insists|claimed|claims|swore|swears|thinks|thought|made me feel|makes me feel|acted like|acts like|would say|would tell|would call|replied|responded|asked|keeps saying|keeps telling|kept saying|kept telling|blamed|blames)\b`,
  'g',
);
/** "I was told", "I keep hearing", "being told" also frame what follows as reported. */
const PASSIVE_FRAME = /\b(?:(?:anyone|anybody|whoever|people|those|someone|somebody) (?:who|that) (?:tells?|told|says?|said|calls?|called)|i was told|i got told|i keep hearing|i kept hearing|i've been told|being told|i was called|i got called|i heard|i'd hear|i'd get told|(?:the )?(?:comment|message|reply|response|text|note) (?:said|was|read))\b/g;

export function buildMessageView(input: {
  text: string;
  authorId: string;
  context: readonly ContextMessage[];
  mentions?: readonly string[] | undefined;
  /** false: only text, lower, context and mentions (enough for the PHI recognizers). */
  structure?: boolean;
}): MessageView {
  const text = input.text;
  const lower = lowerSameLength(text);
  if (input.structure === false) {
    return { text, lower, authorId: input.authorId, context: input.context, mentions: input.mentions ?? [], sentences: [], quotes: [], namedMembers: [], authors: new Map(), addressed: false, memo: new Map() };
  }
  const quotes = findQuotes(text);
  const { authors, members } = contextAuthors(input.context, input.authorId);
  const namedMembers = findNamedMembers(lower, members, input.mentions ?? []);
  // The imperative gate is read once for the message: a sentence can only hold keys the message holds.
  const imperativeOpen = IMPERATIVE_GATE.scan(lower)[0] === true;
  const sentences = splitSentences(lower, namedMembers.length > 0 ? new Set(namedMembers) : null, imperativeOpen);
  markPositions(lower, sentences, SECOND_PERSON_G, 'addressed');
  markPositions(lower, sentences, FIRST_PERSON_G, 'firstPerson');
  // Hedges are rare: their literals, from the message's one keyword scan, say whether the regex need run.
  if (HEDGE_GATE.scan(lower)[0] === true) markPositions(lower, sentences, HEDGE_G, 'hedged');
  markReportedSpeech(lower, sentences);
  let addressed = false;
  for (const s of sentences) if (s.addressed) { addressed = true; break; }
  return {
    text, lower, authorId: input.authorId, context: input.context, mentions: input.mentions ?? [],
    sentences, quotes, namedMembers, authors, addressed, memo: new Map(),
  };
}

/** One pass over the context: every author (lower-cased → as given), and the others than the writer. */
function contextAuthors(context: readonly ContextMessage[], self: string): { authors: Map<string, string>; members: Set<string> } {
  const authors = new Map<string, string>();
  const members = new Set<string>();
  for (const c of context) {
    const lower = c.authorId.toLowerCase();
    authors.set(lower, c.authorId);
    if (c.authorId !== self) members.add(lower);
  }
  return { authors, members };
}

/** Member ids named in the text as whole words (u3, @u3), plus platform mentions. */
function findNamedMembers(lower: string, members: Set<string>, mentions: readonly string[]): string[] {
  const found: Array<[number, string]> = [];
  for (const id of members) {
    if (!id) continue;
    const at = wordIndexOf(lower, id, 0, lower.length);
    if (at >= 0) found.push([at, id]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const out = found.map(([, id]) => id);
  for (const id of mentions) if (!out.includes(id.toLowerCase())) out.push(id.toLowerCase());
  return out;
}

/** First index of `word` in lower[from, to) as a whole word (an @ before it is fine), or -1. */
function wordIndexOf(lower: string, word: string, from: number, to: number): number {
  let at = lower.indexOf(word, from);
  while (at >= 0 && at + word.length <= to) {
    const before = at > 0 ? lower.charCodeAt(at - 1) : 32;
    const after = at + word.length < lower.length ? lower.charCodeAt(at + word.length) : 32;
    if (!isWordChar(before) && !isWordChar(after)) return at;
    at = lower.indexOf(word, at + 1);
  }
  return -1;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** Pairs of double quotes (straight or curly) and guillemets. Unpaired quotes are ignored. */
export function findQuotes(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Most messages hold no opening mark at all: four native searches instead of a loop over every character.
  if (text.indexOf('"') < 0 && text.indexOf('\u201c') < 0 && text.indexOf('\u00ab') < 0 && text.indexOf('\u201e') < 0) return out;
  let open = -1;
  // Character codes, not one-character strings (text[i] makes a new string for every character past U+00FF).
  let closeWith = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (open < 0) {
      if (c === 0x22) { open = i; closeWith = 0x22; }
      else if (c === 0x201c) { open = i; closeWith = 0x201d; }
      else if (c === 0xab) { open = i; closeWith = 0xbb; }
      else if (c === 0x201e) { open = i; closeWith = 0x201c; }
    } else if (c === closeWith || (closeWith === 0x201d && c === 0x22)) {
      out.push([open + 1, i]);
      open = -1;
    }
  }
  return out;
}

export function inQuotes(view: MessageView, index: number): boolean {
  const quotes = view.quotes;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as [number, number];
    if (index >= q[0] && index < q[1]) return true;
  }
  return false;
}

/**
 * Sentences end at a run of [.!?;\n], a spaced dash (" — ", " – ") or a spaced hyphen pair (" - ", " -- "): exactly
 * what /[.!?;\n]+|\s[\u2014\u2013]\s|\s-{1,2}\s/g finds, read by hand (no match array per boundary).
 */
function splitSentences(lower: string, members: ReadonlySet<string> | null, imperativeOpen: boolean): Sentence[] {
  const out: Sentence[] = [];
  const n = lower.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isSentenceEnd(c)) {
      let j = i + 1;
      while (j < n && isSentenceEnd(lower.charCodeAt(j))) j++;
      // A dot inside a word or number (example.com, 212.555.0187, 3.5) does not end a sentence.
      if (c === 46 && j === i + 1 && j < n && lower.charCodeAt(j) !== 32 && lower.charCodeAt(j) !== 10) { i = j; continue; }
      pushSentence(out, lower, start, i, members, imperativeOpen);
      start = i = j;
      continue;
    }
    // (reads stay inside the string: an out-of-bounds charCodeAt would deoptimise this loop)
    if (i + 2 < n && isSpace(c)) {
      const d = lower.charCodeAt(i + 1);
      const e = lower.charCodeAt(i + 2);
      let length = 0;
      if ((d === 0x2014 || d === 0x2013) && isSpace(e)) length = 3;
      else if (d === 45) length = e === 45 && i + 3 < n && isSpace(lower.charCodeAt(i + 3)) ? 4 : isSpace(e) ? 3 : 0;
      if (length > 0) {
        pushSentence(out, lower, start, i, members, imperativeOpen);
        start = i = i + length;
        continue;
      }
    }
    i++;
  }
  pushSentence(out, lower, start, n, members, imperativeOpen);
  return out;
}

/** [.!?;\n] */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 10;
}

/** /\s/ on one UTF-16 unit. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function pushSentence(out: Sentence[], lower: string, start: number, end: number, members: ReadonlySet<string> | null, imperativeOpen: boolean): void {
  if (end <= start) return;
  const s = analyseSentence(lower, start, end, members, imperativeOpen);
  if (s) out.push(s);
}

function analyseSentence(lower: string, start: number, end: number, members: ReadonlySet<string> | null, imperativeOpen: boolean): Sentence | null {
  if (!hasWordChar(lower, start, end)) return null;
  // An imperative at the start of a clause ("stop twisting things", "relax") is addressed too.
  // (Second person, first person and hedges are marked afterwards in one pass over the message.)
  let addressed = imperativeOpen && IMPERATIVE_START.test(lower.slice(start, end));
  if (!addressed && members) {
    for (const id of members) if (wordIndexOf(lower, id, start, end) >= 0) { addressed = true; break; }
  }
  return {
    start, end, addressed,
    firstPerson: false,
    reportedFrom: Number.POSITIVE_INFINITY,
    reportedTo: Number.POSITIVE_INFINITY,
    hedged: false,
  };
}

/** /[a-z0-9]/ in lower[start, end). */
function hasWordChar(lower: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

const SECOND_PERSON_G = new RegExp(SECOND_PERSON.source, 'g');
const FIRST_PERSON_G = new RegExp(FIRST_PERSON.source, 'g');
const HEDGE_G = new RegExp(HEDGE.source, 'g');
const IMPERATIVE_GATE = new GateSet([IMPERATIVE_START]);
const HEDGE_GATE = new GateSet([HEDGE]);
const FRAME_GATES = new GateSet([REPORT_FRAME, PASSIVE_FRAME]);

/** Marks each sentence that contains a match of `re` (one pass over the message, not one per sentence). */
function markPositions(lower: string, sentences: Sentence[], re: RegExp, flag: 'addressed' | 'firstPerson' | 'hedged'): void {
  re.lastIndex = 0;
  let si = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= m.index) si++;
    const st = sentences[si];
    if (!st) break;
    if (m.index >= st.start) st[flag] = true;
    // one mark per sentence is enough: skip to its end
    re.lastIndex = Math.max(re.lastIndex, st.end);
  }
}

/** Marks, per sentence, the first reporting frame and how far its report runs (to the end of its clause). */
function markReportedSpeech(lower: string, sentences: Sentence[]): void {
  const open = FRAME_GATES.scan(lower);
  for (const re of [REPORT_FRAME, PASSIVE_FRAME]) {
    if (!open[re === REPORT_FRAME ? 0 : 1]) continue;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      // "you said" / "you told me" is the writer confronting the addressee, not a report.
      if (/\byou ?$/.test(lower.slice(Math.max(0, m.index - 4), m.index))) continue;
      const s = sentenceAt0(sentences, m.index);
      if (!s || s.reportedFrom <= m.index) continue;
      s.reportedFrom = m.index;
      // "she said it's fine, move on" addresses the reader again after the comma.
      const rest = lower.slice(m.index, s.end);
      const comma = rest.search(/,\s+(?!(?:that|and (?:that|i|i'm|i was|how)|like|saying|telling|calling)\b)|\s(?:but|so) /);
      s.reportedTo = comma > 0 ? m.index + comma : s.end;
    }
  }
}

function sentenceAt0(sentences: Sentence[], index: number): Sentence | undefined {
  for (const s of sentences) if (index >= s.start && index < s.end) return s;
  return undefined;
}

export function sentenceAt(view: MessageView, index: number): Sentence | undefined {
  for (const s of view.sentences) if (index >= s.start && index < s.end) return s;
  return view.sentences[view.sentences.length - 1];
}
