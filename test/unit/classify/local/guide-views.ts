import { fileURLToPath } from 'node:url';
import { buildMessageView, type MessageView } from '../../../../src/classify/local/text/message-view.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';
import { readCorpus } from '../../../../src/eval/corpus.ts';

const GUIDE = fileURLToPath(new URL('../../../fixtures/classifier/guide-cases.jsonl', import.meta.url));

/** Cue scores to feed the model stage in tests: some zero, some not. */
export const CUES = { gaslighting: 0.4, dismissal: 0.7, blame_shifting: 0, crisis: 0.2 };

/** The text of every guide case. */
export function guideTexts(): string[] {
  return readCorpus(GUIDE).flatMap((c) => c.messages.map((m) => m.text));
}

/** Every guide case as the hot path sees it: its view, with the (up to 20) messages before it as context. */
export function guideViews(): MessageView[] {
  const out: MessageView[] = [];
  for (const conv of readCorpus(GUIDE)) {
    const history: ContextMessage[] = [];
    for (const [i, m] of conv.messages.entries()) {
      out.push(buildMessageView({ text: m.text, authorId: m.author, context: history.slice(-20) }));
      history.push({ id: m.id, authorId: m.author, text: m.text, sentAt: i });
    }
  }
  return out;
}
