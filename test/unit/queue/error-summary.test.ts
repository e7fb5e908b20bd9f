import { describe, expect, it } from 'vitest';
import { HoldspaceError } from '../../../src/core/errors.ts';
import { UnrecoverableJobError } from '../../../src/core/queue.ts';
import { errorSummary, MAX_ERROR_CHARS } from '../../../src/queue/job-options.ts';

describe('errorSummary: what of an error reaches the logs and a failed job', () => {
  it('GIVEN an error of unknown origin whose message quotes its input WHEN summarised THEN only its name is kept', () => {
    const s = errorSummary(new TypeError("cannot read properties of undefined (reading 'my sister Dana is on lithium')"));
    expect(s).toBe('TypeError: (message withheld: it may quote message text)');
    expect(s).not.toContain('Dana');
  });

  it("GIVEN Holdspace's own, a system's or an unrecoverable error WHEN summarised THEN its message is kept (with its code), cut at MAX_ERROR_CHARS", () => {
    expect(errorSummary(new HoldspaceError('QUEUE_UNAVAILABLE', 'queue ingest is closed'))).toBe('HoldspaceError QUEUE_UNAVAILABLE: queue ingest is closed');
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });
    expect(errorSummary(refused)).toBe('Error ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:6379');
    expect(errorSummary(new UnrecoverableJobError('action 7 has no payload'))).toContain('action 7 has no payload');
    expect(errorSummary(new HoldspaceError('INTERNAL', 'x'.repeat(500)))).toHaveLength(MAX_ERROR_CHARS);
    expect(errorSummary('a string')).toBe('non-error thrown');
  });
});
