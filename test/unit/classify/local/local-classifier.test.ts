import { describe, expect, it } from 'vitest';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';
import { DEFAULT_THRESHOLDS } from '../../../../src/config/settings.ts';

const classifier = new LocalClassifier();
const ctx = (...pairs: Array<[string, string]>): ContextMessage[] => pairs.map(([authorId, text], i) => ({ id: `c${i}`, authorId, text, sentAt: i }));
const VENT = ctx(['u1', 'I had a rough week at work and cried in the car']);
const judge = (text: string, context: ContextMessage[] = VENT, authorId = 'u2') =>
  classifier.classifySync({ message: { id: 'm', authorId, text }, context });
const flagged = (text: string, context?: ContextMessage[], authorId?: string) => {
  const s = judge(text, context, authorId).scores;
  return (Object.keys(DEFAULT_THRESHOLDS) as Array<keyof typeof DEFAULT_THRESHOLDS>).filter((c) => s[c] >= DEFAULT_THRESHOLDS[c]);
};

describe('LocalClassifier: manipulation aimed at another member', () => {
  it.each([
    ['gaslighting', "you're remembering it wrong again, that never happened"],
    ['gaslighting', 'nobody said that, you need to stop imagining things'],
    ['gaslighting', 'everyone here agrees you are confused'],
    ['gaslighting', 'you always twist what people say'],
    ['dismissal', "just get over it, it's not that deep"],
    ['dismissal', 'others have it way worse, stop whining'],
    ['dismissal', 'why are you still on about this'],
    ['blame_shifting', 'you made me say that'],
    ['blame_shifting', "if you hadn't posted that I wouldn't have had to call you out"],
    ['blame_shifting', "honestly it's your own fault he left"],
  ])('GIVEN a %s put-down from the guide WHEN judged THEN it scores at or above the default threshold', (category, text) => {
    expect(flagged(text)).toContain(category);
  });

  it('GIVEN a put-down WHEN judged THEN the evidence names cues, a readable explanation and the detector', () => {
    const c = judge("you're remembering it wrong again");
    const ev = c.evidence.gaslighting;
    expect(ev?.cues.length).toBeGreaterThan(0);
    expect(ev?.explanation).toMatch(/gaslighting cues/);
    expect(ev?.explanation).toMatch(/model \d\.\d\d, rules \d\.\d\d/);
    expect(ev?.source).toMatch(/^local\/model@lin-.+\+local\/gaslighting@1$/);
    expect(c.classifier).toMatch(/^local@\d+\.\d+\.\d+\+model@lin-/);
  });

  it('GIVEN a message naming a member WHEN judged THEN the target is that member', () => {
    const context = ctx(['u1', 'my week was awful'], ['u3', 'mine too honestly'], ['u4', 'sending hugs']);
    expect(judge('u3 you are overreacting as usual', context).targetId).toBe('u3');
    expect(judge('@u1 just get over it', context).targetId).toBe('u1');
  });

  it('GIVEN no member named WHEN judged THEN the target is the recent speaker who opened up, not whoever posted last', () => {
    const context = ctx(['u1', 'my week was awful'], ['u3', 'mine too honestly'], ['u4', 'sending hugs']);
    expect(judge('you are overreacting as usual', context).targetId).toBe('u1');
    // Two recent disclosures: the more recent one.
    const two = ctx(['u1', 'my week was awful'], ['u3', 'I lost my job today and I keep crying']);
    expect(judge('you are overreacting as usual', two).targetId).toBe('u3');
    // Someone who just answered the writer is who the writer answers back.
    const argued = ctx(['u1', 'my week was awful'], ['u2', 'stop posting this'], ['u5', 'that was unkind, u2']);
    expect(judge('nobody asked for your opinion', argued, 'u2').targetId).toBe('u5');
  });

  it('GIVEN a score below the threshold WHEN judged THEN the per-category score and target are still returned', () => {
    // A mild shrug in reply to someone who cried: a signal worth keeping for pattern detection, not a flag.
    const c = judge('mornings are hard for everyone');
    expect(c.scores.dismissal).toBeGreaterThan(0);
    expect(c.scores.dismissal).toBeLessThan(DEFAULT_THRESHOLDS.dismissal);
    expect(c.targetId).toBe('u1');
  });
});

describe('LocalClassifier: hard negatives (LABELING.md)', () => {
  it.each([
    ['a reported put-down', 'my ex kept telling me I was imagining things'],
    ['a quotation', 'my coworker literally said "you\'re being dramatic, get over it" and walked off'],
    ['reported blame', 'he said I made him do it'],
    ['self-doubt', "maybe I'm remembering it wrong, I honestly don't know"],
    ['self-minimising', "I'm probably overreacting"],
    ['self-blame', "it's my own fault, I should have left sooner"],
    ['taking responsibility', 'that was on me, sorry'],
    ['a gentle reframe', "that sounds really hard, and I wonder if it's not that deep for her?"],
    ['a polite correction', 'I think the meeting was Tuesday, not Monday'],
    ['support', "you're not imagining it and none of this is your fault"],
    ['own diagnosis', 'I was diagnosed with bipolar II last year and sertraline made me dizzy'],
    ['figurative', 'this exam is killing me lol'],
    ['a past crisis', 'when I was 19 I took a bottle of pills. I am 8 years out now and doing ok'],
  ])('GIVEN %s WHEN judged THEN nothing is flagged', (_kind, text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('LocalClassifier: crisis', () => {
  it.each([
    ["I have the pills in front of me and I'm done"],
    ["he's outside my door right now and he's banging on it"],
    ["i can't do this anymore. tonight is the night"],
    ['i just started cutting again and i cannot stop'],
  ])('GIVEN %j WHEN judged THEN crisis is flagged', (text) => {
    expect(flagged(text)).toContain('crisis');
  });

  it('GIVEN a helper answering someone in crisis WHEN judged THEN the helper is not flagged', () => {
    expect(flagged('are you safe right now? please put the pills in another room and call or text 988, I am messaging you')).not.toContain('crisis');
  });

  it('GIVEN the writer disclosed a crisis just before WHEN they add a detail THEN the detail is crisis too, and safety news is not', () => {
    const context = ctx(['u5', "i have my pills counted out next to me and tonight's the night"], ['u2', 'u5 please call 988, are you safe?']);
    expect(flagged("they're still right here. i don't know", context, 'u5')).toContain('crisis');
    expect(flagged('i poured them out. my sister is coming over', context, 'u5')).not.toContain('crisis');
  });
});

describe('LocalClassifier: robustness', () => {
  it('GIVEN 100 kB of catastrophic-backtracking bait WHEN judged THEN it finishes (generous bound against exponential blow-up)', async () => {
    const { pathologicalText } = await import('../../../../src/bench/classifier.ts');
    const text = pathologicalText();
    const started = performance.now();
    const c = judge(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(c.redacted.length).toBeGreaterThan(0);
  });

  it('GIVEN empty, emoji-only and odd Unicode messages WHEN judged THEN all scores are in [0, 1]', () => {
    for (const text of ['', '🙃🙃🙃', '\u0130stanbul İ ß ﬁ', '\u202e\u200b\u0000', 'a'.repeat(30_000)]) {
      const c = judge(text);
      for (const v of Object.values(c.scores)) { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(1); }
    }
  });

  it('GIVEN the async port WHEN classify is awaited THEN it equals classifySync', async () => {
    const input = { message: { id: 'm', authorId: 'u2', text: 'just get over it' }, context: VENT };
    expect(await classifier.classify(input)).toEqual(classifier.classifySync(input));
    expect(classifier.name).toBe('local');
  });

  it('GIVEN a config override for a detector WHEN constructed THEN it is validated by that detector schema', () => {
    expect(() => new LocalClassifier({ config: { 'local/crisis': { continuationScore: 7 } } })).toThrow();
    const strict = new LocalClassifier({ config: { 'local/gaslighting': { quotedFactor: 1 } } });
    const text = 'he said "you\'re remembering it wrong"';
    expect(strict.classifySync({ message: { id: 'm', authorId: 'u2', text }, context: VENT }).scores.gaslighting)
      .toBeGreaterThan(judge(text).scores.gaslighting);
  });
});

describe('LocalClassifier.redactText', () => {
  it.each([
    'call me at 415-555-0137 or mail kim dot lee at example dot org',
    'Jenna Morales from the Tuesday group told me she is on lithium',
    "just get over it, it's not that deep",
    '',
  ])('GIVEN %j WHEN redacted alone THEN it equals the redaction of a full classification', (text) => {
    expect(classifier.redactText(text)).toBe(classifier.classifySync({ message: { id: 'e', authorId: '', text }, context: [] }).redacted);
  });

  it('GIVEN a phone number WHEN redacted THEN the number is gone', () => {
    expect(classifier.redactText('text me on 617-555-0199 tonight')).toBe('text me on [PHONE] tonight');
  });
});
