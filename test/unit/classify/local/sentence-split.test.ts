import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildMessageView, lowerSameLength } from '../../../../src/classify/local/text/message-view.ts';
import { readCorpus } from '../../../../src/eval/corpus.ts';

const GUIDE = fileURLToPath(new URL('../../../fixtures/classifier/guide-cases.jsonl', import.meta.url));

/** The sentence bounds as the regex split found them before the split was read by hand. */
function byRegex(lower: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (s: number, e: number) => { if (e > s && /[a-z0-9]/.test(lower.slice(s, e))) out.push([s, e]); };
  const boundary = /[.!?;\n]+|\s[\u2014\u2013]\s|\s-{1,2}\s/g;
  let start = 0;
  for (let m = boundary.exec(lower); m !== null; m = boundary.exec(lower)) {
    if (m[0] === '.' && m.index + 1 < lower.length && lower[m.index + 1] !== ' ' && lower[m.index + 1] !== '\n') continue;
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, lower.length);
  return out;
}

describe('sentence split', () => {
  it('GIVEN the guide cases and random strings of boundary characters WHEN split THEN the sentences are those the boundary regex gave', () => {
    const texts = readCorpus(GUIDE).flatMap((c) => c.messages.map((m) => m.text));
    const alphabet = ['.', '!', '?', ';', '\n', ' ', ' ', '\t', '\u00a0', '\u2003', '\u2014', '\u2013', '-', '-', 'a', 'b', '1', 'x', '\u{1f602}', '"'];
    let seed = 11;
    const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    for (let i = 0; i < 20000; i++) texts.push(Array.from({ length: Math.floor(rnd() * 16) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
    for (const text of texts) {
      const view = buildMessageView({ text, authorId: 'u1', context: [] });
      expect(view.sentences.map((s) => [s.start, s.end])).toEqual(byRegex(lowerSameLength(text)));
    }
  });
});

describe('quotes', () => {
  /** The quote pairing as it read one-character strings. */
  function byChars(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let open = -1;
    let closeWith = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (open < 0) {
        if (c === '"') { open = i; closeWith = '"'; }
        else if (c === '\u201c') { open = i; closeWith = '\u201d'; }
        else if (c === '\u00ab') { open = i; closeWith = '\u00bb'; }
        else if (c === '\u201e') { open = i; closeWith = '\u201c'; }
      } else if (c === closeWith || (closeWith === '\u201d' && c === '"')) {
        out.push([open + 1, i]);
        open = -1;
      }
    }
    return out;
  }

  it('GIVEN random strings of quote marks WHEN paired by character code THEN the pairs are those of the string reading', async () => {
    const { findQuotes } = await import('../../../../src/classify/local/text/message-view.ts');
    const alphabet = ['"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e', 'a', ' ', '\u{1f602}', "'"];
    let seed = 5;
    const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    for (let i = 0; i < 20000; i++) {
      const text = Array.from({ length: Math.floor(rnd() * 14) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      expect(findQuotes(text)).toEqual(byChars(text));
    }
  });
});
