import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { HoldspaceError } from '../../../src/core/errors.ts';
import type { JobQueue } from '../../../src/core/queue.ts';
import { EmbeddedQueue } from '../../../src/queue/embedded.ts';
import { FAILED_JOBS_KEPT } from '../../../src/queue/job-options.ts';
import { openDatabase, type Db } from '../../../src/store/db.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('EmbeddedQueue beyond the contract', () => {
  let dir: string;
  let file: string;
  const dbs: Db[] = [];
  const queues: JobQueue[] = [];
  const open = (): Db => {
    const db = openDatabase(file);
    dbs.push(db);
    return db;
  };
  const queue = (db: Db, name: string, options: ConstructorParameters<typeof EmbeddedQueue>[2] = {}): EmbeddedQueue => {
    const q = new EmbeddedQueue(db, name, { pollIntervalMs: 50, ...options });
    queues.push(q);
    return q;
  };
  const insertRow = (db: Db, row: { id: string; status: string; attemptsMade: number; maxAttempts: number; runAt: number; lockedUntil?: number }) =>
    db.$client.prepare(`INSERT INTO queue_jobs (queue, id, name, data, status, priority, attempts_made, max_attempts, backoff_ms, run_at, locked_until, lock_token, created_at)
      VALUES ('q', @id, 'j', '{}', @status, 5, @attemptsMade, @maxAttempts, 10, @runAt, @lockedUntil, 'dead-worker', 0)`).run({ lockedUntil: null, ...row });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hs-queue-embedded-'));
    file = join(dir, 'holdspace.db');
  });
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((q) => q.close()));
    for (const db of dbs.splice(0)) db.$client.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN two connections to one file (two processes) WHEN one adds THEN the worker on the other finds the job by polling', async () => {
    const producer = queue(open(), 'q');
    const consumer = queue(open(), 'q');
    const seen: string[] = [];
    consumer.process(async (job) => { seen.push(job.id); });
    await producer.add('j', { n: 1 }, { jobId: 'cross' });
    await producer.drained(5000);
    expect(seen).toEqual(['cross']);
  });

  it('GIVEN a job running longer than the visibility timeout WHEN another worker polls THEN the lock is renewed and the job runs once', async () => {
    const a = queue(open(), 'q', { visibilityTimeoutMs: 500 });
    const b = queue(open(), 'q', { visibilityTimeoutMs: 500 });
    let runs = 0;
    a.process(async () => { runs++; await sleep(1500); });
    await a.add('j', { n: 1 }, { jobId: 'long' });
    await sleep(50);
    b.process(async () => { runs++; });
    await a.drained(5000);
    expect(runs).toBe(1);
  });

  it('GIVEN a worker whose lock has expired WHEN another worker takes the job THEN it runs again (attempt 2) and the late failure of the first changes nothing', async () => {
    const db = open();
    const clock = new ManualClock(Date.now());
    const first = queue(db, 'q', { visibilityTimeoutMs: 1000, clock: () => clock.now() });
    let failFirst!: () => void;
    let releaseLater!: () => void;
    const attempts: [string, number][] = [];
    first.process(async (job) => {
      attempts.push(['first', job.attempt]);
      await new Promise<void>((r) => (failFirst = r));
      throw new Error('too late');
    });
    await first.add('j', { n: 1 }, { jobId: 'slow', attempts: 5, backoffMs: 1 });
    while (attempts.length === 0) await sleep(5);
    // A second worker whose clock is past the lock sees a dead worker's job.
    const later = queue(db, 'q', { visibilityTimeoutMs: 1000, clock: () => clock.now() + 60_000 });
    later.process(async (job) => {
      attempts.push(['later', job.attempt]);
      await new Promise<void>((r) => (releaseLater = r));
    }, { concurrency: 2 });
    while (attempts.length < 2) await sleep(5);
    // The first worker's failure must not put back a job it no longer holds (that would run it a third time).
    failFirst();
    await sleep(200);
    expect(attempts).toEqual([['first', 1], ['later', 2]]);
    releaseLater();
    await later.drained(5000);
    expect(attempts).toEqual([['first', 1], ['later', 2]]);
    expect(db.$client.prepare(`SELECT COUNT(*) AS n FROM queue_jobs WHERE queue = 'q'`).get()).toEqual({ n: 0 });
  });

  it('GIVEN jobs left active by dead workers WHEN a worker starts THEN it re-runs them, but fails one that stalled too often', async () => {
    const db = open();
    insertRow(db, { id: 'stalled-once', status: 'active', attemptsMade: 1, maxAttempts: 1, runAt: 0, lockedUntil: 1 });
    insertRow(db, { id: 'poison', status: 'active', attemptsMade: 3, maxAttempts: 1, runAt: 0, lockedUntil: 1 });
    const q = queue(db, 'q');
    const seen: [string, number][] = [];
    q.process(async (job) => { seen.push([job.id, job.attempt]); });
    await q.drained(5000);
    expect(seen).toEqual([['stalled-once', 2]]);
    expect(await q.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 1 });
    expect(db.$client.prepare(`SELECT id, last_error AS err FROM queue_jobs WHERE queue = 'q'`).all()).toEqual([
      { id: 'poison', err: 'stalled: its worker stopped during the job too often' },
    ]);
  });

  it('GIVEN old and too many failed jobs WHEN a worker starts THEN they are deleted down to the retention bounds', async () => {
    const db = open();
    const now = Date.now();
    insertRow(db, { id: 'ancient', status: 'failed', attemptsMade: 1, maxAttempts: 1, runAt: now - FAILED_JOBS_KEPT.ageSeconds * 1000 - 1000 });
    const insertMany = db.$client.transaction(() => {
      for (let i = 0; i < FAILED_JOBS_KEPT.count + 5; i++) insertRow(db, { id: `f${i}`, status: 'failed', attemptsMade: 1, maxAttempts: 1, runAt: now - 10_000 + i });
    });
    insertMany();
    const q = queue(db, 'q');
    q.process(async () => {});
    await sleep(100);
    const counts = await q.counts();
    expect(counts.failed).toBe(FAILED_JOBS_KEPT.count);
    const ids = (db.$client.prepare(`SELECT id FROM queue_jobs WHERE queue = 'q'`).all() as { id: string }[]).map((r) => r.id);
    expect(ids).not.toContain('ancient');
    // The newest failures are the ones kept.
    expect(ids).toContain(`f${FAILED_JOBS_KEPT.count + 4}`);
    expect(ids).not.toContain('f0');
  });

  it('GIVEN an injected clock WHEN a delayed job becomes due on that clock THEN the worker runs it', async () => {
    const clock = new ManualClock(Date.now());
    const q = queue(open(), 'q', { clock: () => clock.now() });
    const seen: string[] = [];
    q.process(async (job) => { seen.push(job.id); });
    await q.add('j', { n: 1 }, { jobId: 'tomorrow', delayMs: 24 * 3600_000 });
    await sleep(150);
    expect(seen).toEqual([]);
    expect((await q.counts()).delayed).toBe(1);
    clock.advance(24 * 3600_000 + 1);
    await q.drained(5000);
    expect(seen).toEqual(['tomorrow']);
  });

  it('GIVEN a finished job WHEN the database file is read THEN its data is no longer in the queue table', async () => {
    const db = open();
    const q = queue(db, 'q');
    q.process(async () => {});
    await q.add('j', { messageId: 424242 }, { jobId: 'm424242v1' });
    await q.drained(5000);
    expect(db.$client.prepare(`SELECT COUNT(*) AS n FROM queue_jobs WHERE data LIKE '%424242%'`).get()).toEqual({ n: 0 });
  });

  it('GIVEN a database that cannot be written WHEN add() is called THEN it fails with QUEUE_UNAVAILABLE', async () => {
    const db = open();
    const q = queue(db, 'q');
    db.$client.close();
    const error = await q.add('j', { n: 1 }, { jobId: 'nowhere' }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(HoldspaceError);
    expect((error as HoldspaceError).code).toBe('QUEUE_UNAVAILABLE');
  });

  it('GIVEN a job that blocks the event loop past the visibility timeout WHEN the loop resumes THEN its own process does not run it again', async () => {
    const q = queue(open(), 'q', { visibilityTimeoutMs: 200, pollIntervalMs: 20 });
    let runs = 0;
    q.process(async () => {
      runs++;
      await sleep(30);
      const until = Date.now() + 600;
      while (Date.now() < until) { /* a stalled event loop: no timer can renew the lock */ }
      await sleep(150);
    }, { concurrency: 2 });
    await q.add('j', { n: 1 }, { jobId: 'stall' });
    await q.drained(5000);
    expect(runs).toBe(1);
  });
});
