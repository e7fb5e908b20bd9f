import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/core/classifier.ts';

describe('redact', () => {
  it('GIVEN spans in any order, overlapping included WHEN redacting THEN each span becomes its type tag once', () => {
    const text = 'I am Sam Whitaker, 212.555.0187';
    expect(redact(text, [{ start: 19, end: 31, type: 'PHONE' }, { start: 5, end: 17, type: 'NAME' }, { start: 9, end: 17, type: 'NAME' }]))
      .toBe('I am [NAME], [PHONE]');
    expect(redact(text, [])).toBe(text);
  });
});
