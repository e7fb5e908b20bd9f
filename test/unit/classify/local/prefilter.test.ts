import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUE_REGISTRY } from '../../../../src/classify/local/manipulation-detector.ts';
import '../../../../src/classify/local/registry.ts';
import { KeywordIndex } from '../../../../src/classify/local/text/keyword-index.ts';
import { lowerSameLength } from '../../../../src/classify/local/text/message-view.ts';
import { GateSet, requiredLiterals } from '../../../../src/classify/local/text/prefilter.ts';

const corpus = fileURLToPath(new URL('../../../fixtures/classifier/guide-cases.jsonl', import.meta.url));

describe('requiredLiterals', () => {
  it.each<[string, string[] | null]>([
    [String.raw`\bat least (?:you|yours)\b`, ['at least']],
    [String.raw`a(?:b|c)?d`, ['ad', 'abd', 'acd']],
    [String.raw`\bif you\b[^.]{0,40}\bwould\b`, ['if you']],
    [String.raw`(?:lol|x*)`, null],
    [String.raw`[a-z]+ing`, ['ing']],
    [String.raw`\d{3}-\d{4}`, null],
  ])('GIVEN %s WHEN derived THEN the keys are %j', (source, keys) => {
    const got = requiredLiterals(source);
    expect(got === null ? null : [...got].sort()).toEqual(keys === null ? null : [...keys].sort());
  });

  it('GIVEN every registered cue and every message of the fixture corpus WHEN a cue regex matches THEN its keys were present (the gate never hides a match)', () => {
    const texts = readFileSync(corpus, 'utf8').split('\n').filter(Boolean)
      .flatMap((l) => (JSON.parse(l) as { messages: Array<{ text: string }> }).messages.map((m) => lowerSameLength(m.text)));
    // Also the cues' own phrasing, lightly varied, so each gate is exercised on a match.
    texts.push("you're remembering it wrong", 'if you had listened you would not be here', "it's not that deep lol", 'you made me do it');
    let checked = 0;
    for (const cue of CUE_REGISTRY) {
      for (const t of texts) {
        cue.re.lastIndex = 0;
        if (!cue.re.test(t)) continue;
        checked++;
        if (cue.keys) expect(cue.keys.some((k) => t.includes(k)), `${cue.name} on ${t}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('KeywordIndex and GateSet', () => {
  it('GIVEN overlapping keys WHEN scanned THEN every occurring key is reported, including suffix matches', () => {
    const index = new KeywordIndex(['he', 'she', 'his', 'hers']);
    const found = new Uint8Array(4);
    index.scan('ushers', found);
    expect([...found]).toEqual([1, 1, 0, 1]);
  });

  it('GIVEN regexes WHEN a text lacks their literals THEN the gate is closed, and open when present', () => {
    const gates = new GateSet([/\bget over it\b/g, /\d+/g]);
    expect(gates.scan('please get over it')).toEqual([true, true]);
    expect(gates.scan('nothing here')).toEqual([false, true]);
  });
});
