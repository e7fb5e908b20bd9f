import { describe, expect, it } from 'vitest';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import type { PhiType } from '../../../../src/core/categories.ts';

const classifier = new LocalClassifier();
const context = [{ id: 'c0', authorId: 'u1', text: 'anyone have tips for the insurance appeal?', sentAt: 0 }];
const phiOf = (text: string) => {
  const c = classifier.classifySync({ message: { id: 'm', authorId: 'u2', text }, context });
  return { spans: c.phi.map((s) => [text.slice(s.start, s.end), s.type] as [string, PhiType]), redacted: c.redacted, score: c.scores.phi };
};

describe('PHI recognizers', () => {
  it.each<[string, string, PhiType]>([
    ['call me at 415-555-0137', '415-555-0137', 'PHONE'],
    ['my number is (312) 555-0164, text anytime', '(312) 555-0164', 'PHONE'],
    ['whatsapp +44 20 7946 0958 works', '+44 20 7946 0958', 'PHONE'],
    ['text me 415 555 0191', '415 555 0191', 'PHONE'],
    ['it is four one five five five five zero one three seven', 'four one five five five five zero one three seven', 'PHONE'],
    ['email me at kim.lee@example.org', 'kim.lee@example.org', 'EMAIL'],
    ['write to kim dot lee at example dot org please', 'kim dot lee at example dot org', 'EMAIL'],
    ['my blog is https://example.com/blog/kim', 'https://example.com/blog/kim', 'URL'],
    ['the login came from 198.51.100.23 last night', '198.51.100.23', 'IP'],
    ['add me @sam.recovers', '@sam.recovers', 'HANDLE'],
    ['my snap is kimmy.k.22', 'kimmy.k.22', 'HANDLE'],
    ['my discord is marcus_o#5520', 'marcus_o#5520', 'HANDLE'],
    ['my SSN is 900-55-1842, is that safe?', '900-55-1842', 'SSN'],
    ['my MRN is 00482913, can someone check', '00482913', 'MRN'],
    ['patient ID BRK-448102 if they ask', 'BRK-448102', 'MRN'],
    ['member ID XJH400128833 on the card', 'XJH400128833', 'HEALTH_PLAN'],
    ['his medicare number is 1EG4-TE5-MK73', '1EG4-TE5-MK73', 'HEALTH_PLAN'],
    ['account 4417-220-981 at the pharmacy', '4417-220-981', 'ACCOUNT'],
    ["driver's license # D4471-02291-88", 'D4471-02291-88', 'LICENSE'],
    ['a silver car, plate 7KXB219, again', '7KXB219', 'VEHICLE'],
    ['the device serial is SCS-4471-88013-B', 'SCS-4471-88013-B', 'DEVICE'],
    ['DOB 03/14/1989', '03/14/1989', 'DATE'],
    ['she was born on March 3, 1990', 'March 3, 1990', 'DATE'],
    ["I'm at 12 Elm St apt 4", '12 Elm St apt 4', 'ADDRESS'],
    ['I live over in 97214 near the park', '97214', 'ZIP'],
  ])('GIVEN %j WHEN judged THEN %j is a %s span', (text, value, type) => {
    const { spans, score } = phiOf(text);
    expect(spans).toContainEqual([value, type]);
    expect(score).toBeGreaterThanOrEqual(0.5);
  });

  it('GIVEN a third party named with a health detail WHEN judged THEN the name and the detail are spans', () => {
    const { spans } = phiOf('Jenna Morales from the Tuesday group told me she has bipolar disorder');
    expect(spans).toContainEqual(['Jenna Morales', 'NAME']);
    expect(spans.some(([v, t]) => t === 'HEALTH_INFO' && v.includes('bipolar'))).toBe(true);
  });

  it.each([
    'I was diagnosed with bipolar II last year',
    'sertraline made me dizzy for the first two weeks',
    'my therapist says my anxiety is improving',
    'the meeting moved to 3pm, see you all there',
    'I scored 7/10 on pain today',
  ])('GIVEN the member\'s own health detail or ordinary text %j WHEN judged THEN there is no PHI', (text) => {
    expect(phiOf(text).spans).toEqual([]);
  });

  it('GIVEN an address and a ZIP WHEN redacted THEN each is replaced by its tag and spans carry no surrounding space', () => {
    const text = 'send it to 1720 W Oak Blvd, Tulsa 74107 please';
    const { spans, redacted } = phiOf(text);
    expect(spans).toEqual([['1720 W Oak Blvd, Tulsa', 'ADDRESS'], ['74107', 'ZIP']]);
    expect(redacted).toBe('send it to [ADDRESS] [ZIP] please');
  });

  it('GIVEN emoji before an identifier WHEN judged THEN offsets are UTF-16 code units', () => {
    const text = '🙏🙏 call 212.555.0187';
    const c = classifier.classifySync({ message: { id: 'm', authorId: 'u2', text }, context });
    expect(c.phi).toEqual([{ start: 10, end: 22, type: 'PHONE' }]);
  });

  it('GIVEN a URL that contains a handle WHEN judged THEN one URL span covers it', () => {
    expect(phiOf('see https://tiktok.example.com/@someone.here for it').spans).toEqual([['https://tiktok.example.com/@someone.here', 'URL']]);
  });
});
