import type { ClassifyInput } from '../../../../src/core/classifier.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';
import { silentLogger } from '../../../../src/log/logger.ts';
import { createLlmClassifier, type LlmClassifierOptions } from '../../../../src/classify/llm/index.ts';
import { FakeLocalClassifier } from '../../../fakes/openai/fakeLocal.ts';
import type { FakeOpenAI } from '../../../fakes/openai/server.ts';

export function input(text: string, opts: { id?: string; author?: string; group?: string; context?: ContextMessage[]; mentions?: string[] } = {}): ClassifyInput {
  return {
    message: { id: opts.id ?? 'm', authorId: opts.author ?? 'U0AUTHOR', text, ...(opts.mentions ? { mentions: opts.mentions } : {}) },
    context: opts.context ?? [],
    groupId: opts.group ?? 'g1',
  };
}

export function ctx(authorId: string, text: string, sentAt = 1): ContextMessage {
  return { id: `c-${sentAt}`, authorId, text, sentAt };
}

export function make(server: FakeOpenAI, over: Partial<LlmClassifierOptions> = {}) {
  const local = (over.local as FakeLocalClassifier | undefined) ?? new FakeLocalClassifier();
  const classifier = createLlmClassifier({
    local, mode: 'all', baseURL: server.baseURL, model: 'fake-model', band: 0.2, dailyBudget: 1000, timeoutMs: 2000,
    batchSize: 8, logger: silentLogger, retryBaseMs: 5, batchWaitMs: 5, ...over,
  });
  return { classifier, local };
}

/** The last user turn (the data block) of a recorded request. */
export function dataOf(body: string): string {
  const parsed = JSON.parse(body) as { messages: { role: string; content: string }[] };
  return parsed.messages.at(-1)?.content ?? '';
}
