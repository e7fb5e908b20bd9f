import { expect, it } from 'vitest';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';
import type { PhiType } from '../../../../src/core/categories.ts';

/** The PHI spans the local classifier finds in `text` (as [value, type]), judged by u2 after `context`. */
export function phiCases(context: readonly ContextMessage[]) {
  const classifier = new LocalClassifier();
  const phiOf = (text: string) => {
    const c = classifier.classifySync({ message: { id: 'm', authorId: 'u2', text }, context });
    return c.phi.map((s) => [text.slice(s.start, s.end), s.type] as [string, PhiType]);
  };
  const positives = (cases: Array<[string, string, PhiType]>) =>
    it.each(cases)('GIVEN %j WHEN judged THEN %j is a %s span', (text, value, type) => {
      expect(phiOf(text)).toContainEqual([value, type]);
    });
  const negatives = (cases: string[]) =>
    it.each(cases)('GIVEN %j WHEN judged THEN nothing is flagged', (text) => {
      expect(phiOf(text)).toEqual([]);
    });
  return { phiOf, positives, negatives };
}
