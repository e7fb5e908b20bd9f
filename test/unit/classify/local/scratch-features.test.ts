import { describe, expect, it } from 'vitest';
import { CUES, guideViews } from './guide-views.ts';
import { defaultModel } from '../../../../src/classify/local/index.ts';
import { extractFeatures, scratchFeatures } from '../../../../src/classify/local/model/features.ts';
import { buildMessageView } from '../../../../src/classify/local/text/message-view.ts';

function views() {
  // the guide cases, and a long message, so the reused buffers have to grow
  return [...guideViews(), buildMessageView({ text: 'you never listen and you keep saying it is fine. '.repeat(400), authorId: 'u1', context: [] })];
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
