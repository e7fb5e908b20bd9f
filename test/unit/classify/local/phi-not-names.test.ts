import { describe } from 'vitest';
import { phiCases } from './phi-cases.ts';

/**
 * Words that sit where a name would and name nobody: a count and a unit of time after a relation ("I lost my
 * husband two years ago"), a determiner opening a sentence about a whole kind of people ("Every Marine has
 * nightmares"). Grief groups say the first all the time; flagging it would put a widow's message in front of
 * a therapist as a privacy disclosure.
 */
const context = [{ id: 'c0', authorId: 'u1', text: 'how long has it been for you?', sentAt: 0 }];
const { positives, negatives } = phiCases(context);

describe('a count and a unit of time after a relation are no name', () => {
  negatives([
    'I lost my husband two years ago and it still hits me at night',
    'my wife three weeks ago started sleeping in the spare room',
    'my son ten days ago came home from basic',
    'my dad a couple months ago stopped calling',
  ]);
  positives([
    ['I lost my husband tom bakker two years ago', 'tom bakker', 'NAME'],
  ]);
});

describe('a determiner opening a sentence about a kind of people is no name', () => {
  negatives([
    'Every Marine has nightmares. If you cannot talk about it, write it down',
    'Some Nurses just do not listen',
    'Each Veteran I know carries something',
  ]);
  positives([
    ['Every Tuesday I see Anna Kowalski at the center', 'Anna Kowalski', 'NAME'],
  ]);
});
