import { describe, expect, it } from 'vitest';
import { CUES, guideTexts, guideViews } from './guide-views.ts';
import { defaultModel } from '../../../../src/classify/local/index.ts';
import { extractFeatures, featureName } from '../../../../src/classify/local/model/features.ts';

const views = guideViews;

describe('model stage shortcuts', () => {
  it('GIVEN features without names (the hot path) WHEN compared with names kept THEN ids and values are the same, and every kept name is found', () => {
    for (const view of views()) {
      const kept = extractFeatures(view, CUES, { names: true });
      const bare = extractFeatures(view, CUES);
      expect(bare.ids).toEqual(kept.ids);
      expect(bare.values).toEqual(kept.values);
      expect(bare.names).toEqual([]);
      expect(kept.ids.map((_, i) => featureName(kept, i))).toEqual(kept.names);
    }
  });

  it('GIVEN the shipped model WHEN the top contributions are picked THEN they are those of a stable sort of all of them', () => {
    const model = defaultModel();
    expect(model).not.toBeNull();
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

describe('WordCursor', () => {
  it('GIVEN the guide cases and random strings of letters, digits, apostrophes, marks, emoji and lone surrogates WHEN walked THEN the words and offsets are those of the regexes it replaces', async () => {
    const { WordCursor } = await import('../../../../src/classify/local/text/word-cursor.ts');
    const { lowerSameLength } = await import('../../../../src/classify/local/text/message-view.ts');
    const texts = guideTexts().map((t) => lowerSameLength(t));
    const alphabet = ['a', 'z', '0', '9', "'", '?', '!', ' ', '.', '\u{1f602}', '\u2764', '\ufe0f', '\ud83d', '\ude02', '\u00e9', '\u00a9', '\u{1f1fa}', '\u2019', 'A', '\u{1f44d}\u{1f3fd}', '\u200d'];
    let seed = 7;
    const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    for (let i = 0; i < 5000; i++) texts.push(Array.from({ length: Math.floor(rnd() * 20) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
    const regexes = [[/[a-z0-9]+(?:'[a-z]+)?|[?!]|\p{Extended_Pictographic}/gu, true], [/[a-z0-9]+(?:'[a-z]+)?/g, false]] as const;
    for (const text of texts) {
      for (const [re, marks] of regexes) {
        const expected = [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
        const got: string[] = [];
        const w = new WordCursor(text, marks);
        while (w.next()) got.push(`${w.start}:${w.word}`);
        expect(got).toEqual(expected);
      }
    }
  });
});
