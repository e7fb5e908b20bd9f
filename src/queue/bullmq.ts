import { Queue, UnrecoverableError, Worker as BullWorker, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { HoldspaceError } from '../core/errors.ts';
import type { AddOptions, JobData, JobHandler, JobQueue, QueueCounts, Worker, WorkerOptions } from '../core/queue.ts';
import { silentLogger, type Logger } from '../log/logger.ts';
import {
  DEFAULT_DRAIN_TIMEOUT_MS, DEFAULT_VISIBILITY_TIMEOUT_MS, errorSummary, FAILED_JOBS_KEPT, SummarisedError, isUnrecoverable, MAX_STALLED_RECOVERIES,
  notDrained, prepareJob, queueClosed,
} from './job-options.ts';

export interface BullmqQueueOptions {
  redisUrl: string;
  name: string;
  /** Key prefix in Redis (BullMQ's `prefix`), so several deployments or tests can share one Redis. */
  prefix?: string | undefined;
  logger?: Logger | undefined;
  /** BullMQ lockDuration and stalledInterval: how soon the job of a dead worker runs again. */
  visibilityTimeoutMs?: number | undefined;
  /** How long add(), counts() and close() wait for Redis before failing with QUEUE_UNAVAILABLE. */
  commandTimeoutMs?: number | undefined;
}

export const DEFAULT_PREFIX = 'holdspace';
export const DEFAULT_COMMAND_TIMEOUT_MS = 3000;
const CONNECT_TIMEOUT_MS = 2000;
const DRAIN_POLL_MS = 25;
const STATUS_POLL_MS = 50;
/** A dead Redis makes ioredis report every reconnect attempt; the log gets one line per this interval. */
const ERROR_LOG_INTERVAL_MS = 10_000;
/** The events stream keeps ids and states only; bounded all the same. */
const EVENTS_MAX_LEN = 1000;

/** Finished jobs are removed (STYLE habit 7): completed at once, failed ones kept bounded for inspection. */
const KEEP: Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail' | 'stackTraceLimit'> = {
  removeOnComplete: true,
  removeOnFail: { age: FAILED_JOBS_KEPT.ageSeconds, count: FAILED_JOBS_KEPT.count },
  stackTraceLimit: 1,
};

/** ioredis options from a redis:// or rediss:// URL. */
export function connectionFromUrl(redisUrl: string): { host: string; port: number; username?: string; password?: string; db?: number; tls?: object } {
  let url: URL;
  try {
    url = new URL(redisUrl);
  } catch (error) {
    throw new HoldspaceError('CONFIG_INVALID', 'REDIS_URL is not a URL', { cause: error });
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new HoldspaceError('CONFIG_INVALID', 'REDIS_URL must start with redis:// or rediss://');
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  return {
    host: url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(db !== undefined && Number.isInteger(db) ? { db } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * The queue on Redis (when REDIS_URL is set). BullMQ does the work; this class maps the port onto it and
 * keeps Redis failures from hanging or crashing the process: the producer connection has no offline queue
 * and every call is bounded by a timeout, so a dead Redis gives QUEUE_UNAVAILABLE at once; workers keep
 * reconnecting on their own connections (maxRetriesPerRequest null, as BullMQ requires).
 */
export class BullmqQueue<T extends JobData = JobData> implements JobQueue<T> {
  readonly name: string;
  readonly prefix: string;
  readonly #queue: Queue;
  readonly #connection: ReturnType<typeof connectionFromUrl>;
  readonly #where: string;
  readonly #logger: Logger;
  readonly #visibilityTimeoutMs: number;
  readonly #timeoutMs: number;
  /** Each worker with its closing, once close() was called. */
  readonly #workers = new Map<BullWorker, Promise<void> | undefined>();
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(options: BullmqQueueOptions) {
    this.name = options.name;
    this.prefix = options.prefix ?? DEFAULT_PREFIX;
    this.#logger = options.logger ?? silentLogger;
    this.#visibilityTimeoutMs = options.visibilityTimeoutMs ?? DEFAULT_VISIBILITY_TIMEOUT_MS;
    this.#timeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    this.#connection = connectionFromUrl(options.redisUrl);
    // Host and port only: the URL may hold a password.
    this.#where = `${this.#connection.host}:${this.#connection.port}`;
    const producer: ConnectionOptions = { ...this.#connection, enableOfflineQueue: false, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 1 };
    this.#queue = new Queue(this.name, { connection: producer, prefix: this.prefix, defaultJobOptions: KEEP, streams: { events: { maxLen: EVENTS_MAX_LEN } } });
    this.#queue.on('error', this.#errorLogger('queue'));
  }

  #errorLogger(role: string): (error: unknown) => void {
    let last = 0;
    return (error) => {
      const now = Date.now();
      if (now - last < ERROR_LOG_INTERVAL_MS) return;
      last = now;
      this.#logger.error({ queue: this.name, role, redis: this.#where, err: errorSummary(error) }, 'Redis connection error (reconnecting)');
    };
  }

  /** Runs one Redis call for the producer side: fails at once when Redis is known to be down, else within the timeout. */
  async #call<R>(what: string, op: () => Promise<R>): Promise<R> {
    if (this.#closed) throw queueClosed(this.name);
    const unavailable = (detail: string, cause?: unknown) =>
      new HoldspaceError('QUEUE_UNAVAILABLE', `Redis at ${this.#where} unavailable for ${what} on queue ${this.name}: ${detail}`, { cause });
    if (this.#isDown()) throw unavailable('not connected (reconnecting)');
    let timer: NodeJS.Timeout | undefined;
    const pending = op();
    // The op may settle after the timeout; its late failure is already reported as this one.
    pending.catch(() => {});
    try {
      return await Promise.race([
        pending,
        new Promise<never>((_, reject) => {
          const deadline = Date.now() + this.#timeoutMs;
          const check = () => {
            if (this.#isDown()) reject(unavailable('connection refused or lost'));
            else if (Date.now() >= deadline) reject(unavailable(`no answer within ${this.#timeoutMs} ms`));
            else timer = setTimeout(check, STATUS_POLL_MS);
          };
          timer = setTimeout(check, STATUS_POLL_MS);
        }),
      ]);
    } catch (error) {
      if (error instanceof HoldspaceError) throw error;
      throw unavailable(errorSummary(error), error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** True once the producer connection has failed and is reconnecting (ioredis status). */
  #isDown(): boolean {
    const status = (this.#queue as unknown as { connection?: { _client?: { status?: string } } }).connection?._client?.status;
    return status === 'reconnecting' || status === 'end' || status === 'close';
  }

  async add(name: string, data: T, options: AddOptions): Promise<void> {
    await this.addBulk([{ name, data, options }]);
  }

  async addBulk(jobs: readonly { name: string; data: T; options: AddOptions }[]): Promise<void> {
    if (this.#closed) throw queueClosed(this.name);
    const prepared = jobs.map((j) => {
      const p = prepareJob(j.name, j.data, j.options);
      const opts: JobsOptions = {
        ...KEEP, jobId: p.options.jobId, priority: p.options.priority, attempts: p.options.attempts,
        backoff: { type: 'exponential', delay: p.options.backoffMs },
        ...(p.options.delayMs > 0 ? { delay: p.options.delayMs } : {}),
      };
      return { name: j.name, data: JSON.parse(p.json) as T, opts };
    });
    if (prepared.length === 0) return;
    await this.#call('add', async () => {
      if (prepared.length === 1) await this.#queue.add(prepared[0]!.name, prepared[0]!.data, prepared[0]!.opts);
      else await this.#queue.addBulk(prepared);
    });
  }

  process(handler: JobHandler<T>, options: WorkerOptions = {}): Worker {
    if (this.#closed) throw queueClosed(this.name);
    const worker = new BullWorker(this.name, async (job) => {
      try {
        // attemptsStarted counts a try cut short by a dead worker too, as the embedded queue does.
        await handler({ id: job.id as string, name: job.name, data: job.data as T, attempt: job.attemptsStarted });
      } catch (error) {
        // Only a summary reaches Redis (failedReason), never a stack of the handler's internals.
        if (isUnrecoverable(error)) throw new UnrecoverableError(errorSummary(error));
        throw new SummarisedError(errorSummary(error));
      }
    }, {
      connection: { ...this.#connection, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: null },
      prefix: this.prefix,
      concurrency: Math.max(1, Math.floor(options.concurrency ?? 1)),
      lockDuration: this.#visibilityTimeoutMs,
      stalledInterval: this.#visibilityTimeoutMs,
      maxStalledCount: MAX_STALLED_RECOVERIES,
      removeOnComplete: { count: 0 },
      removeOnFail: { age: FAILED_JOBS_KEPT.ageSeconds, count: FAILED_JOBS_KEPT.count },
    });
    worker.on('error', this.#errorLogger('worker'));
    worker.on('stalled', (jobId) => this.#logger.warn({ queue: this.name, jobId }, 'job of a stopped worker taken back'));
    worker.on('failed', (job, error) => {
      if (!job) return;
      const log = { queue: this.name, jobId: job.id, jobName: job.name, attempt: job.attemptsStarted, err: errorSummary(error) };
      if (job.finishedOn) this.#logger.warn(log, 'job failed');
      else this.#logger.info(log, 'job will be retried');
    });
    this.#workers.set(worker, undefined);
    return { close: () => this.#closeWorker(worker) };
  }

  #closeWorker(worker: BullWorker): Promise<void> {
    let closing = this.#workers.get(worker);
    if (!closing) this.#workers.set(worker, (closing = this.#stopWorker(worker)));
    return closing;
  }

  async #stopWorker(worker: BullWorker): Promise<void> {
    // Lets running jobs finish; a worker that cannot reach Redis is closed by force instead of waited for.
    const connected = await Promise.race([worker.waitUntilReady().then(() => true, () => false), new Promise<boolean>((r) => setTimeout(() => r(false), 50))]);
    await this.#bounded('closing a worker', worker.close(!connected));
    absorbLateErrors(worker);
  }

  async counts(): Promise<QueueCounts> {
    const c = await this.#call('counts', () => this.#queue.getJobCounts('wait', 'paused', 'prioritized', 'waiting-children', 'active', 'delayed', 'failed'));
    const n = (k: string) => c[k] ?? 0;
    return { waiting: n('wait') + n('paused') + n('prioritized') + n('waiting-children'), active: n('active'), delayed: n('delayed'), failed: n('failed') };
  }

  async drained(timeoutMs = DEFAULT_DRAIN_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const c = await this.counts();
      if (c.waiting + c.active + c.delayed === 0) return;
      if (Date.now() >= deadline) throw notDrained(this.name, timeoutMs);
      await new Promise((r) => setTimeout(r, DRAIN_POLL_MS));
    }
  }

  /** Closes the workers (running jobs finish) and the connections. Idempotent. */
  close(): Promise<void> {
    this.#closed = true;
    this.#closing ??= (async () => {
      await Promise.all([...this.#workers.keys()].map((w) => this.#closeWorker(w)));
      await this.#bounded('closing the queue', this.#queue.close());
      absorbLateErrors(this.#queue);
    })();
    return this.#closing;
  }

  /** Waits for a closing step at most the command timeout; a dead Redis must not hold up a shutdown. */
  async #bounded(what: string, step: Promise<unknown>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([step, new Promise((r) => { timer = setTimeout(r, this.#timeoutMs); })]);
    } catch (error) {
      this.#logger.warn({ queue: this.name, err: errorSummary(error) }, `${what} failed`);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * BullMQ drops every listener of a closed connection, but a connection closed while it was still
 * connecting reports its failed start afterwards, as an 'error' that nobody listens to (which would crash
 * the process). A no-op listener takes it.
 */
function absorbLateErrors(owner: Queue | BullWorker): void {
  for (const key of ['connection', 'blockingConnection']) {
    const connection = (owner as unknown as Record<string, { on?: (event: string, listener: () => void) => void } | undefined>)[key];
    connection?.on?.('error', () => {});
  }
}
