import { zeroScores, type Category } from '../../src/core/categories.ts';
import { redact, type Classification, type Classifier, type ClassifyInput, type PhiSpan } from '../../src/core/classifier.ts';

/**
 * A deterministic classifier for adapter tests: a message scores 0.9 in a category when it contains one
 * of a few marker phrases, and phone numbers are PHI. Shared by the Discord and Slack adapter tests, which are
 * about the platforms, not about judging words.
 */
const MARKERS: Partial<Record<Category, readonly string[]>> = {
  blame_shifting: ['your own fault', 'you made me'],
  dismissal: ['get over it'],
  gaslighting: ['never happened'],
  crisis: ['end it tonight'],
};
const PHONE = /\b\d{3}-\d{3}-\d{4}\b/g;

export class TinyClassifier implements Classifier {
  readonly name = 'tiny-test';

  async classify(input: ClassifyInput): Promise<Classification> {
    const text = input.message.text;
    const lower = text.toLowerCase();
    const scores = zeroScores();
    const evidence: Classification['evidence'] = {};
    for (const [category, markers] of Object.entries(MARKERS) as [Category, readonly string[]][]) {
      const hits = markers.filter((m) => lower.includes(m));
      if (hits.length > 0) {
        scores[category] = 0.9;
        evidence[category] = { score: 0.9, cues: hits, explanation: `marker phrase for ${category}`, source: 'tiny-test' };
      }
    }
    const phi: PhiSpan[] = [...text.matchAll(PHONE)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'PHONE' as const }));
    if (phi.length > 0) {
      scores.phi = 0.9;
      evidence.phi = { score: 0.9, cues: ['PHONE'], explanation: 'a phone number', source: 'tiny-test' };
    }
    const mentioned = input.message.mentions?.[0];
    const previous = [...input.context].reverse().find((c) => c.authorId !== input.message.authorId)?.authorId;
    return { scores, evidence, phi, redacted: redact(text, phi), targetId: mentioned ?? previous ?? null, classifier: 'tiny-test@1' };
  }
}
