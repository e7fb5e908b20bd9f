import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LocalClassifier } from '../classify/local/index.ts';
import type { Scores } from '../core/categories.ts';
import { readCorpus, type CorpusConversation } from './corpus.ts';
import { evaluate, type EvalReport, type Pair } from './metrics.ts';
import { predictConversation } from './predict.ts';

/** Hard-negative kinds ({"message id": "quote", ...}) next to the corpus, when the file is there. */
export function readHardNegatives(corpusPath: string, explicit?: string): Record<string, string> {
  const path = explicit ?? join(dirname(corpusPath), 'dev_hard_negatives.json');
  if (!existsSync(path)) return {};
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, k]) => typeof k === 'string')) as Record<string, string> : {};
  } catch {
    return {};
  }
}

export function runEval(corpus: CorpusConversation[], classifier: Pick<LocalClassifier, 'classifySync'>, options: { hardNegatives?: Record<string, string>; thresholds?: Scores } = {}): { report: EvalReport; pairs: Pair[] } {
  const pairs: Pair[] = [];
  for (const conv of corpus) {
    let i = 0;
    for (const { prediction } of predictConversation(conv, classifier, options.thresholds ? { thresholds: options.thresholds } : {})) {
      const gold = conv.messages[i++];
      if (gold) pairs.push({ gold, predicted: prediction });
    }
  }
  return { report: evaluate(pairs, options.hardNegatives ?? {}), pairs };
}

export function evalFile(path: string, classifier: Pick<LocalClassifier, 'classifySync'>, hardNegativesPath?: string): { report: EvalReport; pairs: Pair[] } {
  return runEval(readCorpus(path), classifier, { hardNegatives: readHardNegatives(path, hardNegativesPath) });
}
