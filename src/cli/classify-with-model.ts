import { buildClassifier } from '../app/default-classifier.ts';
import type { Env } from '../config/env.ts';
import type { ClassifyInput } from '../core/classifier.ts';
import { DEFAULT_CONTEXT_MESSAGES } from '../config/settings.ts';
import type { CorpusConversation } from '../eval/corpus.ts';
import { labelsFor, type Prediction } from '../eval/predict.ts';
import { createLogger } from '../log/logger.ts';

/**
 * `classify --llm borderline|all`: the same contract as the local path, through the LLM second opinion.
 * One conversation at a time goes to `classifyMany`, so messages share model requests where the endpoint allows.
 */
export async function* predictWithModel(corpus: readonly CorpusConversation[], env: Env, mode: 'borderline' | 'all'): AsyncGenerator<Prediction> {
  const logger = createLogger({ level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL, destination: process.stderr as never });
  const { classifier } = await buildClassifier(env, logger, env.HOLDSPACE_DATA_DIR, mode);
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  for (const conv of corpus) {
    const inputs: ClassifyInput[] = conv.messages.map((m, i) => ({
      message: { id: m.id, authorId: m.author, text: m.text, sentAt: t0 + i * 60_000 },
      context: conv.messages.slice(Math.max(0, i - DEFAULT_CONTEXT_MESSAGES), i).map((c, j) => ({ id: c.id, authorId: c.author, text: c.text, sentAt: t0 + (Math.max(0, i - DEFAULT_CONTEXT_MESSAGES) + j) * 60_000 })),
    }));
    const results = classifier.classifyMany ? await classifier.classifyMany(inputs) : await Promise.all(inputs.map((i) => classifier.classify(i)));
    for (const [i, r] of results.entries()) {
      yield { id: conv.messages[i]?.id ?? '', labels: labelsFor(r.scores), scores: r.scores, phi: r.phi, target: r.targetId };
    }
  }
}
