import type { AddOptions, Job, JobData, JobHandler, JobQueue, QueueCounts, Worker, WorkerOptions } from '../../../src/core/queue.ts';
import {
  backoffDelay, DEFAULT_DRAIN_TIMEOUT_MS, errorSummary, isUnrecoverable, notDrained, prepareJob, queueClosed, type ResolvedAddOptions,
} from '../../../src/queue/job-options.ts';

interface StoredJob {
  seq: number;
  id: string;
  name: string;
  json: string;
  options: ResolvedAddOptions;
  status: 'waiting' | 'active' | 'failed';
  runAt: number;
  attemptsMade: number;
  lastError?: string;
}

/** The jobs of every queue opened on it; share one between two InMemoryQueues to mimic two processes. */
export class InMemoryQueueStore {
  readonly queues = new Map<string, Map<string, StoredJob>>();
  readonly listeners = new Map<string, Set<() => void>>();
  seq = 0;

  jobs(name: string): Map<string, StoredJob> {
    let jobs = this.queues.get(name);
    if (!jobs) this.queues.set(name, (jobs = new Map()));
    return jobs;
  }

  on(name: string): Set<() => void> {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    return set;
  }

  /** Ids of the jobs still held (for "completed jobs are removed" checks). */
  storedIds(name: string): string[] {
    return [...this.jobs(name).keys()].sort();
  }
}

/**
 * An in-memory JobQueue for unit tests of other parts. It satisfies the same contract suite as the real
 * queues (test/contract/queue/queue.contract.ts), without persistence: a crash loses its jobs.
 */
export class InMemoryQueue<T extends JobData = JobData> implements JobQueue<T> {
  readonly #store: InMemoryQueueStore;
  readonly #workers = new Set<InMemoryWorker<T>>();
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(readonly name: string, options: { store?: InMemoryQueueStore } = {}) {
    this.#store = options.store ?? new InMemoryQueueStore();
  }

  get #jobs(): Map<string, StoredJob> {
    return this.#store.jobs(this.name);
  }

  async add(name: string, data: T, options: AddOptions): Promise<void> {
    await this.addBulk([{ name, data, options }]);
  }

  async addBulk(jobs: readonly { name: string; data: T; options: AddOptions }[]): Promise<void> {
    if (this.#closed) throw queueClosed(this.name);
    const prepared = jobs.map((j) => ({ name: j.name, ...prepareJob(j.name, j.data, j.options) }));
    const now = Date.now();
    for (const p of prepared) {
      if (this.#jobs.has(p.options.jobId)) continue;
      this.#jobs.set(p.options.jobId, {
        seq: ++this.#store.seq, id: p.options.jobId, name: p.name, json: p.json, options: p.options,
        status: 'waiting', runAt: now + p.options.delayMs, attemptsMade: 0,
      });
      if (p.options.delayMs > 0) setTimeout(() => this.#notify(), p.options.delayMs + 1);
    }
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#store.on(this.name)) listener();
  }

  process(handler: JobHandler<T>, options: WorkerOptions = {}): Worker {
    if (this.#closed) throw queueClosed(this.name);
    const worker = new InMemoryWorker<T>(this.#jobs, this.#store.on(this.name), handler, Math.max(1, options.concurrency ?? 1), () => this.#notify(), () => this.#workers.delete(worker));
    this.#workers.add(worker);
    return worker;
  }

  async counts(): Promise<QueueCounts> {
    const now = Date.now();
    const c: QueueCounts = { waiting: 0, active: 0, delayed: 0, failed: 0 };
    for (const j of this.#jobs.values()) {
      if (j.status === 'waiting') c[j.runAt > now ? 'delayed' : 'waiting']++;
      else c[j.status]++;
    }
    return c;
  }

  async drained(timeoutMs = DEFAULT_DRAIN_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ([...this.#jobs.values()].some((j) => j.status !== 'failed')) {
      if (Date.now() >= deadline) throw notDrained(this.name, timeoutMs);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  close(): Promise<void> {
    this.#closed = true;
    this.#closing ??= Promise.all([...this.#workers].map((w) => w.close())).then(() => undefined);
    return this.#closing;
  }
}

class InMemoryWorker<T extends JobData> implements Worker {
  #running = 0;
  #stopping = false;
  #closing: Promise<void> | undefined;
  #idle: (() => void) | undefined;
  readonly #wake = () => queueMicrotask(() => this.#pump());

  constructor(
    private readonly jobs: Map<string, StoredJob>,
    private readonly listeners: Set<() => void>,
    private readonly handler: JobHandler<T>,
    private readonly concurrency: number,
    private readonly notify: () => void,
    private readonly onClosed: () => void,
  ) {
    listeners.add(this.#wake);
    this.#wake();
  }

  #pump(): void {
    if (this.#stopping) return;
    const now = Date.now();
    const ready = [...this.jobs.values()]
      .filter((j) => j.status === 'waiting' && j.runAt <= now)
      .sort((a, b) => a.options.priority - b.options.priority || a.runAt - b.runAt || a.seq - b.seq);
    for (const job of ready.slice(0, this.concurrency - this.#running)) void this.#run(job);
  }

  async #run(stored: StoredJob): Promise<void> {
    stored.status = 'active';
    stored.attemptsMade++;
    this.#running++;
    const job: Job<T> = { id: stored.id, name: stored.name, data: JSON.parse(stored.json) as T, attempt: stored.attemptsMade };
    try {
      await this.handler(job);
      this.jobs.delete(stored.id);
    } catch (error) {
      stored.lastError = errorSummary(error);
      if (isUnrecoverable(error) || stored.attemptsMade >= stored.options.attempts) {
        stored.status = 'failed';
      } else {
        const delay = backoffDelay(stored.options.backoffMs, stored.attemptsMade);
        stored.status = 'waiting';
        stored.runAt = Date.now() + delay;
        setTimeout(() => this.notify(), delay + 1);
      }
    } finally {
      this.#running--;
      if (this.#stopping && this.#running === 0) this.#idle?.();
      this.notify();
    }
  }

  close(): Promise<void> {
    this.#closing ??= new Promise<void>((resolve) => {
      this.#stopping = true;
      this.listeners.delete(this.#wake);
      this.#idle = resolve;
      if (this.#running === 0) resolve();
    }).then(() => this.onClosed());
    return this.#closing;
  }
}
