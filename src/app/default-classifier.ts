import { join } from 'node:path';
import type { Env } from '../config/env.ts';
import type { Classifier } from '../core/classifier.ts';
import type { Logger } from '../log/logger.ts';
import { LocalClassifier } from '../classify/local/index.ts';
import type { LlmBudgetStore } from '../classify/llm/budget.ts';

export const LLM_BUDGET_FILE = 'llm-budget.json';

/**
 * The classifier the pipeline uses: the offline local classifier, with the LLM second opinion on top when
 * LLM_MODE is not off. The local classifier's redaction is what evidence and any model call see.
 * The budget counter is the database's in a running pipeline; a file beside the data for one-off CLI runs.
 */
export async function buildClassifier(env: Env, logger: Logger, dataDir: string, mode: Env['LLM_MODE'] = env.LLM_MODE, budgetStore?: LlmBudgetStore): Promise<{ classifier: Classifier; local: LocalClassifier; redact: (text: string) => string }> {
  const local = new LocalClassifier();
  const redact = (text: string) => local.redactText(text);
  if (mode === 'off') return { classifier: local, local, redact };
  const { createLlmClassifier, FileBudgetStore } = await import('../classify/llm/index.ts');
  const classifier = createLlmClassifier({
    local, mode, baseURL: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY, model: env.OPENAI_MODEL, band: env.LLM_BAND,
    dailyBudget: env.LLM_DAILY_BUDGET, timeoutMs: env.LLM_TIMEOUT_MS, batchSize: env.LLM_BATCH_SIZE,
    logger: logger.child({ part: 'llm' }), budgetStore: budgetStore ?? new FileBudgetStore(join(dataDir, LLM_BUDGET_FILE)),
  });
  return { classifier, local, redact };
}
