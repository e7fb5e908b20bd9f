import { z } from 'zod';
import { GateSet, KeyGates } from './text/prefilter.ts';
import { inQuotes, sentenceAt, type MessageView } from './text/message-view.ts';

/**
 * A cue is a small linguistic pattern with a weight. `aimed: 'you'` means the pattern itself names the
 * addressee (you/your); `aimed: 'any'` means it is aimed only if the sentence or message addresses someone.
 * Every regex is global, uses bounded gaps only, and runs over the lower-cased text.
 */
export interface Cue {
  name: string;
  re: RegExp;
  weight: number;
  aimed: 'you' | 'any';
  /** Every match contains one of these (derived from the regex by text/prefilter.ts); absent means always run. */
  keys?: readonly string[];
}

export const cueConfigSchema = z.object({
  /** Multiplier for a cue inside quotation marks: the writer quotes someone. */
  quotedFactor: z.number().min(0).max(1).default(0.1),
  /** Multiplier for a cue inside reported speech: "he said I was imagining it". */
  reportedFactor: z.number().min(0).max(1).default(0.12),
  /** Multiplier for an 'any' cue in a message addressed to nobody. */
  unaddressedFactor: z.number().min(0).max(1).default(0.8),
  /** Multiplier for an 'any' cue in a first-person, hedged, unaddressed sentence: self-talk. */
  selfTalkFactor: z.number().min(0).max(1).default(0.15),
  /** Multiplier for a negated cue: "none of this is your fault". */
  negatedFactor: z.number().min(0).max(1).default(0.1),
  /** Multiplier for an 'any' cue whose subject is a third party ("she's trying to twist it"). */
  thirdPartyFactor: z.number().min(0).max(1).default(0.35),
  /**
   * Multiplier for an argumentative reply: addressed to someone, with pushback markers (tbh, honestly, just
   * saying, ok but, lol...) and no word of support. Weak cues in such a message are read more strongly.
   */
  argumentativeFactor: z.number().min(1).max(2).default(1.3),
  /** Multiplier when the message acknowledges the other's feeling (a gentle reframe). */
  validatingFactor: z.number().min(0).max(1).default(0.45),
});
export type CueConfig = z.infer<typeof cueConfigSchema>;
export const CUE_DEFAULTS: CueConfig = cueConfigSchema.parse({});

export interface CueHit {
  cue: string;
  weight: number;
  index: number;
  why: string;
}

/** Validation and reframing markers: the writer acknowledges the other's feeling before nuancing it. */
const VALIDATING = /\b(?:that sounds (?:really |so |super |incredibly )?(?:hard|awful|rough|painful|exhausting|scary|tough|difficult|lonely|overwhelming)|sounds (?:really |so )?(?:hard|awful|rough|painful|exhausting|scary|tough|difficult)|i hear you|that makes (?:total |complete )?sense|your feelings (?:are|make)|it's (?:okay|ok|valid|understandable) (?:to|that)|you're not alone|so valid|totally valid|i'm so sorry|i'm sorry (?:you|that)|no wonder you|of course you (?:feel|felt|are))\b/;
const VALIDATING_GATE = new GateSet([VALIDATING]);
/**
 * Pushback markers of an argumentative reply: words, or an eye-roll, tears-of-joy, upside-down or shrug emoji.
 * The words are a regex of their own (gated by their literals from the message's keyword scan) and the emoji are
 * looked for as strings: together exactly the one regex they were, /(?:\b(?:tbh|...)\b|\u{1f644}|...)/u.
 */
const PUSHBACK_WORDS = /\b(?:tbh|honestly|just saying|i'm just saying|im just saying|not to be (?:harsh|mean|rude|that person|a downer)|no offense|to be fair|i mean|ok but|okay but|sure but|sure,|well,|idk|lol|lmao|ngl|fr|literally|kinda|kind of|actually|though|tho|wow|seriously|come on|smh|whatever|anyway|respectfully|let's be real|be honest|just being honest)\b/;
const PUSHBACK_EMOJI = ['\u{1f644}', '\u{1f602}', '\u{1f643}', '\u{1f937}'];
const PUSHBACK_GATE = new GateSet([PUSHBACK_WORDS]);
function pushback(lower: string): boolean {
  if (PUSHBACK_GATE.scan(lower)[0] === true && PUSHBACK_WORDS.test(lower)) return true;
  for (const e of PUSHBACK_EMOJI) if (lower.includes(e)) return true;
  return false;
}
/** Support markers: a message that contains them is not read as argumentative. */
const SUPPORT = /(?:\b(?:sorry|hugs?|sending|proud|you've got this|you got this|hope|glad|thank|thanks|sounds (?:so |really )?(?:hard|awful|rough|scary|painful)|that's (?:so |really )?(?:hard|rough|awful|scary)|valid|here for you|not alone|be gentle|take care|you matter|brave|rooting for|love you|i hear you|so real|same here|me too)\b|\u{1f49b}|\u{2764}|\u{1f49c}|\u{1f499}|\u{1fa77}|\u{1f917}|\u{1fac2}|\u{1f970}|\u{1f64f})/u;
/** Self-talk turns a put-down into self-doubt: "maybe I'm overreacting". Hedges like "I guess" are not a subject. */
const SELF_SUBJECT = /\b(?:i'm|im|i am|i was|i've been|i(?! (?:guess|think|mean|feel like|suppose))|me|myself|my)\b/;
/** A negation right before the cue turns it around: "none of this is your fault", "not that you're imagining it". */
const NEGATED_BEFORE = /\b(?:none of|not|never|no|isn't|wasn't|ain't|aren't|weren't|didn't|doesn't|hasn't|haven't|nobody thinks|no one thinks)\s(?:[a-z']+\s)?$/;
/** A third party is the subject: "she's trying to twist it" describes someone else, not the reader. */
const THIRD_PARTY_SUBJECT = /\b(?:he|she|they|he's|she's|they're|him|her|them)\s(?:[a-z']+\s){0,3}$/;

/** The cue list with its gates: cue i runs only if one of its keys was seen. */
export interface CueSet {
  cues: readonly Cue[];
  gates: KeyGates;
}

export function compileCues(cues: readonly Cue[]): CueSet {
  return { cues, gates: new KeyGates(cues.map((c) => c.keys ?? null)) };
}

const VALIDATING_KEY = 'validating';
const ARGUMENTATIVE_KEY = 'argumentative';

/** A cue repeated thousands of times (a flood of "lol") is read at its first few places only: linear time. */
const MAX_MATCHES_PER_CUE = 16;

const NO_HITS: { score: number; hits: CueHit[] } = Object.freeze({ score: 0, hits: Object.freeze([]) as unknown as CueHit[] });

export function scoreCues(view: MessageView, set: CueSet, config: CueConfig): { score: number; hits: CueHit[] } {
  // Made at the first match: most messages match no cue of a family.
  let best: Map<string, CueHit> | null = null;
  const open = set.gates.scan(view.lower);
  // Read once per message and shared by the three cue detectors (no closure per call: this is the hot path).
  let validating = view.memo.get(VALIDATING_KEY) as boolean | undefined;
  if (validating === undefined) {
    validating = VALIDATING_GATE.scan(view.lower)[0] === true && VALIDATING.test(view.lower);
    view.memo.set(VALIDATING_KEY, validating);
  }
  let argumentative = view.memo.get(ARGUMENTATIVE_KEY) as boolean | undefined;
  if (argumentative === undefined) {
    argumentative = view.addressed && pushback(view.lower) && !SUPPORT.test(view.lower);
    view.memo.set(ARGUMENTATIVE_KEY, argumentative);
  }
  const { cues } = set;
  for (let ci = 0; ci < cues.length; ci++) {
    if (open[ci] !== 1) continue;
    const cue = cues[ci] as Cue;
    const re = cue.re;
    re.lastIndex = 0;
    // exec in a loop, not matchAll: most cues do not match, and the iterator costs more than the search.
    let seenMatches = 0;
    for (let m = re.exec(view.lower); m !== null && seenMatches < MAX_MATCHES_PER_CUE; m = re.exec(view.lower), seenMatches++) {
      if (m[0].length === 0) re.lastIndex++;
      const index = m.index;
      let weight = cue.weight;
      let why = 'aimed at the reader';
      const sentence = sentenceAt(view, index);
      const before = view.lower.slice(Math.max(0, index - 24), index);
      if (inQuotes(view, index)) { weight *= config.quotedFactor; why = 'inside quotation marks'; }
      else if (NEGATED_BEFORE.test(before)) { weight *= config.negatedFactor; why = 'negated'; }
      else if (sentence && index >= sentence.reportedFrom && index < sentence.reportedTo) { weight *= config.reportedFactor; why = 'reported speech'; }
      else if (cue.aimed === 'any' && sentence) {
        const clause = clauseBefore(view.lower, sentence.start, index) + view.lower.slice(index, Math.min(sentence.end, index + 30));
        const selfTalk = !sentence.addressed && SELF_SUBJECT.test(clause) && !/\b(?:you|your|u|ur)\b/.test(clause);
        if (selfTalk) { weight *= config.selfTalkFactor; why = 'self-talk'; }
        else if (THIRD_PARTY_SUBJECT.test(before) && !/\b(?:you|your|u)\b/.test(before)) { weight *= config.thirdPartyFactor; why = 'about a third party'; }
        else if (!sentence.addressed && !view.addressed) { weight *= config.unaddressedFactor; why = 'not addressed to anyone'; }
      }
      if (validating) weight *= config.validatingFactor;
      else if (argumentative) weight = Math.min(1, weight * config.argumentativeFactor);
      best ??= new Map<string, CueHit>();
      const prev = best.get(cue.name);
      if (!prev || prev.weight < weight) best.set(cue.name, { cue: cue.name, weight, index, why });
      // An undiscounted match is the best this cue can give; later matches cannot beat it.
      if (weight >= Math.min(1, cue.weight * (validating ? config.validatingFactor : argumentative ? config.argumentativeFactor : 1))) break;
    }
  }
  if (best === null) return NO_HITS;
  const hits = [...best.values()].sort((a, b) => b.weight - a.weight);
  let miss = 1;
  for (const h of hits) miss *= 1 - h.weight;
  return { score: round(1 - miss), hits };
}

export function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
}

export function explainHits(label: string, hits: readonly CueHit[], score: number): string {
  if (hits.length === 0) return `no ${label} cues`;
  const strong = hits.filter((h) => h.weight >= 0.2).slice(0, 3);
  const muted = hits.filter((h) => h.weight < 0.2).slice(0, 2);
  const parts: string[] = [];
  if (strong.length) parts.push(`${label} cues ${strong.map((h) => `"${h.cue}"`).join(', ')} (${strong[0]?.why})`);
  if (muted.length) parts.push(`discounted: ${muted.map((h) => `"${h.cue}" (${h.why})`).join(', ')}`);
  return `${parts.join('; ')}; score ${score.toFixed(2)}`;
}

/** The clause the cue sits in, up to the cue: from the last comma, semicolon or "but". */
function clauseBefore(lower: string, sentenceStart: number, index: number): string {
  const left = lower.slice(Math.max(sentenceStart, index - 160), index);
  const cut = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(' but '), left.lastIndexOf(':'));
  return cut >= 0 ? left.slice(cut + 1) : left;
}
