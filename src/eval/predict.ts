import { CATEGORIES, type Category, type Scores } from '../core/categories.ts';
import type { Classification, PhiSpan } from '../core/classifier.ts';
import type { ContextMessage } from '../core/message.ts';
import type { LocalClassifier } from '../classify/local/index.ts';
import { DEFAULT_CONTEXT_MESSAGES, DEFAULT_THRESHOLDS } from '../config/settings.ts';
import type { CorpusConversation } from './corpus.ts';

/** One output line of `holdspace classify`. */
export interface Prediction {
  id: string;
  labels: Category[];
  scores: Scores;
  phi: PhiSpan[];
  target: string | null;
}

export function labelsFor(scores: Scores, thresholds: Scores = DEFAULT_THRESHOLDS as Scores): Category[] {
  return CATEGORIES.filter((c) => scores[c] >= thresholds[c]);
}

/**
 * Judges every message in order with the messages before it as context (the last `contextSize`), exactly as
 * the pipeline does. Labels, phi and target of the input are never read here.
 */
export function* predictConversation(
  conv: CorpusConversation,
  classifier: Pick<LocalClassifier, 'classifySync'>,
  options: { contextSize?: number; thresholds?: Scores } = {},
): Generator<{ prediction: Prediction; classification: Classification }> {
  const size = options.contextSize ?? DEFAULT_CONTEXT_MESSAGES;
  const history: ContextMessage[] = [];
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < conv.messages.length; i++) {
    const m = conv.messages[i];
    if (!m) continue;
    const classification = classifier.classifySync({
      message: { id: m.id, authorId: m.author, text: m.text },
      context: history.slice(-size),
    });
    const labels = labelsFor(classification.scores, options.thresholds);
    yield { prediction: { id: m.id, labels, scores: classification.scores, phi: classification.phi, target: classification.targetId }, classification };
    history.push({ id: m.id, authorId: m.author, text: m.text, sentAt: t0 + i * 60_000 });
  }
}
