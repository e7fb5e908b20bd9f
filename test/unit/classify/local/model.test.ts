import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import { extractFeatures, DIM } from '../../../../src/classify/local/model/features.ts';
import { encodeModel, LinearModel } from '../../../../src/classify/local/model/linear-model.ts';
import { loadExamples, MODEL_CATEGORIES, train } from '../../../../src/classify/local/model/train.ts';
import { buildMessageView } from '../../../../src/classify/local/text/message-view.ts';

const ctx = [{ id: 'm1', authorId: 'u1', text: 'i finally told my sister how i felt and she laughed', sentAt: 0 }];
const view = (text: string) => buildMessageView({ text, authorId: 'u2', context: ctx });
const names = (text: string) => extractFeatures(view(text), {}, { names: true }).names;
const GUIDE_CASES = ['guide-cases.jsonl', 'guide-cases-2.jsonl'].map((f) => fileURLToPath(new URL(`../../../fixtures/classifier/${f}`, import.meta.url)));

describe('model features', () => {
  it('GIVEN a quotation WHEN featurised THEN its words are tagged as quoted, not as the writer\'s own', () => {
    const f = names('my ex used to say "you are imagining it" every day');
    expect(f).toContain('q|imagining');
    expect(f).not.toContain('w|imagining');
  });

  it('GIVEN reported speech WHEN featurised THEN its words are tagged as reported', () => {
    const f = names('he told me i was imagining things');
    expect(f).toContain('r|imagining');
    expect(f).not.toContain('a|imagining');
  });

  it('GIVEN a sentence addressed to a member WHEN featurised THEN its words carry the addressed tag and member ids are folded', () => {
    const f = names('@u1 you are imagining things again');
    expect(f).toContain('a|imagining');
    expect(f).toContain('w|<member>');
    expect(f).toContain('f|names-member');
    expect(f).toContain('c|reply');
  });

  it('GIVEN chat spellings WHEN featurised THEN they fold to one form', () => {
    expect(names('ur so dramatic lol')).toContain('w|your');
    expect(names('u r overreacting')).toContain('b|you_are');
  });

  it('GIVEN cue scores WHEN featurised THEN each is a valued feature', () => {
    const f = extractFeatures(view('just get over it'), { dismissal: 0.8, gaslighting: 0 }, { names: true });
    const i = f.names.indexOf('cue|dismissal');
    expect(f.values[i]).toBe(0.8);
    expect(f.names).toContain('cue|dismissal:high');
    expect(f.names).not.toContain('cue|gaslighting');
    expect(f.ids.every((id) => id >= 0 && id < DIM)).toBe(true);
  });

  it('GIVEN the same message WHEN featurised with and without names THEN the hashed features are identical', () => {
    const text = '@u1 honestly "you are fine" he said, ur overreacting lol';
    const plain = extractFeatures(view(text), { dismissal: 0.4 });
    const named = extractFeatures(view(text), { dismissal: 0.4 }, { names: true });
    expect(plain.names).toEqual([]);
    expect(named.ids).toEqual(plain.ids);
    expect(named.values).toEqual(plain.values);
    expect(named.names.length).toBe(named.ids.length);
  });
});

describe('linear model file', () => {
  it('GIVEN trained weights WHEN encoded and loaded THEN predictions match the dense weights', () => {
    const { examples } = loadExamples(GUIDE_CASES);
    const trained = train(examples, { posWeight: 2, l2: 1e-4, epochs: 4, lr: 0.3 });
    const model = LinearModel.fromJSON(JSON.parse(JSON.stringify(encodeModel({ version: 't', categories: [...MODEL_CATEGORIES], bias: trained.bias, table: trained.table, minWeight: 0 }))));
    const k = MODEL_CATEGORIES.length;
    for (const e of examples.slice(0, 20)) {
      const p = model.predict(e.f);
      MODEL_CATEGORIES.forEach((_, c) => {
        let z = trained.bias[c] as number;
        e.f.ids.forEach((id, i) => { z += (trained.table[id * k + c] as number) * (e.f.values[i] as number); });
        expect(p[c]).toBeCloseTo(1 / (1 + Math.exp(-z)), 5);
      });
    }
  });

  it('GIVEN the same corpus twice WHEN trained THEN the weights are identical (seeded)', () => {
    const { examples } = loadExamples(GUIDE_CASES);
    const a = train(examples, { posWeight: 2, l2: 1e-4, epochs: 2, lr: 0.3 });
    const b = train(examples, { posWeight: 2, l2: 1e-4, epochs: 2, lr: 0.3 });
    expect(Buffer.from(a.table.buffer).equals(Buffer.from(b.table.buffer))).toBe(true);
  });

  it('GIVEN a file that is not a model WHEN loaded THEN a clear INVALID_INPUT error', () => {
    expect(() => LinearModel.fromJSON({ format: 'something-else' })).toThrow(/not a holdspace linear model/);
  });
});

describe('local classifier with the model stage', () => {
  const { examples } = loadExamples(GUIDE_CASES);
  const trained = train(examples, { posWeight: 2, l2: 1e-4, epochs: 6, lr: 0.3 });
  const model = new LinearModel(encodeModel({ version: 'test', categories: [...MODEL_CATEGORIES], bias: trained.bias, table: trained.table }));
  const input = { message: { id: 'x', authorId: 'u2', text: 'honestly you are overreacting, it is not that deep' }, context: ctx };

  it('GIVEN combine=rules WHEN judged THEN the scores are the cue detectors\' alone', () => {
    const rules = new LocalClassifier({ model: null }).classifySync(input);
    const viaRules = new LocalClassifier({ model, combine: 'rules' }).classifySync(input);
    expect(viaRules.scores).toEqual(rules.scores);
    expect(viaRules.classifier).not.toContain('model@');
  });

  it('GIVEN combine=max WHEN judged THEN no manipulation score is below the rules', () => {
    const rules = new LocalClassifier({ model: null }).classifySync(input);
    const max = new LocalClassifier({ model, combine: 'max' }).classifySync(input);
    for (const c of MODEL_CATEGORIES) expect(max.scores[c]).toBeGreaterThanOrEqual(rules.scores[c]);
    expect(max.scores.phi).toBe(rules.scores.phi);
    expect(max.scores.crisis).toBe(rules.scores.crisis);
  });

  it('GIVEN the model WHEN a message is flagged THEN the evidence names both scores and readable signals', () => {
    const out = new LocalClassifier({ model }).classifySync(input);
    expect(out.classifier).toContain('model@test');
    const ev = out.evidence.dismissal;
    expect(ev?.explanation).toMatch(/model \d\.\d\d, rules \d\.\d\d \(model\)/);
    expect(ev?.source).toContain('local/model@test');
  });
});
