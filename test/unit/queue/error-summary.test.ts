import { describe, expect, it } from 'vitest';
import { HoldspaceError } from '../../../src/core/errors.ts';
import { UnrecoverableJobError } from '../../../src/core/queue.ts';
import { strict as assert } from 'node:assert';
import { errorSummary, MAX_ERROR_CHARS, SummarisedError } from '../../../src/queue/job-options.ts';

describe('errorSummary: what of an error reaches the logs and a failed job', () => {
  it('GIVEN an error of unknown origin whose message quotes its input WHEN summarised THEN only its name is kept', () => {
    const s = errorSummary(new TypeError("cannot read properties of undefined (reading 'my sister Dana is on lithium')"));
    expect(s).toBe('TypeError: (message withheld: it may quote message text)');
    expect(s).not.toContain('Dana');
  });

  it("GIVEN Node's own coded errors, which print the value they were given WHEN summarised THEN their name and code only", () => {
    let thrown: unknown;
    try { assert.equal('my sister Dana is on lithium', 'x'); } catch (e) { thrown = e; }
    expect(errorSummary(thrown)).toBe('AssertionError ERR_ASSERTION: (message withheld: it may quote message text)');
    try { Buffer.alloc(-1 as number); } catch (e) { thrown = e; }
    expect(errorSummary(thrown)).not.toContain('-1');
  });

  it("GIVEN Holdspace's own, a system's or an unrecoverable error WHEN summarised THEN its message is kept (with its code), cut at MAX_ERROR_CHARS", () => {
    expect(errorSummary(new HoldspaceError('QUEUE_UNAVAILABLE', 'queue ingest is closed'))).toBe('HoldspaceError QUEUE_UNAVAILABLE: queue ingest is closed');
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' });
    expect(errorSummary(refused)).toBe('Error ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:6379');
    expect(errorSummary(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe('Error SQLITE_BUSY: database is locked');
    // What a queue rethrows for its backend is a summary already: it is kept as it is, not withheld again.
    const once = errorSummary(new HoldspaceError('QUEUE_UNAVAILABLE', 'queue ingest is closed'));
    expect(errorSummary(new SummarisedError(once))).toBe(once);
    expect(errorSummary(new UnrecoverableJobError('action 7 has no payload'))).toContain('action 7 has no payload');
    expect(errorSummary(new HoldspaceError('INTERNAL', 'x'.repeat(500)))).toHaveLength(MAX_ERROR_CHARS);
    expect(errorSummary('a string')).toBe('non-error thrown');
  });
});
