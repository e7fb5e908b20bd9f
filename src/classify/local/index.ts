import { zeroScores } from '../../core/categories.ts';
import { redact, type Classification, type Classifier, type ClassifyInput, type PhiSpan } from '../../core/classifier.ts';
import type { Detector } from './detector.ts';
import { DETECTORS } from './registry.ts';
import { inferTarget } from './target.ts';
import { buildMessageView } from './text/message-view.ts';
import { LOCAL_CLASSIFIER_VERSION } from './version.ts';

export { LOCAL_CLASSIFIER_VERSION } from './version.ts';

/**
 * Manipulation and crisis are read in the first ANALYSIS_CHARS characters (a chat message is far shorter;
 * this bounds the work on a flood). PHI is searched in the whole message, so redaction misses nothing.
 */
export const ANALYSIS_CHARS = 8_000;

export interface LocalClassifierOptions {
  /** Per-detector config overrides, keyed by detector id; validated by the detector's schema once, here. */
  config?: Record<string, unknown>;
  detectors?: readonly Detector<any>[];
}

/**
 * The default, offline classifier: rule-based detectors that read message structure (who is addressed,
 * quotation and reported speech, tense, hedges) plus typed PHI recognizers. No network, no model.
 */
export class LocalClassifier implements Classifier {
  readonly name = 'local';
  private readonly runs: Array<{ detector: Detector<any>; config: unknown }>;

  constructor(options: LocalClassifierOptions = {}) {
    this.runs = (options.detectors ?? DETECTORS).map((detector) => ({
      detector,
      config: detector.configSchema.parse({ ...(detector.defaults as object), ...((options.config?.[detector.id] as object | undefined) ?? {}) }),
    }));
  }

  async classify(input: ClassifyInput): Promise<Classification> {
    return this.classifySync(input);
  }

  async classifyMany(inputs: readonly ClassifyInput[]): Promise<Classification[]> {
    return inputs.map((i) => this.classifySync(i));
  }

  classifySync(input: ClassifyInput): Classification {
    const full = input.message.text ?? '';
    const base = { authorId: input.message.authorId, context: input.context, mentions: input.message.mentions };
    const view = buildMessageView({ ...base, text: full.length > ANALYSIS_CHARS ? full.slice(0, ANALYSIS_CHARS) : full });
    const fullView = full.length > ANALYSIS_CHARS ? buildMessageView({ ...base, text: full, structure: false }) : view;
    const scores = zeroScores();
    const evidence: Classification['evidence'] = {};
    let phi: PhiSpan[] = [];
    for (const { detector, config } of this.runs) {
      const m = detector.match(detector.scope === 'full' ? fullView : view, config);
      if (m.score > scores[detector.category]) scores[detector.category] = m.score;
      if (m.spans) phi = phi.concat(m.spans);
      if (m.score > 0) {
        evidence[detector.category] = { score: m.score, cues: m.cues.slice(0, 8), explanation: m.explanation, source: `${detector.id}@${detector.version}` };
      }
    }
    const manipulative = scores.gaslighting > 0 || scores.dismissal > 0 || scores.blame_shifting > 0;
    return {
      scores,
      evidence,
      phi,
      redacted: redact(full, phi),
      targetId: manipulative ? inferTarget(view) : null,
      classifier: `local@${LOCAL_CLASSIFIER_VERSION}`,
    };
  }
}
