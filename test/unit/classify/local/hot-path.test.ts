import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { defaultModel } from '../../../../src/classify/local/index.ts';
import { extractFeatures, featureName } from '../../../../src/classify/local/model/features.ts';
import { buildMessageView } from '../../../../src/classify/local/text/message-view.ts';
import { readCorpus } from '../../../../src/eval/corpus.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';

const GUIDE = fileURLToPath(new URL('../../../fixtures/classifier/guide-cases.jsonl', import.meta.url));
const CUES = { gaslighting: 0.4, dismissal: 0.7, blame_shifting: 0, crisis: 0.2 };

/** Every guide case as the hot path sees it: its view, with the messages before it as context. */
function views() {
  const out = [];
  for (const conv of readCorpus(GUIDE)) {
    const history: ContextMessage[] = [];
    for (const [i, m] of conv.messages.entries()) {
      out.push(buildMessageView({ text: m.text, authorId: m.author, context: history.slice(-20) }));
      history.push({ id: m.id, authorId: m.author, text: m.text, sentAt: i });
    }
  }
  return out;
}

describe('model stage shortcuts', () => {
  it('GIVEN names built on demand WHEN compared with names kept THEN ids, values and every name are the same', () => {
    for (const view of views()) {
      const kept = extractFeatures(view, CUES, { names: true });
      const lazy = extractFeatures(view, CUES, { names: 'on-demand' });
      expect(lazy.ids).toEqual(kept.ids);
      expect(lazy.values).toEqual(kept.values);
      expect(lazy.ids.map((_, i) => featureName(lazy, i))).toEqual(kept.names);
    }
  });

  it('GIVEN the shipped model WHEN the top contributions are picked THEN they are those of a stable sort of all of them', () => {
    const model = defaultModel();
    if (!model) return;
    for (const view of views()) {
      const f = extractFeatures(view, CUES, { names: true });
      for (const [c, category] of model.categories.entries()) {
        const all = f.ids.map((id, i) => ({ feature: f.names[i] as string, weight: model.weightOf(id, c) * (f.values[i] as number) }))
          .filter((x) => x.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, 5);
        expect(model.topContributions(f, category, 5)).toEqual(all);
      }
    }
  });
});

describe('shared keyword scan', () => {
  it('GIVEN gates made after the shared scan is in use WHEN texts alternate inside and outside a scope THEN each answer is that of its own text', async () => {
    const { GateSet, withScanScope } = await import('../../../../src/classify/local/text/prefilter.ts');
    const { LocalClassifier } = await import('../../../../src/classify/local/index.ts');
    new LocalClassifier().classifySync({ message: { id: 'm', authorId: 'u1', text: 'just get over it' }, context: [] });
    const gates = new GateSet([/\bget over it\b/g, /\bcalm down\b/g]);
    const both = withScanScope(() => [gates.scan('get over it'), gates.scan('calm down'), gates.scan('get over it')]);
    expect(both).toEqual([[true, false], [false, true], [true, false]]);
    expect(gates.scan('nothing')).toEqual([false, false]);
  });
});
