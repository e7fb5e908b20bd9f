import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { HoldspaceError } from '../core/errors.ts';
import type { AddOptions, Job, JobData, JobHandler, JobQueue, QueueCounts, Worker, WorkerOptions } from '../core/queue.ts';
import { silentLogger, type Logger } from '../log/logger.ts';
import type { Db } from '../store/db.ts';
import { groupCommitFor, type GroupCommit } from '../store/group-commit.ts';
import {
  backoffDelay, DEFAULT_DRAIN_TIMEOUT_MS, DEFAULT_VISIBILITY_TIMEOUT_MS, errorSummary, FAILED_JOBS_KEPT, isUnrecoverable,
  MAX_STALLED_RECOVERIES, notDrained, prepareJob, queueClosed,
} from './job-options.ts';

export interface EmbeddedQueueOptions {
  /** How long a claimed job stays hidden from other workers unless its worker renews the lock. */
  visibilityTimeoutMs?: number | undefined;
  /** How often an idle worker looks for jobs added by other processes and for expired locks. */
  pollIntervalMs?: number | undefined;
  clock?: (() => number) | undefined;
  logger?: Logger | undefined;
}

export const DEFAULT_POLL_INTERVAL_MS = 200;
/** How often failed jobs past FAILED_JOBS_KEPT are deleted by a running worker. */
const PRUNE_INTERVAL_MS = 60_000;
const DRAIN_POLL_MS = 10;

interface ClaimedRow {
  seq: number;
  id: string;
  name: string;
  data: string;
  priority: number;
  runAt: number;
  attemptsMade: number;
  maxAttempts: number;
  backoffMs: number;
}

/** Prepared statements of the hot path, shared by every queue on one connection. */
class Statements {
  readonly insert: Database.Statement;
  readonly claim: Database.Statement;
  readonly complete: Database.Statement;
  readonly retry: Database.Statement;
  readonly fail: Database.Statement;
  readonly renew: Database.Statement;
  readonly recover: Database.Statement;
  readonly failStalled: Database.Statement;
  readonly nextDue: Database.Statement;
  readonly busy: Database.Statement;
  readonly counts: Database.Statement;
  readonly pruneAge: Database.Statement;
  readonly pruneCount: Database.Statement;

  constructor(readonly sqlite: Database.Database) {
    this.insert = sqlite.prepare(`INSERT INTO queue_jobs
      (queue, id, name, data, status, priority, attempts_made, max_attempts, backoff_ms, run_at, created_at)
      VALUES (@queue, @id, @name, @data, 'waiting', @priority, 0, @maxAttempts, @backoffMs, @runAt, @now)
      ON CONFLICT (queue, id) DO NOTHING`);
    // RETURNING does not keep the ORDER BY of the subquery: the caller sorts the batch again.
    this.claim = sqlite.prepare(`UPDATE queue_jobs
      SET status = 'active', attempts_made = attempts_made + 1, locked_until = @lockedUntil, lock_token = @token
      WHERE rowid IN (SELECT rowid FROM queue_jobs WHERE queue = @queue AND status = 'waiting' AND run_at <= @now
                      ORDER BY priority, run_at, rowid LIMIT @limit)
      RETURNING rowid AS seq, id, name, data, priority, run_at AS runAt, attempts_made AS attemptsMade,
                max_attempts AS maxAttempts, backoff_ms AS backoffMs`);
    this.complete = sqlite.prepare(`DELETE FROM queue_jobs WHERE queue = ? AND id = ? AND lock_token = ?`);
    this.retry = sqlite.prepare(`UPDATE queue_jobs
      SET status = 'waiting', run_at = @runAt, locked_until = NULL, lock_token = NULL, last_error = @error
      WHERE queue = @queue AND id = @id AND lock_token = @token`);
    // A failed job keeps its failure time in run_at, which retention reads.
    this.fail = sqlite.prepare(`UPDATE queue_jobs
      SET status = 'failed', run_at = @now, locked_until = NULL, lock_token = NULL, last_error = @error
      WHERE queue = @queue AND id = @id AND lock_token = @token`);
    this.renew = sqlite.prepare(`UPDATE queue_jobs SET locked_until = @lockedUntil
      WHERE queue = @queue AND status = 'active' AND lock_token = @token`);
    this.recover = sqlite.prepare(`UPDATE queue_jobs SET status = 'waiting', locked_until = NULL, lock_token = NULL
      WHERE queue = @queue AND status = 'active' AND locked_until <= @now AND attempts_made < max_attempts + @maxStalled`);
    this.failStalled = sqlite.prepare(`UPDATE queue_jobs
      SET status = 'failed', run_at = @now, locked_until = NULL, lock_token = NULL,
          last_error = 'stalled: its worker stopped during the job too often'
      WHERE queue = @queue AND status = 'active' AND locked_until <= @now`);
    this.nextDue = sqlite.prepare(`SELECT MIN(run_at) AS at FROM queue_jobs WHERE queue = ? AND status = 'waiting'`);
    this.busy = sqlite.prepare(`SELECT 1 FROM queue_jobs WHERE queue = ? AND status IN ('waiting', 'active') LIMIT 1`);
    this.counts = sqlite.prepare(`SELECT
        COALESCE(SUM(status = 'waiting' AND run_at <= @now), 0) AS waiting,
        COALESCE(SUM(status = 'active'), 0) AS active,
        COALESCE(SUM(status = 'waiting' AND run_at > @now), 0) AS delayed,
        COALESCE(SUM(status = 'failed'), 0) AS failed
      FROM queue_jobs WHERE queue = @queue`);
    this.pruneAge = sqlite.prepare(`DELETE FROM queue_jobs WHERE queue = ? AND status = 'failed' AND run_at < ?`);
    this.pruneCount = sqlite.prepare(`DELETE FROM queue_jobs WHERE queue = @queue AND status = 'failed' AND rowid NOT IN
      (SELECT rowid FROM queue_jobs WHERE queue = @queue AND status = 'failed' ORDER BY run_at DESC LIMIT @keep)`);
  }
}

const statementsByConnection = new WeakMap<Database.Database, Statements>();
/** What other parts of this process may ask of a running worker. */
interface LocalWorker {
  /** Look for jobs now (a job was added in this process). */
  wake(): void;
  /** Extend the locks of the jobs it is running. */
  renewLocks(): void;
}

/**
 * Workers in this process by connection and queue name: add() wakes them without waiting for a poll, and
 * before any of them takes back jobs with expired locks, all renew theirs, so a stalled event loop never
 * makes this process run one of its own running jobs a second time.
 */
const localWorkersByConnection = new WeakMap<Database.Database, Map<string, Set<LocalWorker>>>();

function statementsFor(sqlite: Database.Database): Statements {
  let s = statementsByConnection.get(sqlite);
  if (!s) statementsByConnection.set(sqlite, (s = new Statements(sqlite)));
  return s;
}

function localWorkersFor(sqlite: Database.Database, name: string): Set<LocalWorker> {
  let byName = localWorkersByConnection.get(sqlite);
  if (!byName) localWorkersByConnection.set(sqlite, (byName = new Map()));
  let set = byName.get(name);
  if (!set) byName.set(name, (set = new Set()));
  return set;
}

/**
 * The default queue: jobs are rows of `queue_jobs` in the shared SQLite file, so they survive a crash and
 * other processes on the same file (WAL) can add or consume them. Delivery is at least once: a worker
 * claims jobs under a lock that it renews while it runs them; if it dies, the lock expires after the
 * visibility timeout and another worker runs the job again. Completed jobs are deleted.
 */
export class EmbeddedQueue<T extends JobData = JobData> implements JobQueue<T> {
  readonly #s: Statements;
  readonly #commit: GroupCommit;
  readonly #local: Set<LocalWorker>;
  readonly #workers = new Set<EmbeddedWorker<T>>();
  readonly #now: () => number;
  readonly visibilityTimeoutMs: number;
  readonly pollIntervalMs: number;
  readonly logger: Logger;
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(db: Db, readonly name: string, options: EmbeddedQueueOptions = {}) {
    this.#s = statementsFor(db.$client);
    this.#commit = groupCommitFor(db.$client);
    this.#local = localWorkersFor(db.$client, name);
    this.#now = options.clock ?? Date.now;
    this.visibilityTimeoutMs = options.visibilityTimeoutMs ?? DEFAULT_VISIBILITY_TIMEOUT_MS;
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.logger = options.logger ?? silentLogger;
  }

  async add(name: string, data: T, options: AddOptions): Promise<void> {
    await this.addBulk([{ name, data, options }]);
  }

  async addBulk(jobs: readonly { name: string; data: T; options: AddOptions }[]): Promise<void> {
    if (this.#closed) throw queueClosed(this.name);
    const rows = jobs.map((j) => ({ name: j.name, ...prepareJob(j.name, j.data, j.options) }));
    if (rows.length === 0) return;
    const now = this.#now();
    try {
      await this.#commit.run(() => {
        for (const r of rows) {
          this.#s.insert.run({
            queue: this.name, id: r.options.jobId, name: r.name, data: r.json, priority: r.options.priority,
            maxAttempts: r.options.attempts, backoffMs: r.options.backoffMs, runAt: now + r.options.delayMs, now,
          });
        }
      });
    } catch (error) {
      // Locked beyond the busy timeout, disk full, database closed: the caller may retry (job ids make it safe).
      throw new HoldspaceError('QUEUE_UNAVAILABLE', `queue ${this.name}: storing ${rows.length} job(s) failed: ${errorSummary(error)}`, { cause: error });
    }
    for (const worker of this.#local) worker.wake();
  }

  process(handler: JobHandler<T>, options: WorkerOptions = {}): Worker {
    if (this.#closed) throw queueClosed(this.name);
    const worker = new EmbeddedWorker<T>(this.name, this.#s, this.#commit, handler, {
      concurrency: Math.max(1, Math.floor(options.concurrency ?? 1)),
      now: this.#now, visibilityTimeoutMs: this.visibilityTimeoutMs, pollIntervalMs: this.pollIntervalMs,
      logger: this.logger, local: this.#local, onClosed: () => this.#workers.delete(worker),
    });
    this.#workers.add(worker);
    return worker;
  }

  async counts(): Promise<QueueCounts> {
    const row = this.#s.counts.get({ queue: this.name, now: this.#now() }) as QueueCounts;
    return { waiting: row.waiting, active: row.active, delayed: row.delayed, failed: row.failed };
  }

  async drained(timeoutMs = DEFAULT_DRAIN_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.#s.busy.get(this.name) !== undefined) {
      if (Date.now() >= deadline) throw notDrained(this.name, timeoutMs);
      await new Promise((r) => setTimeout(r, DRAIN_POLL_MS));
    }
  }

  /** Stops this queue's workers (letting running jobs finish); the database stays open for its owner. */
  close(): Promise<void> {
    this.#closed = true;
    this.#closing ??= Promise.all([...this.#workers].map((w) => w.close())).then(() => undefined);
    return this.#closing;
  }
}

interface WorkerSettings {
  concurrency: number;
  now: () => number;
  visibilityTimeoutMs: number;
  pollIntervalMs: number;
  logger: Logger;
  local: Set<LocalWorker>;
  onClosed: () => void;
}

class EmbeddedWorker<T extends JobData> implements Worker, LocalWorker {
  readonly #id = randomUUID();
  #claims = 0;
  #running = 0;
  /** Lock tokens of claimed batches still running here, with how many of their jobs are running. */
  readonly #tokens = new Map<string, number>();
  /** Completed jobs not yet deleted: they are deleted with the next claim, in one transaction. */
  #completed: { id: string; token: string }[] = [];
  #stopping = false;
  #closing: Promise<void> | undefined;
  #idle: (() => void) | undefined;
  readonly #poll: NodeJS.Timeout;
  readonly #heartbeat: NodeJS.Timeout;
  #dueTimer: NodeJS.Timeout | undefined;
  #dueAt = Infinity;
  #lastPrune = 0;
  /** A claim is in the committer's batch; a wake meanwhile asks for another one after it. */
  #pumpPending = false;
  #pumpAgain = false;

  constructor(
    readonly queue: string,
    private readonly s: Statements,
    private readonly commit: GroupCommit,
    private readonly handler: JobHandler<T>,
    private readonly settings: WorkerSettings,
  ) {
    settings.local.add(this);
    this.#poll = setInterval(() => this.#tick(), settings.pollIntervalMs);
    this.#heartbeat = setInterval(() => this.renewLocks(), Math.max(10, Math.floor(settings.visibilityTimeoutMs / 3)));
    this.#heartbeat.unref();
    this.#tick();
  }

  /** Periodic work: recover jobs of dead workers, prune old failures, then look for jobs. */
  #tick(): void {
    if (this.#stopping) return;
    for (const worker of this.settings.local) worker.renewLocks();
    const now = this.settings.now();
    try {
      this.s.sqlite.transaction(() => {
        const recovered = this.s.recover.run({ queue: this.queue, now, maxStalled: MAX_STALLED_RECOVERIES }).changes;
        const failed = this.s.failStalled.run({ queue: this.queue, now }).changes;
        if (recovered + failed > 0) this.settings.logger.warn({ queue: this.queue, recovered, failed }, 'jobs of a stopped worker taken back');
        if (now - this.#lastPrune >= PRUNE_INTERVAL_MS) {
          this.#lastPrune = now;
          this.s.pruneAge.run(this.queue, now - FAILED_JOBS_KEPT.ageSeconds * 1000);
          this.s.pruneCount.run({ queue: this.queue, keep: FAILED_JOBS_KEPT.count });
        }
      }).immediate();
    } catch (error) {
      this.settings.logger.error({ queue: this.queue, err: errorSummary(error) }, 'queue maintenance failed; will retry');
    }
    this.#schedulePump();
  }

  #schedulePump(): void {
    if (this.#stopping && this.#completed.length === 0) {
      this.#checkIdle();
      return;
    }
    if (this.#pumpPending) {
      this.#pumpAgain = true;
      return;
    }
    // All slots busy and nothing to record: the next completion pumps.
    if (!this.#stopping && this.#running >= this.settings.concurrency && this.#completed.length === 0) return;
    this.#pumpPending = true;
    const token = `${this.#id}:${++this.#claims}`;
    let completed: { id: string; token: string }[] = [];
    let free = 0;
    // Runs inside the shared transaction: what to delete and how many to claim are read at that moment.
    this.commit.run(() => {
      free = this.#stopping ? 0 : this.settings.concurrency - this.#running;
      completed = this.#completed;
      this.#completed = [];
      for (const c of completed) this.s.complete.run(this.queue, c.id, c.token);
      if (free === 0) return [];
      const now = this.settings.now();
      return this.s.claim.all({ queue: this.queue, now, limit: free, token, lockedUntil: now + this.settings.visibilityTimeoutMs }) as ClaimedRow[];
    }).then((rows) => {
      this.#pumpPending = false;
      this.#started(rows, token, free);
    }, (error: unknown) => {
      // Busy beyond the timeout, or the database went away: keep the completions, try again at the next poll.
      this.#pumpPending = false;
      this.#completed = completed.concat(this.#completed);
      this.settings.logger.error({ queue: this.queue, err: errorSummary(error) }, 'claiming jobs failed; will retry');
      this.#checkIdle();
    });
  }

  #started(rows: ClaimedRow[], token: string, free: number): void {
    if (rows.length > 1) rows.sort((a, b) => a.priority - b.priority || a.runAt - b.runAt || a.seq - b.seq);
    if (rows.length > 0) this.#tokens.set(token, rows.length);
    for (const row of rows) void this.#run(row, token);
    if (free > 0 && rows.length < free) this.#armDueTimer();
    if (this.#pumpAgain || this.#completed.length > 0) {
      this.#pumpAgain = false;
      this.#schedulePump();
    }
    this.#checkIdle();
  }

  /** Sleeps until the next delayed job is due when that comes before the next poll. */
  #armDueTimer(): void {
    const row = this.s.nextDue.get(this.queue) as { at: number | null } | undefined;
    const at = row?.at;
    if (at === null || at === undefined || at >= this.#dueAt) return;
    const wait = at - this.settings.now();
    if (wait >= this.settings.pollIntervalMs) return;
    clearTimeout(this.#dueTimer);
    this.#dueAt = at;
    this.#dueTimer = setTimeout(() => {
      this.#dueAt = Infinity;
      this.#schedulePump();
    }, Math.max(0, wait) + 1);
  }

  async #run(row: ClaimedRow, token: string): Promise<void> {
    this.#running++;
    const job: Job<T> = { id: row.id, name: row.name, data: JSON.parse(row.data) as T, attempt: row.attemptsMade };
    try {
      await this.handler(job);
      this.#completed.push({ id: row.id, token });
    } catch (error) {
      this.#settleFailure(row, token, error);
    } finally {
      this.#running--;
      const left = (this.#tokens.get(token) ?? 1) - 1;
      if (left === 0) this.#tokens.delete(token);
      else this.#tokens.set(token, left);
      this.#schedulePump();
    }
  }

  #settleFailure(row: ClaimedRow, token: string, error: unknown): void {
    const now = this.settings.now();
    const summary = errorSummary(error);
    const final = isUnrecoverable(error) || row.attemptsMade >= row.maxAttempts;
    const log = { queue: this.queue, jobId: row.id, jobName: row.name, attempt: row.attemptsMade, err: summary };
    try {
      if (final) {
        this.s.fail.run({ queue: this.queue, id: row.id, token, now, error: summary });
        this.settings.logger.warn(log, 'job failed');
      } else {
        const runAt = now + backoffDelay(row.backoffMs, row.attemptsMade);
        this.s.retry.run({ queue: this.queue, id: row.id, token, runAt, error: summary });
        this.settings.logger.info(log, 'job will be retried');
      }
    } catch (storeError) {
      // The lock expires and the job runs again: at least once.
      this.settings.logger.error({ ...log, storeErr: errorSummary(storeError) }, 'recording a job failure failed');
    }
  }

  wake(): void {
    this.#schedulePump();
  }

  renewLocks(): void {
    if (this.#tokens.size === 0) return;
    const lockedUntil = this.settings.now() + this.settings.visibilityTimeoutMs;
    try {
      for (const token of this.#tokens.keys()) this.s.renew.run({ queue: this.queue, token, lockedUntil });
    } catch (error) {
      this.settings.logger.error({ queue: this.queue, err: errorSummary(error) }, 'renewing job locks failed');
    }
  }

  #checkIdle(): void {
    if (this.#stopping && this.#running === 0 && this.#completed.length === 0 && !this.#pumpPending) this.#idle?.();
  }

  /** Stops claiming, waits for running jobs to finish and records them. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= new Promise<void>((resolve) => {
      this.#stopping = true;
      clearInterval(this.#poll);
      clearTimeout(this.#dueTimer);
      this.#idle = resolve;
      this.#schedulePump();
      this.#checkIdle();
    }).then(() => {
      // Only now: until its jobs are done, the other workers here renew their locks too.
      this.settings.local.delete(this);
      clearInterval(this.#heartbeat);
      this.settings.onClosed();
    });
    return this.#closing;
  }
}
