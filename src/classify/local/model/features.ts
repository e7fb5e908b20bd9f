import type { MessageView, Sentence } from '../text/message-view.ts';
import type { ContextMessage } from '../../../core/message.ts';
import { contextFacts, type ContextFacts } from '../text/context-facts.ts';
import { WordCursor } from '../text/word-cursor.ts';

/**
 * The features the linear model reads, taken from the same parsed MessageView the cue detectors read.
 *
 * Words are tagged with where they stand, because the same words mean opposite things in different places:
 * "you're imagining it" said to a member versus "he said I was imagining it" (reported) or a quotation.
 *   w|tok   a word outside quotes and reported speech
 *   n|tok   ... after a negation in the same clause, instead of w| ("none of this is your fault")
 *   a|tok   ... in a sentence addressed to someone (you, @u3, an imperative)
 *   s|tok   ... in a first-person sentence that addresses nobody (self-talk, a story)
 *   b|x_y   a pair of neighbouring words outside quotes and reports
 *   0|tok   the first word of a sentence (imperatives, "nobody said...")
 *   q|tok   a word inside quotation marks;  r|tok  a word inside reported speech
 *   f|...   structure flags of the message;  c|...  facts about the conversation before it
 *   m|tok   a word of the writer's own previous message (a crisis told in fragments), weight 0.3
 *   cue|... the score of each rule detector (the model learns how far to trust each)
 * Every feature is hashed (FNV-1a) into DIM buckets, so the weights are a fixed-size sparse table.
 */
export const DIM = 1 << 18;
/** How many messages back the writer's own previous message still counts as the same thread of thought. */
const OWN_LOOKBACK = 4;
/** Someone checking on the writer right now. */
const SAFETY_QUESTION = /\b(?:are (?:you|u) (?:safe|ok|okay|hurt|still (?:there|here|with us))|where are (?:you|u)|what did (?:you|u) take|how much did (?:you|u) take|stay with (?:us|me)|call (?:911|999|112|988)|(?:is|are) (?:he|she|they) still there|can (?:you|u) get (?:out|somewhere safe))\b/;

export interface Features {
  ids: number[];
  values: number[];
  /** The feature names, index-aligned with ids (with `names: true`); kept for explanations. */
  names: string[];
}

/** The name of feature i, or '' when names were not kept. */
export function featureName(f: Features, i: number): string {
  return f.names[i] ?? '';
}

const PREV_FIRST_PERSON = /\b(?:i|i'm|im|my|me)\b/;
const PREV_SECOND_PERSON = /\b(?:you|your|u|ur)\b/;
const PREV_FIRST_PERSON_KEY = 'features:first-person';
const PREV_SECOND_PERSON_KEY = 'features:second-person';
const SAFETY_QUESTION_KEY = 'features:safety-question';
const OWN_WORDS_KEY = 'features:own-words';
const prevFirstPerson = (f: ContextFacts): boolean => PREV_FIRST_PERSON.test(f.lower);
const prevSecondPerson = (f: ContextFacts): boolean => PREV_SECOND_PERSON.test(f.lower);
const safetyQuestion = (f: ContextFacts): boolean => SAFETY_QUESTION.test(f.lower);
/** The words of a writer's earlier message (its first 600 characters), before normalisation (which depends on the members). */
function ownWords(f: ContextFacts): string[] {
  const own = (f.text.length > 600 ? f.text.slice(0, 600) : f.text).toLowerCase();
  const out: string[] = [];
  const words = new WordCursor(own, false);
  while (words.next()) out.push(words.word);
  return out;
}

/** Words are read as the regex `[a-z0-9]+(?:'[a-z]+)?|[?!]|\p{Extended_Pictographic}` (u flag) finds them (WordCursor); a writer's earlier message without the marks. */

/** What ends a negation's reach: a comma, semicolon or colon, or "but". */
const CLAUSE_END = /[,;:]|\bbut\b/;

/** Chat spellings folded to one form, so the model does not have to learn each separately. */
const NORMAL = new Map<string, string>(Object.entries({
  u: 'you', ya: 'you', yu: 'you', ur: 'your', youre: "you're", "u're": "you're", yall: "y'all",
  im: "i'm", ive: "i've", id: "i'd", dont: "don't", cant: "can't", didnt: "didn't", doesnt: "doesn't",
  isnt: "isn't", wasnt: "wasn't", wont: "won't", arent: "aren't", werent: "weren't", havent: "haven't",
  thats: "that's", whats: "what's", theres: "there's", shes: "she's", hes: "he's", theyre: "they're",
  r: 'are', pls: 'please', plz: 'please', bc: 'because', cuz: 'because', cause: 'because', bcuz: 'because',
  tho: 'though', thru: 'through', rn: 'now', ppl: 'people', sth: 'something', smth: 'something',
  ok: 'okay', k: 'okay', kk: 'okay', lmao: 'lol', lmfao: 'lol', rofl: 'lol', lolol: 'lol',
  "ya'll": "y'all",
}));

const SECOND = new Set(['you', "you're", 'your', 'yours', 'yourself', "you've", "you'd", "you'll", "y'all"]);
const FIRST = new Set(['i', "i'm", 'me', 'my', 'myself', 'mine', "i've", "i'd", "i'll"]);
const NEGATION = new Set(['not', 'never', 'no', "don't", "didn't", "isn't", "wasn't", "doesn't", "can't", "won't", 'nobody', 'none', 'nothing']);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a, continued from `h`, so a feature's hash is built from its parts without concatenating strings. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
const bucket = (h: number): number => (h >>> 0) & (DIM - 1);
const UNDERSCORE = '_';

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return s.length > 0;
}

/**
 * A member's id (any author of the context, lower-cased, or a member named in the message) reads as <member>:
 * `authors` and `named` are the view's own, so no set of them is built per message.
 */
function norm(tok: string, authors: ReadonlyMap<string, string>, named: readonly string[]): string {
  return wordInfo(tok, authors, named)?.norm ?? tok;
}

/** A raw token's normal form and word classes in one lookup; undefined: the token itself, of no class. */
function wordInfo(raw: string, authors: ReadonlyMap<string, string>, named: readonly string[]): WordInfo | undefined {
  if (authors.has(raw) || (named.length > 0 && named.includes(raw))) return MEMBER_WORD;
  const c0 = raw.charCodeAt(0);
  if (c0 === 117 /* u */ && raw.length >= 2 && raw.length <= 4 && isDigits(raw.slice(1))) return MEMBER_WORD;
  if (c0 >= 48 && c0 <= 57 && isDigits(raw)) return NUMBER_WORD;
  return RAW_WORDS.get(raw);
}

/** Word classes of a normalised token, as bits: second person, first person, negation. */
const IS_SECOND = 1, IS_FIRST = 2, IS_NEGATION = 4;
interface WordInfo { norm: string; flags: number }
/**
 * norm() and the three word-class sets in one lookup per word: every raw token that NORMAL maps or that is in
 * SECOND, FIRST or NEGATION, with its normal form and that form's classes (a member or number is neither).
 */
const RAW_WORDS = new Map<string, WordInfo>();
/** A member or a number is neither second nor first person nor a negation. */
const MEMBER_WORD: WordInfo = { norm: '<member>', flags: 0 };
const NUMBER_WORD: WordInfo = { norm: '<num>', flags: 0 };
{
  const flagsOf = (w: string): number => (SECOND.has(w) ? IS_SECOND : 0) | (FIRST.has(w) ? IS_FIRST : 0) | (NEGATION.has(w) ? IS_NEGATION : 0);
  for (const w of [...SECOND, ...FIRST, ...NEGATION]) RAW_WORDS.set(w, { norm: w, flags: flagsOf(w) });
  for (const [raw, normal] of NORMAL) RAW_WORDS.set(raw, { norm: normal, flags: flagsOf(normal) });
}

/** The FNV state after each prefix: a feature's hash continues from it. */
const H_W = fnv(FNV_OFFSET, 'w|'), H_A = fnv(FNV_OFFSET, 'a|'), H_S = fnv(FNV_OFFSET, 's|'), H_B = fnv(FNV_OFFSET, 'b|');
const H_0 = fnv(FNV_OFFSET, '0|'), H_Q = fnv(FNV_OFFSET, 'q|'), H_R = fnv(FNV_OFFSET, 'r|'), H_F = fnv(FNV_OFFSET, 'f|');
const H_C = fnv(FNV_OFFSET, 'c|'), H_M = fnv(FNV_OFFSET, 'm|'), H_CUE = fnv(FNV_OFFSET, 'cue|'), H_N = fnv(FNV_OFFSET, 'n|');

/**
 * Collects hashed features into typed buffers that grow as needed. Names cost strings: they are kept only when
 * asked for (training tests, explanations), or their parts are kept (references to strings that exist anyway)
 * to be built on demand. The classifier's hot path keeps neither and reuses one builder's buffers (see
 * scratchFeatures).
 */
class Builder {
  ids: Int32Array;
  values: Float64Array;
  n = 0;
  readonly names: string[] = [];
  constructor(readonly withNames: boolean, capacity = 256) {
    this.ids = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
  }
  /** A feature whose bucket is already worked out (the word loop hashes a word once for all its features). */
  push(id: number, value: number): void {
    const n = this.n;
    if (n === this.ids.length) this.grow();
    this.ids[n] = id;
    this.values[n] = value;
    this.n = n + 1;
  }
  /** A feature named prefix + a (+ '_' + b); `h` is the hash state after the prefix (H_*). */
  add(h: number, prefix: string, a: string, value: number, b?: string): void {
    h = fnv(h, a);
    if (b !== undefined) h = fnv(fnv(h, UNDERSCORE), b);
    const n = this.n;
    if (n === this.ids.length) this.grow();
    this.ids[n] = bucket(h);
    this.values[n] = value;
    this.n = n + 1;
    if (this.withNames) this.names.push(b === undefined ? prefix + a : `${prefix}${a}_${b}`);
  }
  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
  }
}

/** Which zone a position is in: 'q' quoted, 'r' reported, '' the writer's own words. */
function zoneAt(view: MessageView, sentence: Sentence | undefined, index: number): '' | 'q' | 'r' {
  const quotes = view.quotes;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as [number, number];
    if (index >= q[0] && index < q[1]) return 'q';
  }
  if (sentence && index >= sentence.reportedFrom && index < sentence.reportedTo) return 'r';
  return '';
}

/** Word-count buckets: very short replies ("lol ok") behave differently from long posts. */
function lengthBucket(n: number): string {
  return n <= 3 ? 'len:xs' : n <= 8 ? 'len:s' : n <= 20 ? 'len:m' : n <= 45 ? 'len:l' : 'len:xl';
}

export function extractFeatures(view: MessageView, cueScores: Readonly<Record<string, number>>, options: { names?: boolean } = {}): Features {
  const b = new Builder(options.names ?? false);
  collect(view, cueScores, b);
  const ids = Array.from(b.ids.subarray(0, b.n));
  const values = Array.from(b.values.subarray(0, b.n));
  return { ids, values, names: b.names };
}

/** Feature ids and values in reused buffers: the first `length` entries, valid until the next call. */
export interface FeatureBuffer {
  ids: Int32Array;
  values: Float64Array;
  length: number;
}

/** Room for the features of a message of ANALYSIS_CHARS (8,000 characters), so the hot path never grows them. */
const SCRATCH = new Builder(false, 8192);
const SCRATCH_OUT: FeatureBuffer = { ids: SCRATCH.ids, values: SCRATCH.values, length: 0 };

/**
 * The classifier's hot path: exactly the ids and values of extractFeatures, without names and without an array
 * per message. The buffers are overwritten by the next call (the classifier is synchronous); a name, when an
 * explanation needs one, comes from extractFeatures on the same view.
 */
export function scratchFeatures(view: MessageView, cueScores: Readonly<Record<string, number>>): FeatureBuffer {
  SCRATCH.n = 0;
  collect(view, cueScores, SCRATCH);
  SCRATCH_OUT.ids = SCRATCH.ids;
  SCRATCH_OUT.values = SCRATCH.values;
  SCRATCH_OUT.length = SCRATCH.n;
  return SCRATCH_OUT;
}

function collect(view: MessageView, cueScores: Readonly<Record<string, number>>, b: Builder): void {
  const authors = view.authors;
  const named = view.namedMembers;

  const lower = view.lower;
  const sentences = view.sentences;
  let si = 0;
  let prevTok = '';
  let prevSentence: Sentence | undefined;
  let count = 0;
  let question = false;
  let secondPerson = 0;
  let firstPerson = 0;
  let negated = false;
  let quotedWords = 0;
  let negScope = false;
  let prevEnd = 0;
  let reportedWords = 0;
  /** fnv('b|' + prevTok + '_'): the hash state the next word's pair feature continues from. */
  let pairState = 0;
  const names = b.withNames;
  const words = new WordCursor(lower, true);
  while (words.next()) {
    const index = words.start;
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= index) si++;
    const sentence = sentences[si] && (sentences[si] as Sentence).start <= index ? sentences[si] : undefined;
    if (sentence !== prevSentence) { prevTok = ''; prevSentence = sentence; negScope = false; }
    // norm(), with the word's classes from the same lookup
    const raw = words.word;
    const info = wordInfo(raw, authors, named);
    const tok = info === undefined ? raw : info.norm;
    const flags = info === undefined ? 0 : info.flags;
    count++;
    if (tok === '?') question = true;
    const zone = zoneAt(view, sentence, index);
    if (zone === 'q') { b.add(H_Q, 'q|', tok, 1); quotedWords++; prevTok = ''; continue; }
    if (zone === 'r') { b.add(H_R, 'r|', tok, 1); reportedWords++; prevTok = ''; continue; }
    if ((flags & IS_SECOND) !== 0) secondPerson++;
    if ((flags & IS_FIRST) !== 0) firstPerson++;
    // A negation covers the rest of its clause: "none of this is your fault" is not "your fault".
    if (negScope && CLAUSE_END.test(lower.slice(prevEnd, index))) negScope = false;
    prevEnd = words.end;
    // The word's features (n| or w|; a| or s|; b| after the word before, or 0|) and the start of the next
    // word's pair, hashed in one pass over the word: each is fnv(its prefix state, tok), as add() makes it.
    const inSentence = sentence?.addressed ? 1 : sentence?.firstPerson ? 2 : 0;
    let hWord = negScope ? H_N : H_W;
    let hPlace = inSentence === 1 ? H_A : H_S;
    let hPair = prevTok ? pairState : H_0;
    let hNext = H_B;
    for (let i = 0; i < tok.length; i++) {
      const c = tok.charCodeAt(i);
      hWord = Math.imul(hWord ^ c, FNV_PRIME);
      hPlace = Math.imul(hPlace ^ c, FNV_PRIME);
      hPair = Math.imul(hPair ^ c, FNV_PRIME);
      hNext = Math.imul(hNext ^ c, FNV_PRIME);
    }
    b.push(bucket(hWord), 1);
    if (names) b.names.push((negScope ? 'n|' : 'w|') + tok);
    if ((flags & IS_NEGATION) !== 0) { negated = true; negScope = true; }
    if (inSentence !== 0) {
      b.push(bucket(hPlace), 1);
      if (names) b.names.push((inSentence === 1 ? 'a|' : 's|') + tok);
    }
    b.push(bucket(hPair), 1);
    if (names) b.names.push(prevTok ? `b|${prevTok}_${tok}` : '0|' + tok);
    pairState = Math.imul(hNext ^ 95 /* _ */, FNV_PRIME);
    prevTok = tok;
  }

  // Word features share one unit of weight so long messages do not outvote short ones.
  const scale = 1 / Math.sqrt(Math.max(1, b.n));
  const values = b.values;
  for (let i = 0; i < b.n; i++) values[i] = scale;

  b.add(H_F, 'f|', lengthBucket(count), 1);
  if (view.addressed) b.add(H_F, 'f|', 'addressed', 1);
  if (secondPerson > 0 && firstPerson === 0) b.add(H_F, 'f|', 'you-only', 1);
  if (firstPerson > 0 && secondPerson === 0) b.add(H_F, 'f|', 'me-only', 1);
  if (firstPerson > 0 && secondPerson > 0) b.add(H_F, 'f|', 'you-and-me', 1);
  if (sentences.some((s) => s.hedged)) b.add(H_F, 'f|', 'hedged', 1);
  if (question) b.add(H_F, 'f|', 'question', 1);
  if (negated) b.add(H_F, 'f|', 'negation', 1);
  if (quotedWords > 0) b.add(H_F, 'f|', 'quotes', 1);
  if (reportedWords > 0) b.add(H_F, 'f|', 'reported', 1);
  if (view.namedMembers.length > 0) b.add(H_F, 'f|', 'names-member', 1);
  if (count === 0) b.add(H_F, 'f|', 'no-words', 1);

  // The conversation before it: a reply to someone who just opened up reads differently from a monologue.
  // What is read from a context message's own text is read once per message object (context-facts.ts).
  const ctx = view.context;
  const prev = ctx[ctx.length - 1];
  if (!prev) b.add(H_C, 'c|', 'first', 1);
  else if (prev.authorId === view.authorId) b.add(H_C, 'c|', 'continues-self', 1);
  else {
    b.add(H_C, 'c|', 'reply', 1);
    const facts = contextFacts(prev);
    if (facts.get(PREV_FIRST_PERSON_KEY, prevFirstPerson)) b.add(H_C, 'c|', 'prev-first-person', 1);
    if (facts.get(PREV_SECOND_PERSON_KEY, prevSecondPerson)) b.add(H_C, 'c|', 'prev-second-person', 1);
    if (facts.lower.includes(view.authorId.toLowerCase())) b.add(H_C, 'c|', 'prev-names-me', 1);
    if (facts.lower.includes('?')) b.add(H_C, 'c|', 'prev-question', 1);
  }
  let spokeBefore = false;
  for (let i = 0; i < ctx.length; i++) if ((ctx[i] as ContextMessage).authorId === view.authorId) { spokeBefore = true; break; }
  if (spokeBefore) b.add(H_C, 'c|', 'spoke-before', 1);
  // A crisis is often told in fragments ("engine's on", "one hand let go"): the words of the writer's own
  // last message (if recent) and whether someone just asked them about their safety carry into this one.
  for (let i = ctx.length - 1; i >= 0 && i >= ctx.length - OWN_LOOKBACK; i--) {
    const c = ctx[i];
    if (!c) continue;
    if (c.authorId === view.authorId) {
      const own = contextFacts(c).get(OWN_WORDS_KEY, ownWords);
      for (let w = 0; w < own.length; w++) b.add(H_M, 'm|', norm(own[w] as string, authors, named), 0.3);
      break;
    }
    if (contextFacts(c).get(SAFETY_QUESTION_KEY, safetyQuestion)) b.add(H_C, 'c|', 'asked-about-safety', 1);
  }

  for (const name in cueScores) {
    const score = cueScores[name] as number;
    if (score <= 0) continue;
    b.add(H_CUE, 'cue|', name, score);
    if (score >= 0.5) b.add(H_CUE, 'cue|', `${name}:high`, 1);
  }
}
