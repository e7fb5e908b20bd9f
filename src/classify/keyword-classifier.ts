import { CATEGORIES, zeroScores, type Category } from '../core/categories.ts';
import { redact, type Classification, type Classifier, type ClassifyInput, type PhiSpan } from '../core/classifier.ts';

/**
 * A deliberately simple rule-based classifier: cue phrases per category and regexes for obvious PHI.
 * It is the pipeline's in-memory fake and a fallback; the real default is the local classifier
 * (src/classify/local), which reads structure such as quotation and reported speech.
 */
export interface KeywordRules {
  cues: Partial<Record<Category, readonly string[]>>;
}

const DEFAULT_RULES: KeywordRules = {
  cues: {
    gaslighting: ['never happened', 'making things up', 'imagining things', 'remembering it wrong', 'you always twist'],
    dismissal: ['get over it', 'not that deep', 'stop whining', 'overreacting as usual', 'still on about this'],
    blame_shifting: ['you made me', 'your own fault', 'brought it on yourself', 'because you kept'],
    crisis: ['pills in front of me', 'end it tonight', 'kill myself', 'outside my door right now'],
  },
};

const PHI_PATTERNS: { type: PhiSpan['type']; re: RegExp }[] = [
  { type: 'EMAIL', re: /[\w.+-]+@[\w-]+\.[\w.]+/g },
  { type: 'PHONE', re: /\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/g },
  { type: 'SSN', re: /\b\d{3}-\d{2}-\d{4}\b/g },
];

export class KeywordClassifier implements Classifier {
  readonly name = 'keyword';

  constructor(private readonly rules: KeywordRules = DEFAULT_RULES) {}

  async classify(input: ClassifyInput): Promise<Classification> {
    const text = input.message.text;
    const lower = text.toLowerCase();
    const scores = zeroScores();
    const evidence: Classification['evidence'] = {};
    for (const category of CATEGORIES) {
      const hits = (this.rules.cues[category] ?? []).filter((cue) => lower.includes(cue));
      if (hits.length > 0) {
        scores[category] = Math.min(1, 0.7 + 0.1 * (hits.length - 1));
        evidence[category] = { score: scores[category], cues: hits, explanation: `contains ${hits.map((h) => `"${h}"`).join(', ')}`, source: 'keyword' };
      }
    }
    const phi: PhiSpan[] = [];
    for (const { type, re } of PHI_PATTERNS) {
      for (const m of text.matchAll(re)) phi.push({ start: m.index, end: m.index + m[0].length, type });
    }
    if (phi.length > 0) {
      scores.phi = 0.9;
      evidence.phi = { score: 0.9, cues: [...new Set(phi.map((s) => s.type))], explanation: 'contains contact details or identifiers', source: 'keyword' };
    }
    const mentioned = input.message.mentions?.[0];
    const previous = [...input.context].reverse().find((c) => c.authorId !== input.message.authorId)?.authorId;
    return { scores, evidence, phi, redacted: redact(text, phi), targetId: mentioned ?? previous ?? null, classifier: 'keyword@1' };
  }
}
