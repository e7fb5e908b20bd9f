import { zeroScores, type Category, type Scores } from '../../core/categories.ts';
import { redact, type CategoryEvidence, type Classification, type Classifier, type ClassifyInput, type PhiSpan } from '../../core/classifier.ts';
import type { Detector, DetectorMatch } from './detector.ts';
import { extractFeatures, scratchFeatures, type Features } from './model/features.ts';
import { LinearModel } from './model/linear-model.ts';
import { SAFER_NOW } from './detectors/crisis.ts';
import { DETECTORS } from './registry.ts';
import { inferTarget } from './target.ts';
import { buildMessageView, type MessageView } from './text/message-view.ts';
import { withScanScope } from './text/prefilter.ts';
import { LOCAL_CLASSIFIER_VERSION } from './version.ts';

export { LOCAL_CLASSIFIER_VERSION } from './version.ts';

/**
 * Manipulation and crisis are read in the first ANALYSIS_CHARS characters (a chat message is far shorter;
 * this bounds the work on a flood). PHI is searched in the whole message, so redaction misses nothing.
 */
export const ANALYSIS_CHARS = 8_000;

/**
 * How the cue detectors and the linear model combine for gaslighting, dismissal and blame-shifting:
 * - 'model' (default): the model's probability. The model reads each cue detector's score as a feature
 *   next to the words and structure, so it has learned how far to trust each rule (stacking).
 * - 'max': the higher of the two (more recall, more false flags).
 * - 'rules': the cue detectors alone (the model is not consulted).
 * Crisis is always the higher of the crisis detector and the model, so the model can add a crisis the rules
 * missed but never lower one they found; except that when the writer says things are safer now, the
 * detector's own (discounted) score stands. PHI is the recognizers' alone: the model does not judge it.
 */
export type Combine = 'model' | 'max' | 'rules';

export interface LocalClassifierOptions {
  /** Per-detector config overrides, keyed by detector id; validated by the detector's schema once, here. */
  config?: Record<string, unknown>;
  detectors?: readonly Detector<any>[];
  /** The model to combine with the cue detectors; default the shipped one, null for none. */
  model?: LinearModel | null;
  combine?: Combine;
}

let shippedModel: LinearModel | null | undefined;
/** The model file shipped beside the code, loaded once per process. */
export function defaultModel(): LinearModel | null {
  if (shippedModel === undefined) shippedModel = LinearModel.loadDefault();
  return shippedModel;
}

/** A signal this weak is noise: no evidence is kept for it and it names no target. */
const EVIDENCE_FLOOR = 0.1;

/**
 * The default, offline classifier: rule-based detectors that read message structure (who is addressed,
 * quotation and reported speech, tense, hedges) plus typed PHI recognizers. No network, no model.
 */
export class LocalClassifier implements Classifier {
  readonly name = 'local';
  private readonly runs: DetectorRun[];
  readonly model: LinearModel | null;
  readonly combine: Combine;
  /** The model's probabilities for the message being classified (scratch: read at once, then overwritten). */
  private readonly probabilities: Float64Array;
  /** The `classifier` field of every result. */
  private readonly label: string;

  constructor(options: LocalClassifierOptions = {}) {
    this.combine = options.combine ?? 'model';
    this.model = this.combine === 'rules' ? null : options.model === undefined ? defaultModel() : options.model;
    this.probabilities = new Float64Array(this.model?.categories.length ?? 0);
    this.label = this.model ? `local@${LOCAL_CLASSIFIER_VERSION}+model@${this.model.version}` : `local@${LOCAL_CLASSIFIER_VERSION}`;
    this.runs = (options.detectors ?? DETECTORS).map((detector) => ({
      detector,
      match: detector.match.bind(detector) as DetectorRun['match'],
      config: detector.configSchema.parse({ ...(detector.defaults as object), ...((options.config?.[detector.id] as object | undefined) ?? {}) }),
      source: `${detector.id}@${detector.version}`,
      category: detector.category,
      full: detector.scope === 'full',
      modelled: this.model !== null && this.model.categories.includes(detector.category),
    }));
  }

  async classify(input: ClassifyInput): Promise<Classification> {
    return this.classifySync(input);
  }

  async classifyMany(inputs: readonly ClassifyInput[]): Promise<Classification[]> {
    return inputs.map((i) => this.classifySync(i));
  }

  classifySync(input: ClassifyInput): Classification {
    // Every detector's gates read one keyword scan of the message.
    return withScanScope(() => this.classifyScoped(input));
  }

  private classifyScoped(input: ClassifyInput): Classification {
    const { full, view, scores, evidence, phi } = this.runDetectors(input, undefined, this.model !== null);
    if (this.model) {
      const model = this.model;
      const categories = model.categories;
      const cueScores = ruleScores(scores, categories);
      // Ids and values in reused buffers; names are built only if some evidence is read (ModelExplainer).
      const features = scratchFeatures(view, cueScores);
      const p = this.probabilities;
      model.predictInto(features.ids, features.values, features.length, p);
      let explainer: ModelExplainer | undefined;
      for (let i = 0; i < categories.length; i++) {
        const name = categories[i] as string;
        const category = name as Category;
        const rules = scores[category];
        const modelScore = round3(p[i] ?? 0);
        // Crisis is never lowered by the model: a missed crisis costs more than a false alarm. Nor is it raised
        // by the model when the writer says things are safer now (the model reads their earlier words too).
        const combined = category === 'crisis'
          ? (view.memo.get(SAFER_NOW) === true ? rules : Math.max(rules, modelScore))
          : this.combine === 'max' ? Math.max(rules, modelScore) : modelScore;
        scores[category] = combined;
        const prior = evidence[category];
        if (combined < EVIDENCE_FLOOR && rules === 0) {
          // Only a detector's evidence can be here, and it comes with rules > 0: a delete (a slow runtime call
          // even for an absent key, once per category of most messages) is done only when there is one.
          if (prior !== undefined) delete evidence[category];
          continue;
        }
        explainer ??= new ModelExplainer(model, view, cueScores);
        evidence[category] = modelEvidence(explainer, i, combined, modelScore, rules, this.combine, prior);
      }
    }
    const manipulative = scores.gaslighting >= EVIDENCE_FLOOR || scores.dismissal >= EVIDENCE_FLOOR || scores.blame_shifting >= EVIDENCE_FLOOR;
    return {
      scores,
      evidence,
      phi,
      redacted: redact(full, phi),
      targetId: manipulative ? inferTarget(view) : null,
      classifier: this.label,
    };
  }

  /** The model's input for a message: the features over the cue detectors' scores (used by train.ts). */
  featuresFor(input: ClassifyInput, categories: readonly string[], options: { names?: boolean } = {}): Features {
    return withScanScope(() => {
      const { view, scores } = this.runDetectors(input);
      return extractFeatures(view, ruleScores(scores, categories), options);
    });
  }

  /**
   * The text with its PHI replaced (`[PHONE]`, `[NAME]`…), judged on its own: only the PHI detectors run. For
   * evidence lines, which need the redaction and nothing else the classifier computes.
   */
  redactText(text: string): string {
    return withScanScope(() => {
      const { full, phi } = this.runDetectors({ message: { id: 'redact', authorId: '', text }, context: [] }, 'phi');
      return redact(full, phi);
    });
  }

  /**
   * `deferred`: the model's evidence will replace the detectors' own for the categories it scores (classifyScoped
   * replaces every one that has a score), so theirs is kept with its explanation unwritten until read.
   */
  private runDetectors(input: ClassifyInput, only?: Category, deferred = false) {
    const full = input.message.text ?? '';
    const { authorId, mentions } = input.message;
    const context = input.context;
    const view = buildMessageView({ authorId, context, mentions, text: full.length > ANALYSIS_CHARS ? full.slice(0, ANALYSIS_CHARS) : full });
    const fullView = full.length > ANALYSIS_CHARS ? buildMessageView({ authorId, context, mentions, text: full, structure: false }) : view;
    const scores = zeroScores();
    const evidence: Classification['evidence'] = {};
    let phi: PhiSpan[] = [];
    const runs = this.runs;
    for (let r = 0; r < runs.length; r++) {
      // What is read of the detector is copied into its run once: the detectors are objects of different shapes,
      // and reading their fields here on every message went through V8's megamorphic lookups.
      const { match, config, source, category, full: wantsFull, modelled } = runs[r] as DetectorRun;
      if (only && category !== only) continue;
      const m = match(wantsFull ? fullView : view, config);
      if (m.score > scores[category]) scores[category] = m.score;
      // Each detector's spans are its own new array: the first non-empty one is taken as it is.
      if (m.spans && m.spans.length > 0) phi = phi.length === 0 ? m.spans : phi.concat(m.spans);
      if (m.score > 0) {
        evidence[category] = deferred && modelled ? new DeferredEvidence(m, source) : { score: m.score, cues: m.cues.slice(0, 8), explanation: m.explanation, source };
      }
    }
    return { full, view, scores, evidence, phi };
  }
}

interface DetectorRun {
  detector: Detector<any>;
  /** detector.match bound to it: one call per detector without a megamorphic lookup of `match` on each. */
  match: (view: MessageView, config: unknown) => DetectorMatch;
  config: unknown;
  /** "local/gaslighting@1": the evidence's source, made once. */
  source: string;
  category: Category;
  /** scope 'full': the detector sees the whole message. */
  full: boolean;
  /** The model scores this detector's category: with the model, its evidence is replaced by the model's. */
  modelled: boolean;
}

/**
 * A detector's evidence that only the model's evidence reads (as `prior`), for its cues, source and, when a
 * therapist opens the flag, its explanation: the detector's explanation is not written before then.
 */
class DeferredEvidence implements CategoryEvidence {
  readonly score: number;
  readonly cues: string[];

  constructor(private readonly match: DetectorMatch, readonly source: string) {
    this.score = match.score;
    this.cues = match.cues.slice(0, 8);
  }

  get explanation(): string {
    return this.match.explanation;
  }
}

/**
 * The words of a message's model evidence, for the few messages whose evidence a therapist reads: the features
 * are extracted again with their names on first read (the same ids and values as the hot path's, which keeps
 * no names), and each category's strongest signals are picked once.
 */
class ModelExplainer {
  private features: Features | undefined;
  private readonly strongestOf: Array<string[] | undefined> = [];
  private readonly view: MessageView;
  private readonly cueScores: Readonly<Record<string, number>>;

  /**
   * Keeps a copy of what was scored: the words may be read long after, and a caller may by then have pushed to
   * or edited the window it passed in.
   */
  constructor(readonly model: LinearModel, view: MessageView, cueScores: Readonly<Record<string, number>>) {
    this.view = { ...view, context: view.context.map((m) => ({ ...m })), mentions: [...view.mentions] };
    this.cueScores = { ...cueScores };
  }

  strongest(c: number): string[] {
    let top = this.strongestOf[c];
    if (top === undefined) {
      this.features ??= extractFeatures(this.view, this.cueScores, { names: true });
      const contributions = this.model.topContributions(this.features, this.model.categories[c] as string, 5);
      top = [...new Set(contributions.map((t) => describeFeature(t.feature)))].slice(0, 3);
      this.strongestOf[c] = top;
    }
    return top;
  }
}

/**
 * A category's evidence from the model. Its words are read by a therapist only for the few messages that are
 * flagged: they are built on first read, by getters that are the evidence's own enumerable properties (so
 * spreading or serialising the evidence still has them). The getters are shared by all evidence and read their
 * state from a hidden property: an object literal with getters made two closures and took the slow path for
 * every evidence, a few percent of the classifier's time.
 */
function modelEvidence(explainer: ModelExplainer, c: number, combined: number, modelScore: number, rules: number, combine: Combine, prior: CategoryEvidence | undefined): CategoryEvidence {
  const evidence = { score: combined } as CategoryEvidence;
  Object.defineProperty(evidence, 'cues', CUES_PROPERTY);
  Object.defineProperty(evidence, 'explanation', EXPLANATION_PROPERTY);
  evidence.source = `local/model@${explainer.model.version}+${prior?.source ?? 'no-cues'}`;
  STATE_PROPERTY.value = { explainer, c, modelScore, rules, combine, prior, cues: undefined, explanation: undefined } satisfies ModelEvidenceState;
  Object.defineProperty(evidence, MODEL_EVIDENCE, STATE_PROPERTY);
  STATE_PROPERTY.value = undefined;
  return evidence;
}

const MODEL_EVIDENCE = Symbol('model evidence');

interface ModelEvidenceState {
  explainer: ModelExplainer;
  c: number;
  modelScore: number;
  rules: number;
  combine: Combine;
  prior: CategoryEvidence | undefined;
  cues: string[] | undefined;
  explanation: string | undefined;
}

function stateOf(evidence: object): ModelEvidenceState {
  return (evidence as { [MODEL_EVIDENCE]: ModelEvidenceState })[MODEL_EVIDENCE];
}

/** Not enumerable, not writable: invisible to JSON, spreading and Object.keys. */
const STATE_PROPERTY: PropertyDescriptor = { value: undefined, enumerable: false, writable: false, configurable: false };

const CUES_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): string[] {
    const s = stateOf(this);
    return (s.cues ??= [...(s.prior?.cues ?? []), ...s.explainer.strongest(s.c)].slice(0, 8));
  },
};

const EXPLANATION_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): string {
    const s = stateOf(this);
    if (s.explanation === undefined) {
      const strongest = s.explainer.strongest(s.c);
      s.explanation = `model ${s.modelScore.toFixed(2)}, rules ${s.rules.toFixed(2)} (${s.combine})` +
        (strongest.length ? `; strongest signals: ${strongest.join(', ')}` : '') +
        (s.prior ? `; ${s.prior.explanation}` : '');
    }
    return s.explanation;
  },
};

function ruleScores(scores: Scores, categories: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of categories) out[c] = scores[c as Category] ?? 0;
  return out;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** A model feature in words a therapist can read. */
export function describeFeature(feature: string): string {
  const bar = feature.indexOf('|');
  const kind = feature.slice(0, bar);
  const what = feature.slice(bar + 1).replace(/_/g, ' ');
  switch (kind) {
    case 'a': return `"${what}" said to someone`;
    case 'n': return `"${what}" after a negation`;
    case 'b': return `"${what}"`;
    case '0': return `opens with "${what}"`;
    case 's': return `"${what}" (first person)`;
    case 'cue': return `rule cues for ${what.replace(':high', '')}`;
    case 'f': return `message shape: ${what}`;
    case 'c': return `conversation: ${what}`;
    case 'm': return `"${what}" in the writer's previous message`;
    case 'q': return `"${what}" inside quotes`;
    case 'r': return `"${what}" in reported speech`;
    default: return `"${what}"`;
  }
}
