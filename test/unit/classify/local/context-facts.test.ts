import { describe, expect, it } from 'vitest';
import { contextFacts } from '../../../../src/classify/local/text/context-facts.ts';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';

describe('context facts', () => {
  it('GIVEN a context message WHEN its facts are asked for twice THEN they are worked out once', () => {
    const m: ContextMessage = { id: 'c1', authorId: 'u1', text: 'Are You Safe?', sentAt: 0 };
    let calls = 0;
    const compute = (f: { lower: string }) => { calls++; return f.lower.includes('safe'); };
    expect(contextFacts(m).get('test:safe', compute)).toBe(true);
    expect(contextFacts(m).get('test:safe', compute)).toBe(true);
    expect(calls).toBe(1);
    expect(contextFacts(m).lower).toBe('are you safe?');
  });

  it('GIVEN a context object whose text was edited WHEN its facts are asked for THEN they are read from the new text', () => {
    const m: ContextMessage = { id: 'c1', authorId: 'u1', text: 'i feel awful', sentAt: 0 };
    const firstPerson = (f: { lower: string }) => /\bi\b/.test(f.lower);
    expect(contextFacts(m).get('test:first', firstPerson)).toBe(true);
    m.text = 'you did this';
    expect(contextFacts(m).get('test:first', firstPerson)).toBe(false);
    expect(contextFacts(m).lower).toBe('you did this');
  });

  it('GIVEN the same conversation as shared objects or as fresh copies WHEN classified THEN the results are the same', () => {
    const texts = ['I had a panic attack at work today and everyone saw', 'are you safe right now?', 'honestly you are overreacting, nobody noticed', 'i counted the pills again', 'you always twist what I say'];
    const authors = ['u1', 'u2', 'u3', 'u1', 'u3'];
    const shared: ContextMessage[] = texts.map((text, i) => ({ id: `m${i}`, authorId: authors[i] as string, text, sentAt: i }));
    const classifier = new LocalClassifier();
    for (let pass = 0; pass < 2; pass++) {
      shared.forEach((m, i) => {
        const a = classifier.classifySync({ message: { id: m.id, authorId: m.authorId, text: m.text }, context: shared.slice(0, i) });
        const b = classifier.classifySync({ message: { id: m.id, authorId: m.authorId, text: m.text }, context: shared.slice(0, i).map((c) => ({ ...c })) });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      });
    }
  });
});

describe('context facts with arguments', () => {
  it('GIVEN a memo key that names an argument WHEN asked for THEN the argument reaches the computation once', () => {
    const m: ContextMessage = { id: 'c2', authorId: 'u1', text: 'pills are next to me', sentAt: 0 };
    let calls = 0;
    const score = (f: { lower: string }, factor: number, id: string) => { calls++; return id === 'c2' && f.lower.includes('pills') ? factor : 0; };
    expect(contextFacts(m).get('test:score:a', score, 0.5, m.id)).toBe(0.5);
    expect(contextFacts(m).get('test:score:a', score, 0.9, m.id)).toBe(0.5);
    expect(calls).toBe(1);
  });
});
