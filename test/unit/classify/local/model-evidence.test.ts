import { describe, expect, it } from 'vitest';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';

describe('model evidence', () => {
  it('GIVEN a flagged message WHEN its evidence is spread, listed and serialised THEN cues and explanation are own enumerable properties, in the same order', () => {
    const r = new LocalClassifier().classifySync({ message: { id: 'm', authorId: 'u2', text: "you're remembering it wrong, that never happened" }, context: [{ id: 'c', authorId: 'u1', text: 'i told you how i felt last week', sentAt: 0 }] });
    const ev = r.evidence.gaslighting;
    expect(ev).toBeDefined();
    if (!ev) return;
    expect(Object.keys(ev)).toEqual(['score', 'cues', 'explanation', 'source']);
    const spread = { ...ev };
    expect(spread.cues).toEqual(ev.cues);
    expect(spread.explanation).toBe(ev.explanation);
    expect(ev.cues.length).toBeGreaterThan(0);
    expect(ev.explanation).toMatch(/^model \d\.\d\d, rules \d\.\d\d \(model\)/);
    expect(JSON.parse(JSON.stringify(ev))).toEqual(spread);
  });

  it('GIVEN a caller that reuses its window WHEN it pushes to or edits the window before the evidence is read THEN the words describe what was scored', () => {
    const text = "you're remembering it wrong, that never happened, you always do this";
    const window = () => [
      { id: 'a', authorId: 'u1', text: 'i told you how i felt last week and it hurt', sentAt: 0 },
      { id: 'b', authorId: 'u2', text: 'are you ok?', sentAt: 1 },
    ];
    const classifier = new LocalClassifier();
    const expected = JSON.stringify(classifier.classifySync({ message: { id: 'm', authorId: 'u2', text }, context: window() }).evidence);
    const reused = window();
    const r = classifier.classifySync({ message: { id: 'm', authorId: 'u2', text }, context: reused });
    reused.push({ id: 'm', authorId: 'u2', text, sentAt: 2 });
    reused[0]!.text = 'lol ok whatever';
    classifier.classifySync({ message: { id: 'x', authorId: 'u9', text: 'i i i i '.repeat(1000) }, context: [] });
    expect(JSON.stringify(r.evidence)).toBe(expected);
  });
});
