import { z } from 'zod';
import { round } from '../cue-scorer.ts';
import { defineDetector } from '../detector.ts';
import { contextFacts, type ContextFacts } from '../text/context-facts.ts';
import { lowerSameLength, type MessageView } from '../text/message-view.ts';
import { GateSet } from '../text/prefilter.ts';

/**
 * Crisis (LABELING.md): imminent risk — suicidal intent or plan, self-harm in progress, harm to others, abuse
 * happening now. Past experiences told in the past tense and figurative speech are not crisis.
 * Structure read: first person vs a third party, present/future vs past tense, immediacy markers (tonight,
 * right now, in front of me), negation, joking markers, and the writer's own crisis messages just before.
 */
const INTENT = /\b(?:kill(?:ing)? myself|end(?:ing)? (?:my life|it all|it tonight|everything|things tonight)|(?:want|wanna|going|gonna|ready|about|planning|plan|deserve) to die|take my (?:own )?life|i(?:'m| am) (?:feeling )?suicidal|suicidal (?:again|tonight|thoughts|plan)|suicide (?:note|plan|letter)|(?:not|n't) (?:gonna|going to) make it (?:to|through|past)|(?:better|be better) off (?:without me|dead|with(?:out)? (?:someone|somebody) else|if i (?:was|were)n't)|(?:would|'d) be better off\b|(?:can't|cannot|can not) (?:do this|go on|keep going|take (?:it|this)|keep doing this|live like this) any ?more|no reason to (?:live|keep going|stay|be here)|(?:don't|do not) want to (?:be here|live|wake up|exist|be alive|be around)|wish i (?:was|were) dead|(?:wrote|writing|written|write) (?:a |my )?(?:goodbye |suicide |last )?(?:note|letter)s?\b|goodbye (?:texts?|letters?|notes?)|(?:tonight|today) (?:is|feels like) the night|make it (?:all )?stop for good|(?:hurt|hurting|cut|cutting|burn|burning) myself|(?:started|start|been|am|i'm) cutting(?: again)?|cutting again|(?:take|taking|swallow|swallowing) (?:them all|it all|all (?:of )?(?:them|it)\b|all (?:of )?(?:my|the|his|her) (?:[a-z]+ )?(?:pills|meds|tablets))|(?:took|swallowed|taken) (?:all|a bunch of|the whole|every|\d+ of) (?:my |the |his |her )?[a-z ]{0,15}(?:pills|meds|tablets|bottle)|overdos(?:e|ing) (?:on|tonight)|driv(?:e|ing) (?:off|into)|jump(?:ing)? (?:off|from|in front)|(?:planning|going|gonna) to do it (?:tonight|this weekend|tomorrow|soon|when)|voices? (?:telling|told|tell) me to)/g;
const MEANS = /\b(?:pills?|meds|medication|bottle|tablets?|rope|noose|gun|knife|blade|razor|belt|overpass|bridge|ledge|roof|tracks|engine|tramadol|oxy\w*|insulin|drafts?)\b/g;
/** Whose means: the writer's ("my", "I have", "next to me"), not a helper's advice ("put the pills away"). */
const OWN_MEANS = /\b(?:my|i have|i've got|i got|i bought|i brought|i'm holding|i keep|next to me|in front of me|with me|i counted|i already)\b/;
/** A helper's reply to someone in crisis: questions and safety steps addressed to them. */
const RESPONDER = /\b(?:988|are you safe|can you (?:put|move|close|give|hand|call|text|turn)|please (?:put|move|call|text|turn|hand|step|reach)|(?:call|text) (?:or text |or call )?(?:988|911|999|112|a crisis line|the hotline)|i'?m (?:dm|messag)ing you|stay with us|you matter|reach out to|i'm calling you|helpline|crisis line)\b/;
const IMMEDIATE = /\b(?:in front of me|next to me|beside me|in my hand|on the (?:desk|table|counter|bed|floor)|(?:already |just )?counted|saving (?:up )?my|saved up|i bought|bought (?:a|some)|is open|bottle open|sitting (?:here|there|in)|right now|tonight|keep looking at|keep opening|holding (?:it|them|the)|engine (?:on|running)|haven't turned|door (?:down|closed|shut)|looked up how|on my way)\b/g;
const OTHERS_HARM = /\b(?:scared (?:of )?what i(?:'ll|'m going to| will| might| would) do|before i do something (?:worse|stupid|bad|i regret)|scared of myself|(?:going|gonna|want) to hurt (?:him|her|them|the baby|someone|my)|i(?:'m| am) going to (?:kill|hurt) (?:him|her|them))/g;
const ABUSE_NOW = /\b(?:(?:he|she|they)(?:'s| is| are|'re) (?:outside|banging|breaking|pounding|hitting|kicking|trying to (?:get in|break)|screaming at me|yelling again|coming back|following me|at the door)|locked (?:myself )?in (?:the |my )?(?:bathroom|bedroom|room|car|closet)|(?:police|cops|ambulance) (?:are|is) (?:on the (?:phone|way)|coming)|they're coming|(?:drove|ran) off with my|just threw (?:the |a )?[a-z ]{1,20} at|(?:he|she) (?:just )?(?:hit|grabbed|choked|pushed|threatened) me|on the (?:kitchen |bathroom )?floor|i (?:just )?(?:called|texted|am calling|'m calling) (?:911|999|112|the police|the cops)|it's happening (?:now|right now|again))\b/g;
/** Violence witnessed as it happens: a violent verb and a marker that it is going on now. */
const VIOLENCE = /\b(?:hit|hitting|hits|slap|slapped|slapping|punch\w*|kick\w*|chok\w*|beat|beating|shov\w*|screaming at|yelling at|threw|throwing|broke|break|smash\w*|grabbed|strangl\w*)\b/;
const HAPPENING = /\b(?:right now|just (?:watched|saw|heard|did)|did it again|happening now|i can hear|i'm standing|i'm in my room|downstairs|next door|in the next room|again right now|is (?:screaming|yelling|hitting))\b/;
/** Past narrative: the risk is told as a story, not happening now. */
const PAST = /\b(?:years? ago|yesterday|last (?:night|week|month)|months ago|when i was|back (?:then|in)|in high school|in college|used to|last year|a while ago|(?:\d+|two|three|four|five|ten) (?:years?|months?) (?:clean|sober|ago|since)|i (?:once|tried|attempted|survived))\b/;
const NOW = /\b(?:now|tonight|today|right now|currently|again|anymore|any more)\b|\bi'm\b/;
const NEGATED = /\b(?:not (?:suicidal|going to (?:hurt|kill|do anything))|no plan|would never|won't (?:do anything|hurt myself)|i'm (?:safe|okay|ok) (?:now|tonight)|not in danger|don't worry i'm)\b/;
const FIGURATIVE = /\b(?:lol|lmao|haha|jk|\u{1f602}|\u{1f923}|killing me|could die of|dying of (?:laughter|embarrassment|boredom)|die of embarrassment|want to die lol)/u;
const THIRD_PARTY = /^\s*(?:my (?:friend|sister|brother|mom|dad|son|daughter|partner|roommate|cousin)|(?:he|she|they)(?:'s| is| says| said| wants))\b/;
const DE_ESCALATE = /\b(?:i'm (?:safe|okay|ok|alright|fine)|(?:is|are|am) (?:safe|ok|okay|fine)(?! with)|(?:put|flushed|threw|poured|gave) (?:them|it|the \w+) (?:away|out|in|to)|poured (?:them|it) out|false alarm|feeling (?:a bit )?better|i'm going to bed|(?:is|are) coming (?:over|to get me|to pick me up)|pick me up|(?:stopped|arrested|caught) him|i'll stay (?:here|with)|texted my (?:friend|brother|sister|mom|dad)|i'm in the \w+ now|away from (?:it|them))\b/;
/** Something still at stake in a follow-up message: the means, the plan, not knowing, keeping on. */
const STILL_AT_RISK = /\b(?:pills?|meds|bottle|rope|gun|knife|blade|drafts?|note|it's (?:on|in|next)|next to me|still|keep|counted|i don't know|idk|i called|they're coming|right now|apt|ave|st|rd|floor|again)\b/;

/** One keyword scan decides which of the crisis regexes can match a message at all. */
const G = { intent: 0, means: 1, immediate: 2, others: 3, abuse: 4, violence: 5, happening: 6, deEscalate: 7 } as const;
const GATES = new GateSet([INTENT, MEANS, IMMEDIATE, OTHERS_HARM, ABUSE_NOW, VIOLENCE, HAPPENING, DE_ESCALATE]);

export const crisisConfigSchema = z.object({
  /** Score given to a message that continues the writer's own crisis disclosure from the last messages. */
  continuationScore: z.number().min(0).max(1).default(0.55),
  /** How many of the writer's own earlier messages are read for an ongoing crisis. */
  continuationLookback: z.number().int().min(0).max(20).default(4),
  pastFactor: z.number().min(0).max(1).default(0.25),
  figurativeFactor: z.number().min(0).max(1).default(0.2),
  negatedFactor: z.number().min(0).max(1).default(0.15),
  thirdPartyFactor: z.number().min(0).max(1).default(0.5),
  responderFactor: z.number().min(0).max(1).default(0.2),
});
export type CrisisConfig = z.infer<typeof crisisConfigSchema>;

interface CrisisEvidence { score: number; cues: string[]; notes: string[] }
const NONE: CrisisEvidence = Object.freeze({ score: 0, cues: [], notes: [] }) as unknown as CrisisEvidence;

function count(re: RegExp, text: string, cues: string[], name: string, open: boolean): number {
  if (!open) return 0;
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) { n++; if (n === 1) cues.push(`${name}: ${m[0]}`); }
  return n;
}

/** Either of two independent signals: 1 - (1 - a)(1 - b), as the score accumulates. */
function orP(score: number, p: number): number {
  return 1 - (1 - score) * (1 - p);
}

/** The crisis score of one text on its own, without context. Exported for the continuation rule. */
export function crisisOfText(lower: string, config: CrisisConfig): CrisisEvidence {
  const cues: string[] = [];
  const notes: string[] = [];
  const open = GATES.scan(lower);
  const intent = count(INTENT, lower, cues, 'intent', open[G.intent] === true);
  const means = count(MEANS, lower, cues, 'means', open[G.means] === true);
  const immediate = count(IMMEDIATE, lower, cues, 'immediacy', open[G.immediate] === true);
  const others = count(OTHERS_HARM, lower, cues, 'harm to others', open[G.others] === true);
  const abuse = count(ABUSE_NOW, lower, cues, 'danger now', open[G.abuse] === true);
  let score = 0;
  if (intent) score = orP(score, 0.7);
  if (means && immediate) score = orP(score, OWN_MEANS.test(lower) ? 0.65 : 0.35);
  else if (means && intent) score = orP(score, 0.2);
  if (immediate && intent) score = orP(score, 0.3);
  if (others) score = orP(score, 0.75);
  if (abuse) score = orP(score, abuse > 1 ? 0.8 : 0.6);
  if (open[G.violence] && open[G.happening] && VIOLENCE.test(lower) && HAPPENING.test(lower)) { score = orP(score, 0.65); cues.push('violence happening now'); }
  if (score === 0) return NONE;
  if (PAST.test(lower) && !NOW.test(lower)) { score *= config.pastFactor; notes.push('told in the past tense'); }
  if (FIGURATIVE.test(lower)) { score *= config.figurativeFactor; notes.push('figurative or joking'); }
  if (NEGATED.test(lower)) { score *= config.negatedFactor; notes.push('negated'); }
  if (open[G.deEscalate] === true && DE_ESCALATE.test(lower) && !/\b(?:i'm not|i am not|i'm still not)\b/.test(lower)) { score *= 0.5; notes.push('says things are safer now'); }
  if (RESPONDER.test(lower)) { score *= config.responderFactor; notes.push("a helper's reply"); }
  if (THIRD_PARTY.test(lower) && !/\b(?:me|my door|i'm|i am)\b/.test(lower)) { score *= config.thirdPartyFactor; notes.push('about a third party'); }
  return { score, cues, notes };
}

/** Whether the writer spoke in the last few messages at all: the continuation rule needs that first. */
function ownRecent(view: MessageView, lookback: number): boolean {
  for (let i = view.context.length - 1, n = 0; i >= 0 && n < lookback * 3; i--, n++) if (view.context[i]?.authorId === view.authorId) return true;
  return false;
}

/**
 * Context messages were judged when they arrived, so their own crisis score is cached by id and a hash of
 * the text (numbers only, never text), bounded, oldest evicted first.
 */
const CONTEXT_CACHES = new WeakMap<CrisisConfig, Map<string, number>>();
const CONTEXT_CACHE_MAX = 4096;
function contextCrisis(id: string, text: string, config: CrisisConfig): number {
  let CONTEXT_CACHE = CONTEXT_CACHES.get(config);
  if (!CONTEXT_CACHE) { CONTEXT_CACHE = new Map(); CONTEXT_CACHES.set(config, CONTEXT_CACHE); }
  const key = `${id}\u0000${text.length}\u0000${hash(text)}`;
  const hit = CONTEXT_CACHE.get(key);
  if (hit !== undefined) return hit;
  const score = crisisOfText(lowerSameLength(text), config).score;
  if (CONTEXT_CACHE.size >= CONTEXT_CACHE_MAX) {
    const oldest = CONTEXT_CACHE.keys().next().value;
    if (oldest !== undefined) CONTEXT_CACHE.delete(oldest);
  }
  CONTEXT_CACHE.set(key, score);
  return score;
}

/**
 * In front of that cache, the score is also kept with the context message object itself (context-facts.ts):
 * when the caller hands over the same objects message after message, not even the text's hash is recomputed.
 * One memo key per config object (a classifier with other factors scores otherwise).
 */
const CONFIG_KEYS = new WeakMap<CrisisConfig, string>();
function contextCrisisKey(config: CrisisConfig): string {
  let key = CONFIG_KEYS.get(config);
  if (key === undefined) { key = `crisis:context-score:${CONFIG_KEYS_MADE++}`; CONFIG_KEYS.set(config, key); }
  return key;
}
let CONFIG_KEYS_MADE = 0;
function contextCrisisOf(facts: ContextFacts, config: CrisisConfig, id: string): number {
  return contextCrisis(id, facts.text, config);
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** Memo key (MessageView.memo) set by the crisis detector: the writer says things are safer now. */
export const SAFER_NOW = 'crisis:safer-now';

export const crisisDetector = defineDetector<CrisisConfig>({
  id: 'local/crisis', version: 1, category: 'crisis',
  configSchema: crisisConfigSchema,
  defaults: crisisConfigSchema.parse({}),
  match(view: MessageView, config) {
    // Safety news from the writer ("I poured them out, my sister is coming"): the classifier's model stage
    // reads this and does not raise the message to crisis on the strength of the writer's earlier words.
    // DE_ESCALATE runs on every message: its keys, read from the message's one keyword scan, say first whether it can match.
    const deEscalate = GATES.scan(view.lower)[G.deEscalate] === true && DE_ESCALATE.test(view.lower);
    view.memo.set(SAFER_NOW, deEscalate && !/\b(?:i'm not|i am not|i'm still not|lie|lied|lying)\b/.test(view.lower));
    const own = crisisOfText(view.lower, config);
    let score = own.score;
    const cues = [...own.cues];
    const notes = [...own.notes];
    if (score < config.continuationScore && config.continuationLookback > 0 && ownRecent(view, config.continuationLookback) && STILL_AT_RISK.test(view.lower) && !deEscalate && !RESPONDER.test(view.lower)) {
      let seen = 0;
      for (let i = view.context.length - 1; i >= 0 && seen < config.continuationLookback; i--) {
        const c = view.context[i];
        if (!c || c.authorId !== view.authorId) continue;
        seen++;
        if (contextFacts(c).get(contextCrisisKey(config), contextCrisisOf, config, c.id) >= 0.5) {
          score = Math.max(score, config.continuationScore);
          cues.push('continues own crisis disclosure');
          break;
        }
      }
    }
    score = round(score);
    const explanation = score === 0 ? 'no crisis cues'
      : `crisis cues ${cues.slice(0, 4).map((c) => `"${c}"`).join(', ')}${notes.length ? ` (discounted: ${notes.join(', ')})` : ''}; score ${score.toFixed(2)}`;
    return { score, cues, explanation };
  },
});
