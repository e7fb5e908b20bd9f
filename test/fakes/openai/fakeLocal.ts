import { redact, type Classification, type Classifier, type ClassifyInput, type PhiSpan } from '../../../src/core/classifier.ts';
import { zeroScores, type Category, type PhiType } from '../../../src/core/categories.ts';

/**
 * A stand-in for the local classifier in LLM tests: regex PHI spans (phone, email, MRN, handle, "Firstname
 * Lastname"), keyword scores, and the redacted text. Scores can be forced per test with `scoreFor`.
 */
const PHI_RULES: readonly [RegExp, PhiType][] = [
  [/\b(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b/g, 'PHONE'],
  [/(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24}/g, 'EMAIL'],
  [/\bMRN[:# ]*\d{5,}\b/gi, 'MRN'],
  [/(?<![\w@])@[a-z][a-z0-9_.]{2,}/gi, 'HANDLE'],
  [/\b[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g, 'NAME'],
];

const CUES: readonly [RegExp, Category, number][] = [
  [/never happened|making (it|things) up|imagining things/i, 'gaslighting', 0.55],
  [/get over it|not that deep|stop whining/i, 'dismissal', 0.5],
  [/you made me|your own fault|brought it on yourself/i, 'blame_shifting', 0.55],
  [/pills|end it|don't want to be here/i, 'crisis', 0.45],
];

export class FakeLocalClassifier implements Classifier {
  readonly name = 'fake-local@1';
  calls = 0;
  constructor(private readonly scoreFor?: (text: string) => Partial<Record<Category, number>> | undefined) {}

  async classify(input: ClassifyInput): Promise<Classification> {
    this.calls++;
    const text = input.message.text;
    const phi: PhiSpan[] = [];
    for (const [re, type] of PHI_RULES) {
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (!phi.some((s) => start < s.end && end > s.start)) phi.push({ start, end, type });
      }
    }
    const scores = zeroScores();
    const evidence: Classification['evidence'] = {};
    for (const [re, c, s] of CUES) {
      const m = re.exec(text);
      if (m) {
        scores[c] = Math.max(scores[c], s);
        evidence[c] = { score: s, cues: [m[0].toLowerCase()], explanation: `cue "${m[0].toLowerCase()}"`, source: `fake-local/${c}@1` };
      }
    }
    if (phi.length > 0) {
      scores.phi = 0.9;
      evidence.phi = { score: 0.9, cues: phi.map((s) => s.type), explanation: `${phi.length} identifier(s)`, source: 'fake-local/phi@1' };
    }
    Object.assign(scores, this.scoreFor?.(text) ?? {});
    const other = input.context.at(-1)?.authorId;
    return { scores, evidence, phi, redacted: redact(text, phi), targetId: other && other !== input.message.authorId ? other : null, classifier: this.name };
  }
}
