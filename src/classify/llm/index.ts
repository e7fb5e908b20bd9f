/**
 * The LLM second opinion behind the Classifier port. Runs the local classifier first; by mode, sends the
 * redacted, aliased text to any OpenAI-compatible endpoint and combines the scores per category.
 */
import type { Classifier } from '../../core/classifier.ts';
import { createLlmClassifierImpl, type LlmClassifier, type LlmClassifierOptions } from './llmClassifier.ts';

export type { LlmClassifier, LlmClassifierOptions, LlmMode, LlmStats } from './llmClassifier.ts';
export type { CombineConfig, CombineRule } from './combine.ts';
export { DEFAULT_COMBINE, FLOORED, parseCombine } from './combine.ts';
export { MemoryBudgetStore, type LlmBudgetStore } from './budget.ts';
export { DEFAULT_PROMPT_VERSION, loadPrompt } from './prompt.ts';

export function createLlmClassifier(options: LlmClassifierOptions): LlmClassifier & Classifier {
  return createLlmClassifierImpl(options);
}
export { FileBudgetStore } from './fileBudget.ts';
