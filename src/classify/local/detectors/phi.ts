import { z } from 'zod';
import type { PhiSpan } from '../../../core/classifier.ts';
import { defineDetector } from '../detector.ts';
import { FIRST_NAME_ANCHOR_GATE, mayCarryHealthDetail } from '../phi/health-info.ts';
import { lowerFullNames, mayNameInLowerCase } from '../phi/names.ts';
import { PHI_RECOGNIZERS } from '../phi/registry.ts';
import type { PhiRecognizer } from '../phi/recognizer.ts';
import { anchoredFirstNames, conversationNameMentions, thirdPartyNameRecognizer } from '../phi/third-party-names.ts';
import { hasSiteLink } from '../phi/contact.ts';

/**
 * PHI (LABELING.md): identifiers of a person (HIPAA Safe Harbor) and health details tied to an identifiable
 * third party. Each recognizer in ../phi/registry.ts types its spans; this detector merges them (the longer
 * span wins an overlap) and scores by the strongest type found.
 */
export const phiConfigSchema = z.object({
  /** Score of a message whose only PHI is third-party health detail next to a name. */
  healthInfoScore: z.number().min(0).max(1).default(0.8),
  /** Score of a message with a direct identifier (phone, email, SSN...). */
  identifierScore: z.number().min(0).max(1).default(0.9),
  /** Score of a message whose only PHI is a full name. */
  nameOnlyScore: z.number().min(0).max(1).default(0.7),
  /**
   * Score of a message whose only PHI is the first name of a third party ("my cousin Odile"): redacted, but under
   * the default threshold, since the guide flags full names.
   */
  firstNameOnlyScore: z.number().min(0).max(1).default(0.4),
});
export type PhiConfig = z.infer<typeof phiConfigSchema>;

export const phiDetector = defineDetector<PhiConfig>({
  id: 'local/phi', version: 1, category: 'phi', scope: 'full',
  configSchema: phiConfigSchema,
  defaults: phiConfigSchema.parse({}),
  match(view, config) {
    let found: PhiSpan[] = [];
    if (!mayHoldPhi(view.text, view.lower) && lowerFullNames(view).length === 0 && anchoredFirstNames(view).length === 0 && conversationNameMentions(view).length === 0 && !mayCarryHealthDetail(view)) return { score: 0, cues: [], explanation: 'no identifiers or third-party health details', spans: [] };
    let firstNames: Set<PhiSpan> | null = null;
    for (let i = 0; i < FINDERS.length; i++) {
      const more = (FINDERS[i] as PhiRecognizer['find'])(view, found);
      if (more.length === 0) continue;
      if (PHI_RECOGNIZERS[i] === thirdPartyNameRecognizer) firstNames = new Set(more);
      found = resolveOverlaps(found.concat(more));
    }
    if (found.length === 0) return { score: 0, cues: [], explanation: 'no identifiers or third-party health details', spans: [] };
    const types = [...new Set(found.map((s) => s.type))];
    const direct = types.some((t) => t !== 'NAME' && t !== 'HEALTH_INFO');
    const score = direct ? config.identifierScore : types.includes('HEALTH_INFO') ? config.healthInfoScore
      : firstNames && found.every((s) => firstNames.has(s)) ? config.firstNameOnlyScore : config.nameOnlyScore;
    return {
      score, cues: types, spans: found,
      explanation: `discloses ${types.map((t) => t.toLowerCase().replace('_', ' ')).join(', ')} (${found.length} span${found.length > 1 ? 's' : ''}, redacted); score ${score.toFixed(2)}`,
    };
  },
});

/** Each recognizer's find, bound once: calling them through one `r.find` site was a megamorphic lookup per call. */
const FINDERS: ReadonlyArray<PhiRecognizer['find']> = PHI_RECOGNIZERS.map((r) => r.find.bind(r));

/**
 * Overlapping spans keep the longer one (the earlier on a tie): "https://x.com/@name" is one URL, not a URL
 * and a HANDLE. Sorted by start; O(n log n).
 */
function resolveOverlaps(spans: PhiSpan[]): PhiSpan[] {
  const byLength = [...spans].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: PhiSpan[] = [];
  const taken: Array<[number, number]> = [];
  for (const s of byLength) {
    if (overlapsSorted(taken, s)) continue;
    kept.push(s);
    insertSorted(taken, [s.start, s.end]);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function overlapsSorted(taken: Array<[number, number]>, s: PhiSpan): boolean {
  let lo = 0, hi = taken.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((taken[mid]?.[0] ?? 0) < s.end) lo = mid + 1; else hi = mid; }
  // kept intervals do not overlap each other, so only the one just before can reach into s
  const prev = taken[lo - 1];
  return prev !== undefined && prev[1] > s.start;
}

function insertSorted(taken: Array<[number, number]>, iv: [number, number]): void {
  let lo = 0, hi = taken.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((taken[mid]?.[0] ?? 0) < iv[0]) lo = mid + 1; else hi = mid; }
  taken.splice(lo, 0, iv);
}

/**
 * Fast path for the common chat line: no digit, no @, #, / or colon, no capitalised word pair, no title
 * (Dr, Ms...), platform name, spelled "at"/"dot" (or "arobase"), digit word or spelled day ("the fourteenth"),
 * word that introduces a person ("my friend", "talked to", "from group"), personal site ("x.wordpress.com"),
 * known first name before a surname-like word ("greg lindahl in accounts") — then no recognizer can fire, and
 * none is called. Kept in step with the recognizers by the PHI tests (each one's example must pass this gate).
 */
function mayHoldPhi(text: string, lower: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64 || c === 35 || c === 47 || c === 58) return true; // digit @ # / :
    if (c === 32 && i + 1 < text.length) {
      const n = text.charCodeAt(i + 1);
      const p = text.charCodeAt(i - 1);
      if (((n >= 65 && n <= 90) || n > 127) && ((p >= 97 && p <= 122) || p > 127)) return true; // "... Jenna" style
    }
  }
  if (mayNameInLowerCase(lower) || FIRST_NAME_ANCHOR_GATE.test(lower) || hasSiteLink(lower)) return true; // "my friend dana reyes", "Mark from group"
  return /\b(?:at|dot|zero|one|two|three|four|five|six|seven|eight|nine|oh|snap(?:chat)?|insta(?:gram)?|ig|twitter|tiktok|discord|venmo|cashapp|telegram|reddit|kik|threads|bluesky|bsky|linkedin|fb|facebook|youtube|twitch|tumblr|tinder|hinge|bumble|grindr|vsco|bereal|roblox|github|onlyfans|spotify|soundcloud|substack|mastodon|paypal|cash ?app|handle|username|arobase|arroba|chiocciola|klammeraffe|dr|mr|mrs|ms|mx|prof|nurse|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/.test(lower);
}
