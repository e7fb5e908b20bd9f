import { describe, expect, it } from 'vitest';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import type { ContextMessage } from '../../../../src/core/message.ts';
import type { PhiType } from '../../../../src/core/categories.ts';

/**
 * More of LABELING.md `phi` for third parties: their health details in the words people use (conditions,
 * drugs by their stem, a lab value), their names in more shapes, and the look-alikes that stay unmarked
 * (the writer's own health, a detail said before anyone is named, public figures, titles).
 */
const classifier = new LocalClassifier();
const quiet: ContextMessage[] = [
  { id: 'q0', authorId: 'u1', text: 'how is everyone holding up tonight?', sentAt: 0 },
  { id: 'q1', authorId: 'u3', text: 'tired but ok, thanks for asking', sentAt: 1 },
];
function spansOf(text: string, context: readonly ContextMessage[] = quiet): Array<[string, PhiType]> {
  return classifier.classifySync({ message: { id: 'm', authorId: 'u2', text }, context }).phi.map((s) => [text.slice(s.start, s.end), s.type] as [string, PhiType]);
}
const namesOf = (text: string, context?: readonly ContextMessage[]) => spansOf(text, context).filter(([, t]) => t === 'NAME').map(([v]) => v);
const healthOf = (text: string, context?: readonly ContextMessage[]) => spansOf(text, context).filter(([, t]) => t === 'HEALTH_INFO').map(([v]) => v);
const ctx = (...lines: Array<[string, string]>): ContextMessage[] => lines.map(([authorId, text], i) => ({ id: `c${i}`, authorId, text, sentAt: i }));

describe('a named third party\'s health detail in everyday and clinical words is HEALTH_INFO', () => {
  it.each<[string, string]>([
    ['my neighbour Harriet Olsen has kidney failure now', 'kidney failure'],
    ['my grandad Idris Pugh was just diagnosed with sickle cell disease', 'sickle cell disease'],
    ['Marguerite Lind from my church has gastroparesis and can barely eat', 'gastroparesis'],
    ['my uncle Tobias Fenn is on carbidopa for the tremor', 'carbidopa'],
    ['my son Elias Varga started methylphenidate this week', 'methylphenidate'],
    ['my dad Gordon Price is on metoprolol since the heart scare', 'metoprolol'],
    ['my cousin Priya Nair keeps getting UTIs and nobody listens', 'UTIs'],
    ['my brother Callum Reid was detoxing in the spare room all week', 'detoxing'],
    ['my aunt Wren Holloway had two hospitalizations this spring', 'hospitalizations'],
  ])('GIVEN %j WHEN judged THEN the detail %j is marked', (text, detail) => {
    expect(healthOf(text).some((h) => h.includes(detail))).toBe(true);
  });

  it('GIVEN "his name\'s" before a full name WHEN judged THEN the name is a third party and his detail is marked', () => {
    expect(healthOf("his name's Desmond Achterberg, he's got vascular dementia now")).toEqual(expect.arrayContaining([expect.stringContaining('vascular dementia')]));
  });

  it('GIVEN a person named before and the detail carried with a time "clean 3 years" WHEN judged THEN it is marked', () => {
    const c = ctx(['u2', 'my brother Lachlan Byrne died in march, he was 31']);
    expect(healthOf("he'd been clean 3 years before it happened", c)).toEqual(['clean 3 years']);
  });
});

describe('health words that are nobody\'s detail stay unmarked', () => {
  it.each<string>([
    "same, started it 2 years ago. the first week was nausea city. btw the zoom host is Pete Lindgren now",
    'I was detoxing for a week and the nausea was awful',
    'I take metoprolol and it makes me tired',
  ])('GIVEN %j WHEN judged THEN no HEALTH_INFO', (text) => {
    expect(healthOf(text)).toEqual([]);
  });
});

describe('capitalised words that name no private person stay unmarked', () => {
  it.each<[string, readonly ContextMessage[] | undefined]>([
    ["Oprah Winfrey's memoir got me through the worst winter", undefined],
    ['Lena Hartley nailed the depression episodes', ctx(['u1', 'anyone else rewatching that old hospital drama?'])],
    ['the meetup is in the Carter Woodson library, room 2', undefined],
    ['my CPAP (ResMed AirSense 10) finally works', undefined],
    ['we found a place called Willow Grove for respite', undefined],
    ['the Area Agency on Aging was helpful', undefined],
    ['my psychiatrist Dr. Lina Haddad is retiring', undefined],
  ])('GIVEN %j WHEN judged THEN no span is a title, a brand or a public figure', (text, context) => {
    const names = namesOf(text, context);
    expect(names.filter((n) => !/^(?:Lina Haddad)$/.test(n))).toEqual([]);
  });

  it('GIVEN a private person named by a relation in book talk WHEN judged THEN the name is kept', () => {
    expect(namesOf('my friend Dana Whitcombe lent me the book')).toEqual(['Dana Whitcombe']);
  });

  it.each<[string, string]>([
    ['Yusuf Al-Khatib was a friend of mine', 'Yusuf Al-Khatib'],
    ['my aunt Teresa Okafor-Reyes is in hospital', 'Teresa Okafor-Reyes'],
    ['I met Siobhan McKenna at the clinic', 'Siobhan McKenna'],
  ])('GIVEN %j WHEN judged THEN the whole name %j is one span', (text, name) => {
    expect(namesOf(text)).toContain(name);
  });

  it('GIVEN "Ms." before a surname WHEN judged THEN it is a title, not multiple sclerosis', () => {
    expect(healthOf('the counselor Ms. Abernathy helped my kid a lot')).toEqual([]);
  });
});
