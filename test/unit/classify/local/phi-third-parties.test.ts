import { describe, expect, it } from 'vitest';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';
import type { PhiType } from '../../../../src/core/categories.ts';

/**
 * Third parties a member talks about, and their health (LABELING.md `phi`: "health details tied to an
 * identifiable third party"). Choices made here, against the older "a single first name is no NAME span":
 * - a first name tied to a relation or to the group ("my cousin Odile", "my stepson ravi has...", "Bruno from
 *   the friday circle") identifies a private person to everyone who knows the member, so it is a NAME span and is
 *   redacted; so is the same name again later in the conversation ("how is odile now?"). A first name alone
 *   never sends a message to review (its score stays under the threshold): the guide flags full names;
 * - names used to address someone, names never introduced as a third party, and public figures stay unmarked;
 * - everyday words for a health event ("kept blacking out", "was readmitted", "her oxygen dropped") are
 *   HEALTH_INFO when the clause is about such a named person, in the message or carried over from the
 *   conversation ("she" after "my aunt Greta ..."); the writer's own health never is.
 */
const classifier = new LocalClassifier();
const quiet: ContextMessage[] = [
  { id: 'q0', authorId: 'u1', text: 'how is everyone holding up tonight?', sentAt: 0 },
  { id: 'q1', authorId: 'u3', text: 'tired but ok, thanks for asking', sentAt: 1 },
];
function judge(text: string, context: readonly ContextMessage[] = quiet, author = 'u2') {
  return classifier.classifySync({ message: { id: 'm', authorId: author, text }, context });
}
function spansOf(text: string, context: readonly ContextMessage[] = quiet, author = 'u2'): Array<[string, PhiType]> {
  return judge(text, context, author).phi.map((s) => [text.slice(s.start, s.end), s.type] as [string, PhiType]);
}
const namesOf = (text: string, context?: readonly ContextMessage[], author?: string) => spansOf(text, context, author).filter(([, t]) => t === 'NAME').map(([v]) => v);
const healthOf = (text: string, context?: readonly ContextMessage[], author?: string) => spansOf(text, context, author).filter(([, t]) => t === 'HEALTH_INFO').map(([v]) => v);
const ctx = (...lines: Array<[string, string]>): ContextMessage[] => lines.map(([authorId, text], i) => ({ id: `c${i}`, authorId, text, sentAt: i }));

describe('a first name tied to a relation or to the group is a NAME', () => {
  it.each<[string, string]>([
    ['my cousin Odile keeps asking about you', 'Odile'],
    ['my stepson ravi has been so withdrawn lately', 'ravi'],
    ['our neighbour bertrand was taken in by ambulance', 'bertrand'],
    ['my little brother tobias is sleeping all day', 'tobias'],
    ["my flatmate yusuf's parents are visiting", 'yusuf'],
    ['my mother in law ingrid just moved in with us', 'ingrid'],
    ['Bruno from the friday circle asked about you', 'Bruno'],
    ['i think oksana from this server had the same worry', 'oksana'],
    ['Lorcan, my sponsor, has been sober for decades', 'Lorcan'],
    ['anyway his wife is carmen and she is lovely', 'carmen'],
    ['margit (my aunt) is in hospital again', 'margit'],
    ['my neighbour mr. quennell fell again', 'quennell'],
    ['she sees dr. abernathy on thursdays', 'abernathy'],
  ])('GIVEN %j WHEN judged THEN %j is a NAME span', (text, name) => {
    expect(namesOf(text)).toContain(name);
  });

  it.each([
    'thanks sam, appreciate you',
    'ok alex whatever you say',
    'my sister said the same thing',
    'my brother always knew what to say',
    'my friend online gets it',
    'my roommate Alex self harms sometimes',
    'my cousin and I went for a walk',
    'my dad kept calling me lazy',
  ])('GIVEN no first name of a third party %j WHEN judged THEN no NAME span', (text) => {
    expect(namesOf(text)).toEqual([]);
  });

  it('GIVEN a message whose only PHI is a first name WHEN judged THEN it is redacted but not sent to review', () => {
    const c = judge('my cousin Odile keeps asking about you');
    expect(c.redacted).not.toContain('Odile');
    expect(c.scores.phi).toBeLessThan(0.5);
  });

  it('GIVEN a first name with a health detail about that person WHEN judged THEN the message is PHI', () => {
    expect(judge('my stepson ravi relapsed last night').scores.phi).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the same first name again later in the conversation', () => {
  const before = ctx(['u1', 'my aunt Greta had a stroke on sunday'], ['u3', 'oh no, sending love']);
  it.each<[string, string]>([
    ["how's greta doing today?", 'greta'],
    ["hugs to greta and you", 'greta'],
    ["Greta's lucky to have you", 'Greta'],
  ])('GIVEN a name introduced as a relation earlier and %j WHEN judged THEN %j is a NAME span', (text, name) => {
    expect(namesOf(text, before)).toContain(name);
  });

  it('GIVEN a full name earlier in the conversation WHEN the first name comes back THEN it is a NAME span', () => {
    const full = ctx(['u4', 'my grandfather is Anselm Whitlock, he is 91'], ['u3', 'what a life']);
    expect(namesOf('and does Anselm still live alone?', full)).toContain('Anselm');
  });

  it('GIVEN a name never introduced as a third party WHEN it appears THEN no NAME span', () => {
    expect(namesOf("how's greta doing today?")).toEqual([]);
  });
});

describe('HEALTH_INFO in everyday words, about a named third party', () => {
  it.each<[string, string]>([
    ['my cousin Odile kept blacking out at work', 'blacking out'],
    ['my stepson ravi was readmitted with a blood clot', 'readmitted with a blood clot'],
    ['my brother tobias overdosed again last night', 'overdosed'],
    ['my neighbour bertrand broke his hip on the stairs', 'broke his hip'],
    ['Bruno from the friday circle tried to end his life in march', 'tried to end his life'],
    ['my friend Wiebke has been purging again', 'purging'],
    ['my husband Olek had two seizures overnight', 'seizures'],
  ])('GIVEN %j WHEN judged THEN a HEALTH_INFO span holds %j', (text, words) => {
    expect(healthOf(text).some((v) => v.includes(words))).toBe(true);
  });

  it.each([
    'I kept blacking out at work last year',
    'my brother overdosed years ago and I still think about it',
    'I was readmitted with a blood clot in may',
    'honestly I broke my hip skiing once',
    'my cousin Odile helped me when I relapsed',
    'my cousin Odile says your relapse is not a failure',
  ])('GIVEN the writer\'s own health or an unnamed relation %j WHEN judged THEN no HEALTH_INFO span', (text) => {
    expect(healthOf(text)).toEqual([]);
  });
});

describe('HEALTH_INFO carried over: the named person is the subject of a later message', () => {
  const named = ctx(['u2', 'my aunt Greta had a stroke on sunday'], ['u3', 'oh no, how is she?']);
  it.each<[string, string]>([
    ['she is on blood thinners now and cannot swallow yet', 'blood thinners'],
    ['her speech is slowly coming back', 'speech'],
    ["they moved her to rehab and she's walking with a frame", 'rehab'],
  ])('GIVEN a named third party in the context and %j WHEN judged THEN a HEALTH_INFO span holds %j', (text, words) => {
    expect(healthOf(text, named).some((v) => v.includes(words))).toBe(true);
  });

  it('GIVEN no named third party in the context WHEN someone says "she" THEN no HEALTH_INFO span', () => {
    expect(healthOf('she is on blood thinners now', ctx(['u2', 'my aunt had a stroke on sunday'], ['u3', 'oh no']))).toEqual([]);
  });

  it('GIVEN a named third party in the context WHEN the writer talks about their own health THEN no HEALTH_INFO span', () => {
    expect(healthOf('I am on blood thinners too, they make me so tired', named)).toEqual([]);
  });
});
