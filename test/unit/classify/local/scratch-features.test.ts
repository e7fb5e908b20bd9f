import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { defaultModel } from '../../../../src/classify/local/index.ts';
import { extractFeatures, scratchFeatures } from '../../../../src/classify/local/model/features.ts';
import { buildMessageView } from '../../../../src/classify/local/text/message-view.ts';
import { readCorpus } from '../../../../src/eval/corpus.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';

const GUIDE = fileURLToPath(new URL('../../../fixtures/classifier/guide-cases.jsonl', import.meta.url));
const CUES = { gaslighting: 0.4, dismissal: 0.7, blame_shifting: 0, crisis: 0.2 };

function views() {
  const out = [];
  for (const conv of readCorpus(GUIDE)) {
    const history: ContextMessage[] = [];
    for (const [i, m] of conv.messages.entries()) {
      out.push(buildMessageView({ text: m.text, authorId: m.author, context: history.slice(-20) }));
      history.push({ id: m.id, authorId: m.author, text: m.text, sentAt: i });
    }
  }
  // a long message, so the reused buffers have to grow
  out.push(buildMessageView({ text: 'you never listen and you keep saying it is fine. '.repeat(400), authorId: 'u1', context: [] }));
  return out;
}

describe('hot-path features in reused buffers', () => {
  it('GIVEN the guide cases WHEN features go to the scratch buffers THEN ids and values are those of extractFeatures, and so are the probabilities', () => {
    const model = defaultModel();
    const p = new Float64Array(model?.categories.length ?? 0);
    for (const view of views()) {
      const kept = extractFeatures(view, CUES, { names: true });
      const buf = scratchFeatures(view, CUES);
      expect(Array.from(buf.ids.subarray(0, buf.length))).toEqual(kept.ids);
      expect(Array.from(buf.values.subarray(0, buf.length))).toEqual(kept.values);
      if (model) {
        model.predictInto(buf.ids, buf.values, buf.length, p);
        expect(Array.from(p)).toEqual(model.predict(kept));
      }
    }
  });
});
