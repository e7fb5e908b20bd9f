import type { Category } from '../../core/categories.ts';
import { compileCues, cueConfigSchema, CUE_DEFAULTS, explainHits, scoreCues, type Cue, type CueConfig, type CueHit } from './cue-scorer.ts';
import { defineDetector, type Detector, type DetectorMatch } from './detector.ts';
import { requiredLiterals } from './text/prefilter.ts';

/** The shared shape of gaslighting, dismissal and blame-shifting: cue families read through message structure. */
export function manipulationDetector(options: { id: string; version: number; category: Category; label: string; cues: readonly Cue[] }): Detector<CueConfig> {
  const set = compileCues(options.cues);
  // A message with no cue of this family (most messages) gets one shared, frozen answer.
  const none: DetectorMatch = Object.freeze({ score: 0, cues: Object.freeze([]) as unknown as string[], explanation: explainHits(options.label, [], 0) });
  return defineDetector<CueConfig>({
    id: options.id,
    version: options.version,
    category: options.category,
    configSchema: cueConfigSchema,
    defaults: CUE_DEFAULTS,
    match(view, config) {
      const { score, hits } = scoreCues(view, set, config);
      if (hits.length === 0) return none;
      return new CueMatch(score, hits, options.label);
    },
  });
}

/**
 * A cue family's match. Its explanation is written on first read: with the model (the default), it is read only
 * through the evidence of a flag a therapist opens, and writing it for every message with a cue cost about 1%
 * of the classifier.
 */
class CueMatch implements DetectorMatch {
  readonly cues: string[];
  private written: string | undefined;

  constructor(readonly score: number, private readonly hits: readonly CueHit[], private readonly label: string) {
    this.cues = hits.map((h) => h.cue);
  }

  get explanation(): string {
    return (this.written ??= explainHits(this.label, this.hits, this.score));
  }
}

/** Every cue built, for the prefilter's self-check in tests. */
export const CUE_REGISTRY: Cue[] = [];

/** Shorthand for a cue list entry. */
export function cue(name: string, weight: number, aimed: Cue['aimed'], re: RegExp): Cue {
  if (!re.global) throw new Error(`cue ${name}: regex must be global`);
  // Keys with non-ASCII characters cannot go through the ASCII automaton: such a cue always runs.
  const derived = re.flags.includes('i') ? null : requiredLiterals(re.source);
  const keys = derived && derived.every((k) => /^[\x00-\x7f]+$/.test(k)) ? derived : null;
  const built: Cue = keys ? { name, weight, aimed, re, keys } : { name, weight, aimed, re };
  CUE_REGISTRY.push(built);
  return built;
}
