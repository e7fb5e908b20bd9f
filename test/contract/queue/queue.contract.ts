import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HoldspaceError } from '../../../src/core/errors.ts';
import { UnrecoverableJobError, type Job, type JobData, type JobQueue } from '../../../src/core/queue.ts';

/**
 * The JobQueue contract, run against every implementation (embedded SQLite, BullMQ, the in-memory fake).
 *
 * - Delivery is at least once: a job whose worker dies runs again; handlers must be idempotent.
 * - `jobId` is idempotent while a job with that id is waiting, delayed, active or kept as failed;
 *   a completed job is removed at once, so its id can be used again.
 * - Lower priority numbers run first; a job without a priority runs after priority 1 (crisis work).
 * - A failing job is retried up to `attempts` tries in all, waiting `backoffMs * 2^(try-1)` after each
 *   failed try; `UnrecoverableJobError` fails it at once.
 * - Job data comes back exactly as added (a flat object of strings, finite numbers, booleans, null);
 *   anything else is refused with INVALID_INPUT.
 * - `close()` is idempotent, lets running jobs finish, and a closed queue refuses add() with QUEUE_UNAVAILABLE.
 */
export interface QueueHarness {
  /** Opens a queue; two opens of one name share their jobs, as two processes would. */
  open(name: string): JobQueue;
  /** Ids of the jobs the backing store still holds for the queue (Redis job hashes, table rows). */
  storedJobIds(name: string): Promise<string[]>;
  /** Closes what the harness opened and removes what the test left behind. */
  dispose(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(5);
  }
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}

export function queueContract(label: string, makeHarness: () => Promise<QueueHarness>, options: { skip?: boolean } = {}): void {
  describe.skipIf(options.skip === true)(`JobQueue contract: ${label}`, () => {
    let h: QueueHarness;
    let name: string;
    let queue: JobQueue;

    beforeEach(async () => {
      h = await makeHarness();
      name = `q-${randomUUID()}`;
      queue = h.open(name);
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('GIVEN jobs added WHEN a worker runs THEN each is handled once with its name, data and attempt 1', async () => {
      const seen: Job[] = [];
      queue.process(async (job) => { seen.push(job); });
      await queue.add('classify', { messageId: 1, version: 1 }, { jobId: 'm1v1' });
      await queue.addBulk([
        { name: 'classify', data: { messageId: 2, version: 1 }, options: { jobId: 'm2v1' } },
        { name: 'act', data: { actionId: 3 }, options: { jobId: 'a3' } },
      ]);
      await queue.drained();
      expect(seen.map((j) => j.id).sort()).toEqual(['a3', 'm1v1', 'm2v1']);
      expect(seen.find((j) => j.id === 'a3')).toEqual({ id: 'a3', name: 'act', data: { actionId: 3 }, attempt: 1 });
      expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 });
    });

    it('GIVEN odd but valid data WHEN the job runs THEN the handler gets it exactly as added', async () => {
      const data: JobData = {
        s: 'ünïcødé 🧠 "quoted" \\ back\nline\u0000nul', empty: '', zero: 0, neg: -12.5, big: Number.MAX_SAFE_INTEGER,
        tiny: 5e-324, yes: true, no: false, nothing: null, 'key with spaces.and:dots': 'k',
      };
      let got: unknown;
      queue.process(async (job) => { got = job.data; });
      await queue.add('odd', data, { jobId: 'odd-1' });
      await queue.drained();
      expect(got).toStrictEqual(data);
    });

    it('GIVEN invalid data or options WHEN added THEN it is refused with INVALID_INPUT and nothing is stored', async () => {
      const bad: [unknown, object][] = [
        [{ n: Number.NaN }, { jobId: 'x1' }],
        [{ n: Number.POSITIVE_INFINITY }, { jobId: 'x2' }],
        [{ nested: { a: 1 } }, { jobId: 'x3' }],
        [{ text: 'x'.repeat(10_000) }, { jobId: 'x4' }],
        [{ ok: 1 }, { jobId: '' }],
        [{ ok: 1 }, { jobId: 'x6', priority: -1 }],
        [{ ok: 1 }, { jobId: 'x7', attempts: 0 }],
      ];
      for (const [data, opts] of bad) {
        const error = await queue.add('bad', data as JobData, opts as { jobId: string }).then(() => null, (e: unknown) => e);
        expect(error, JSON.stringify(opts)).toBeInstanceOf(HoldspaceError);
        expect((error as HoldspaceError).code).toBe('INVALID_INPUT');
      }
      expect(await h.storedJobIds(name)).toEqual([]);
    });

    it('GIVEN a job id already waiting WHEN added again THEN the second add is a no-op', async () => {
      await queue.add('classify', { messageId: 1, v: 'first' }, { jobId: 'dup' });
      await queue.add('classify', { messageId: 1, v: 'second' }, { jobId: 'dup' });
      await queue.addBulk([{ name: 'classify', data: { messageId: 1, v: 'third' }, options: { jobId: 'dup' } }]);
      expect((await queue.counts()).waiting).toBe(1);
      const seen: unknown[] = [];
      queue.process(async (job) => { seen.push(job.data); });
      await queue.drained();
      expect(seen).toEqual([{ messageId: 1, v: 'first' }]);
    });

    it('GIVEN a job id that is active WHEN added again THEN it does not run twice; once completed THEN the id is free again', async () => {
      const started = gate();
      const release = gate();
      let runs = 0;
      queue.process(async () => {
        runs++;
        if (runs === 1) { started.open(); await release.promise; }
      });
      await queue.add('act', { actionId: 1 }, { jobId: 'a1' });
      await started.promise;
      await queue.add('act', { actionId: 1 }, { jobId: 'a1' });
      release.open();
      await queue.drained();
      await sleep(50);
      expect(runs).toBe(1);
      await queue.add('act', { actionId: 1 }, { jobId: 'a1' });
      await queue.drained();
      expect(runs).toBe(2);
    });

    it('GIVEN jobs of several priorities WHEN one worker runs them THEN lower numbers run first, FIFO within a priority, unset after 1', async () => {
      await queue.add('j', { n: 1 }, { jobId: 'p5-a', priority: 5 });
      await queue.add('j', { n: 2 }, { jobId: 'p1-a', priority: 1 });
      await queue.add('j', { n: 3 }, { jobId: 'p10', priority: 10 });
      await queue.add('j', { n: 4 }, { jobId: 'unset' });
      await queue.add('j', { n: 5 }, { jobId: 'p1-b', priority: 1 });
      await queue.add('j', { n: 6 }, { jobId: 'p0', priority: 0 });
      const order: string[] = [];
      queue.process(async (job) => { order.push(job.id); }, { concurrency: 1 });
      await queue.drained();
      expect(order).toHaveLength(6);
      expect(order.slice(0, 3)).toEqual(['p0', 'p1-a', 'p1-b']);
      expect(order.indexOf('p5-a')).toBeLessThan(order.indexOf('p10'));
      expect(order.at(-1)).toBe('p10');
      expect(order.indexOf('unset')).toBeGreaterThan(order.indexOf('p1-b'));
    });

    it('GIVEN a job that keeps failing WHEN retried THEN it runs `attempts` times with exponential backoff, then counts as failed', async () => {
      const at: number[] = [];
      const attempts: number[] = [];
      queue.process(async (job) => {
        at.push(Date.now());
        attempts.push(job.attempt);
        throw new Error('LLM timed out');
      });
      await queue.add('classify', { messageId: 9 }, { jobId: 'flaky', attempts: 3, backoffMs: 100 });
      await until(async () => (await queue.counts()).failed === 1);
      expect(attempts).toEqual([1, 2, 3]);
      // Lower bounds only (a retry must not come early); a little slack for timer rounding.
      expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(100 - 5);
      expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(200 - 5);
      await queue.drained();
      expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 1 });
      // A kept failure holds its id: adding it again is a no-op.
      await queue.add('classify', { messageId: 9 }, { jobId: 'flaky', attempts: 3, backoffMs: 100 });
      await queue.drained();
      expect(attempts).toHaveLength(3);
    });

    it('GIVEN a job that fails then succeeds WHEN retried THEN it completes and is not counted as failed', async () => {
      const attempts: number[] = [];
      queue.process(async (job) => {
        attempts.push(job.attempt);
        if (job.attempt < 2) throw new Error('temporary');
      });
      await queue.add('classify', { messageId: 1 }, { jobId: 'once-flaky', attempts: 3, backoffMs: 10 });
      await queue.drained();
      expect(attempts).toEqual([1, 2]);
      expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 });
      expect(await h.storedJobIds(name)).toEqual([]);
    });

    it('GIVEN a handler that throws UnrecoverableJobError WHEN the job runs THEN it fails at once without retries', async () => {
      let runs = 0;
      queue.process(async () => {
        runs++;
        throw new UnrecoverableJobError('model output did not parse');
      });
      await queue.add('classify', { messageId: 1 }, { jobId: 'bad-output', attempts: 5, backoffMs: 10 });
      await until(async () => (await queue.counts()).failed === 1);
      await sleep(100);
      expect(runs).toBe(1);
      expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 1 });
    });

    it('GIVEN concurrency 3 and 12 slow jobs WHEN processed THEN at most 3 run at once and 3 do', async () => {
      await queue.addBulk(Array.from({ length: 12 }, (_, i) => ({ name: 'j', data: { n: i }, options: { jobId: `c${i}` } })));
      let running = 0;
      let peak = 0;
      let done = 0;
      queue.process(async () => {
        running++;
        peak = Math.max(peak, running);
        await sleep(30);
        running--;
        done++;
      }, { concurrency: 3 });
      await queue.drained();
      expect(done).toBe(12);
      expect(peak).toBe(3);
    });

    it('GIVEN a delayed job WHEN drained() is awaited THEN it waits for the job; a job that never ends makes drained(timeout) reject', async () => {
      const ran: string[] = [];
      const release = gate();
      queue.process(async (job) => {
        ran.push(job.id);
        if (job.id === 'stuck') await release.promise;
      }, { concurrency: 2 });
      await queue.add('j', { n: 1 }, { jobId: 'later', delayMs: 150 });
      expect((await queue.counts()).delayed).toBe(1);
      await queue.drained();
      expect(ran).toEqual(['later']);
      await queue.add('j', { n: 2 }, { jobId: 'stuck' });
      await expect(queue.drained(200)).rejects.toBeInstanceOf(HoldspaceError);
      release.open();
      await queue.drained();
      expect(ran).toEqual(['later', 'stuck']);
    });

    it('GIVEN waiting, delayed, active and failed jobs WHEN counted THEN counts() reports each state', async () => {
      await queue.add('j', { n: 1 }, { jobId: 'w1' });
      await queue.add('j', { n: 2 }, { jobId: 'w2' });
      await queue.add('j', { n: 3 }, { jobId: 'd1', delayMs: 60_000 });
      await queue.add('j', { n: 4 }, { jobId: 'f1', priority: 0 });
      expect(await queue.counts()).toEqual({ waiting: 3, active: 0, delayed: 1, failed: 0 });
      const release = gate();
      queue.process(async (job) => {
        if (job.id === 'f1') throw new UnrecoverableJobError('bad');
        await release.promise;
      }, { concurrency: 1 });
      await until(async () => {
        const c = await queue.counts();
        return c.failed === 1 && c.active === 1;
      });
      expect(await queue.counts()).toEqual({ waiting: 1, active: 1, delayed: 1, failed: 1 });
      release.open();
      await until(async () => (await queue.counts()).waiting === 0 && (await queue.counts()).active === 0);
      expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 1, failed: 1 });
    });

    it('GIVEN jobs completed WHEN the store is inspected THEN no completed job (nor its data) is kept', async () => {
      queue.process(async () => {}, { concurrency: 4 });
      await queue.addBulk(Array.from({ length: 20 }, (_, i) => ({ name: 'j', data: { messageId: i }, options: { jobId: `done${i}` } })));
      await queue.drained();
      expect(await h.storedJobIds(name)).toEqual([]);
    });

    it('GIVEN a producer and a worker opened separately on one queue name WHEN the producer adds THEN the worker runs the job', async () => {
      const producer = h.open(name);
      const seen: string[] = [];
      queue.process(async (job) => { seen.push(job.id); });
      await producer.add('j', { n: 1 }, { jobId: 'from-producer' });
      await producer.drained();
      expect(seen).toEqual(['from-producer']);
    });

    it('GIVEN a running job WHEN close() is called twice THEN both resolve after the job finished, and add() is refused', async () => {
      const started = gate();
      let finished = false;
      const worker = queue.process(async () => {
        started.open();
        await sleep(100);
        finished = true;
      });
      await queue.add('j', { n: 1 }, { jobId: 'running' });
      await started.promise;
      await Promise.all([queue.close(), queue.close(), worker.close()]);
      expect(finished).toBe(true);
      await queue.close();
      await worker.close();
      const error = await queue.add('j', { n: 2 }, { jobId: 'after-close' }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(HoldspaceError);
      expect((error as HoldspaceError).code).toBe('QUEUE_UNAVAILABLE');
      const again = h.open(name);
      expect(await again.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 });
    });

    it('GIVEN a closed worker WHEN jobs are added THEN they wait for the next worker', async () => {
      const worker = queue.process(async () => {});
      await worker.close();
      await queue.add('j', { n: 1 }, { jobId: 'w-after' });
      await sleep(100);
      expect((await queue.counts()).waiting).toBe(1);
      const seen: string[] = [];
      queue.process(async (job) => { seen.push(job.id); });
      await queue.drained();
      expect(seen).toEqual(['w-after']);
    });
  });
}
