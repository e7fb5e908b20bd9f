import type { MessageView, Sentence } from '../text/message-view.ts';
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
  /** The feature names, index-aligned with ids; kept for explanations. */
  names: string[];
  /** With `names: 'on-demand'`: the parts of each name, so that only the few shown are ever built. */
  parts?: { prefixes: string[]; a: string[]; b: Array<string | undefined> };
}

/** The name of feature i: from `names`, or built from its parts. */
export function featureName(f: Features, i: number): string {
  const kept = f.names[i];
  if (kept !== undefined) return kept;
  const p = f.parts;
  if (!p) return '';
  const prefix = p.prefixes[i] as string;
  const a = p.a[i] as string;
  const b = p.b[i];
  return b === undefined ? prefix + a : `${prefix}${a}_${b}`;
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
/** FNV-1a, continued from `h`, so a feature's hash is built from its parts without concatenating strings. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
const bucket = (h: number): number => (h >>> 0) & (DIM - 1);
const PREFIX: Record<string, number> = Object.fromEntries(['w|', 'a|', 's|', 'b|', '0|', 'q|', 'r|', 'f|', 'c|', 'm|', 'cue|', 'n|'].map((p) => [p, fnv(FNV_OFFSET, p)]));
const UNDERSCORE = '_';

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return s.length > 0;
}

function norm(tok: string, members: ReadonlySet<string>): string {
  if (members.has(tok)) return '<member>';
  const c0 = tok.charCodeAt(0);
  if (c0 === 117 /* u */ && tok.length >= 2 && tok.length <= 4 && isDigits(tok.slice(1))) return '<member>';
  if (c0 >= 48 && c0 <= 57 && isDigits(tok)) return '<num>';
  return NORMAL.get(tok) ?? tok;
}

/**
 * Collects hashed features. Names cost strings: they are kept only when asked for (training tests,
 * explanations), or their parts are kept (references to strings that exist anyway) to be built on demand.
 */
class Builder {
  readonly ids: number[] = [];
  readonly values: number[] = [];
  readonly names: string[] = [];
  readonly parts: { prefixes: string[]; a: string[]; b: Array<string | undefined> } | undefined;
  private readonly withNames: boolean;
  constructor(names: boolean | 'on-demand') {
    this.withNames = names === true;
    this.parts = names === 'on-demand' ? { prefixes: [], a: [], b: [] } : undefined;
  }
  /** A feature named prefix + a (+ '_' + b). */
  add(prefix: string, a: string, value = 1, b?: string): void {
    let h = fnv(PREFIX[prefix] as number, a);
    if (b !== undefined) h = fnv(fnv(h, UNDERSCORE), b);
    this.ids.push(bucket(h));
    this.values.push(value);
    if (this.withNames) this.names.push(b === undefined ? prefix + a : `${prefix}${a}_${b}`);
    else if (this.parts) { this.parts.prefixes.push(prefix); this.parts.a.push(a); this.parts.b.push(b); }
  }
}

/** Which zone a position is in: 'q' quoted, 'r' reported, '' the writer's own words. */
function zoneAt(view: MessageView, sentence: Sentence | undefined, index: number): '' | 'q' | 'r' {
  for (const [s, e] of view.quotes) if (index >= s && index < e) return 'q';
  if (sentence && index >= sentence.reportedFrom && index < sentence.reportedTo) return 'r';
  return '';
}

/** Word-count buckets: very short replies ("lol ok") behave differently from long posts. */
function lengthBucket(n: number): string {
  return n <= 3 ? 'xs' : n <= 8 ? 's' : n <= 20 ? 'm' : n <= 45 ? 'l' : 'xl';
}

export function extractFeatures(view: MessageView, cueScores: Readonly<Record<string, number>>, options: { names?: boolean | 'on-demand' } = {}): Features {
  const b = new Builder(options.names ?? false);
  const members = new Set<string>(view.authors.keys());
  for (const m of view.namedMembers) members.add(m);

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
  const words = new WordCursor(lower, true);
  while (words.next()) {
    const index = words.start;
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= index) si++;
    const sentence = sentences[si] && (sentences[si] as Sentence).start <= index ? sentences[si] : undefined;
    if (sentence !== prevSentence) { prevTok = ''; prevSentence = sentence; negScope = false; }
    const tok = norm(words.word, members);
    count++;
    if (tok === '?') question = true;
    const zone = zoneAt(view, sentence, index);
    if (zone === 'q') { b.add('q|', tok); quotedWords++; prevTok = ''; continue; }
    if (zone === 'r') { b.add('r|', tok); reportedWords++; prevTok = ''; continue; }
    if (SECOND.has(tok)) secondPerson++;
    if (FIRST.has(tok)) firstPerson++;
    // A negation covers the rest of its clause: "none of this is your fault" is not "your fault".
    if (negScope && CLAUSE_END.test(lower.slice(prevEnd, index))) negScope = false;
    prevEnd = words.end;
    b.add(negScope ? 'n|' : 'w|', tok);
    if (NEGATION.has(tok)) { negated = true; negScope = true; }
    if (sentence?.addressed) b.add('a|', tok);
    else if (sentence?.firstPerson) b.add('s|', tok);
    if (prevTok) b.add('b|', prevTok, 1, tok);
    else b.add('0|', tok);
    prevTok = tok;
  }

  // Word features share one unit of weight so long messages do not outvote short ones.
  const scale = 1 / Math.sqrt(Math.max(1, b.ids.length));
  for (let i = 0; i < b.values.length; i++) b.values[i] = scale;

  b.add('f|', `len:${lengthBucket(count)}`);
  if (view.addressed) b.add('f|', 'addressed');
  if (secondPerson > 0 && firstPerson === 0) b.add('f|', 'you-only');
  if (firstPerson > 0 && secondPerson === 0) b.add('f|', 'me-only');
  if (firstPerson > 0 && secondPerson > 0) b.add('f|', 'you-and-me');
  if (sentences.some((s) => s.hedged)) b.add('f|', 'hedged');
  if (question) b.add('f|', 'question');
  if (negated) b.add('f|', 'negation');
  if (quotedWords > 0) b.add('f|', 'quotes');
  if (reportedWords > 0) b.add('f|', 'reported');
  if (view.namedMembers.length > 0) b.add('f|', 'names-member');
  if (count === 0) b.add('f|', 'no-words');

  // The conversation before it: a reply to someone who just opened up reads differently from a monologue.
  const ctx = view.context;
  const prev = ctx[ctx.length - 1];
  if (!prev) b.add('c|', 'first');
  else if (prev.authorId === view.authorId) b.add('c|', 'continues-self');
  else {
    b.add('c|', 'reply');
    const p = prev.text.toLowerCase();
    if (/\b(?:i|i'm|im|my|me)\b/.test(p)) b.add('c|', 'prev-first-person');
    if (/\b(?:you|your|u|ur)\b/.test(p)) b.add('c|', 'prev-second-person');
    if (p.includes(view.authorId.toLowerCase())) b.add('c|', 'prev-names-me');
    if (p.includes('?')) b.add('c|', 'prev-question');
  }
  if (ctx.some((c) => c.authorId === view.authorId)) b.add('c|', 'spoke-before');
  // A crisis is often told in fragments ("engine's on", "one hand let go"): the words of the writer's own
  // last message (if recent) and whether someone just asked them about their safety carry into this one.
  for (let i = ctx.length - 1; i >= 0 && i >= ctx.length - OWN_LOOKBACK; i--) {
    const c = ctx[i];
    if (!c) continue;
    if (c.authorId === view.authorId) {
      const own = (c.text.length > 600 ? c.text.slice(0, 600) : c.text).toLowerCase();
      const ownWords = new WordCursor(own, false);
      while (ownWords.next()) b.add('m|', norm(ownWords.word, members), 0.3);
      break;
    }
    if (SAFETY_QUESTION.test(c.text.toLowerCase())) b.add('c|', 'asked-about-safety');
  }

  for (const name in cueScores) {
    const score = cueScores[name] as number;
    if (score <= 0) continue;
    b.add('cue|', name, score);
    if (score >= 0.5) b.add('cue|', `${name}:high`);
  }
  return b.parts ? { ids: b.ids, values: b.values, names: b.names, parts: b.parts } : { ids: b.ids, values: b.values, names: b.names };
}
