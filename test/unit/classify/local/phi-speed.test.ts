import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { contactRecognizer } from '../../../../src/classify/local/phi/contact.ts';
import { possibleNational } from '../../../../src/classify/local/phi/phone.ts';
import { execAll, isSpace, trailing } from '../../../../src/classify/local/phi/recognizer.ts';
import { buildMessageView } from '../../../../src/classify/local/text/message-view.ts';

/** The PHI fast paths must find exactly what the plain regexes they replace find. */
describe('PHI fast paths', () => {
  it('GIVEN every UTF-16 unit WHEN tested by isSpace and trailing THEN they agree with the regexes they replace', () => {
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpace(c) !== /\s/.test(ch) || trailing(c) !== /[\s.,;:!?)\]}'"\u201d\u2019]/.test(ch)) bad.push(c);
    }
    expect(bad).toEqual([]);
  });

  it('GIVEN global regexes, unicode ones and empty matches WHEN read by execAll THEN the matches are those of matchAll', () => {
    const cases: Array<[RegExp, string]> = [
      [/\d+/g, 'a1 22 333 x'],
      [/(?:)/g, 'abc'],
      [/x*/gu, 'ax\u{1F600}xx\u{1F600}'],
      [/\p{Lu}\p{Ll}+/gu, 'Tomás Reyes and Ölaf'],
      [/b/gi, 'aBcb'],
    ];
    for (const [re, text] of cases) {
      const want = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
      expect(execAll(re, text).map((m) => [m.index, m[0]])).toEqual(want);
      expect(re.lastIndex).toBe(0);
    }
  });

  it('GIVEN national digit strings of every area code and of other shapes WHEN judged possible THEN the answer is libphonenumber-js\'s', () => {
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const tail = (k: number) => Array.from({ length: k }, () => rnd(10)).join('');
    const cases: string[] = [];
    for (let area = 200; area <= 999; area++) { const d = `${area}${tail(7)}`; cases.push(d, `1${d}`); }
    // the shapes left to the library: a leading 0 or 1, the 011 prefix, 11 digits not after a 1, other lengths
    for (const head of ['0', '1', '011', '10', '11', '2', '9', '44', '0044', '01144']) for (let k = 6; k <= 15 - head.length; k++) cases.push(head + tail(k));
    const bad = cases.filter((d) => possibleNational(d) !== (parsePhoneNumberFromString(d, 'US')?.isPossible() ?? false));
    expect(bad).toEqual([]);
  });

  it('GIVEN random runs of local-part characters and @ WHEN emails are found THEN they are the matches of the plain email regex', () => {
    const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}/gi;
    const parts = ['a', 'B', '.', '@', '@', '-', '_', '%', '+', '1', 'é', '\u212a', 'x'.repeat(30), 'a'.repeat(64), 'a'.repeat(63), '.com', '.io', '#'];
    let seed = 11;
    const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = 1 + Math.floor(rnd() * 20); k > 0; k--) text += parts[Math.floor(rnd() * parts.length)];
      const view = buildMessageView({ text, authorId: 'u2', context: [], structure: false });
      const got = contactRecognizer.find(view, []).filter((s) => s.type === 'EMAIL').map((s) => [s.start, s.end]);
      expect(got).toEqual([...text.matchAll(EMAIL)].map((m) => [m.index, m.index + m[0].length]));
    }
  });
});
