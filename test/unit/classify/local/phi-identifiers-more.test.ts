import { describe, expect, it } from 'vitest';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import type { PhiType } from '../../../../src/core/categories.ts';

/** LABELING.md `phi`: account and record numbers under the labels people give them (claim, docket, Rx, national ids). */
const classifier = new LocalClassifier();
function spansOf(text: string): Array<[string, PhiType]> {
  return classifier.classifySync({ message: { id: 'm', authorId: 'u2', text }, context: [] }).phi.map((s) => [text.slice(s.start, s.end), s.type] as [string, PhiType]);
}

describe('labelled numbers of a person', () => {
  it.each<[string, string, PhiType]>([
    ['the claim number is 31-5520981-02, they denied it twice', '31-5520981-02', 'ACCOUNT'],
    ['my docket # is 23-CV-0081 if the clerk asks', '23-CV-0081', 'ACCOUNT'],
    ['pharmacy says Rx #6629014-0081 is on hold', '6629014-0081', 'MRN'],
    ['her PESEL 92071314762 is on the form', '92071314762', 'SSN'],
    ['my national insurance number is QQ123456C', 'QQ123456C', 'SSN'],
    ['the surgery asked for his NHS number again, 450 557 7104', '450 557 7104', 'HEALTH_PLAN'],
  ])('GIVEN %j WHEN judged THEN %j is a %s span', (text, value, type) => {
    expect(spansOf(text)).toContainEqual([value, type]);
  });

  it('GIVEN a claim told as a story with no number WHEN judged THEN nothing is marked', () => {
    expect(spansOf('my claim was denied twice and I want to scream')).toEqual([]);
  });
});
