/**
 * The queue port. Jobs carry ids, never message text. Two implementations share one contract suite:
 * the embedded durable queue (SQLite) and BullMQ (Redis).
 */
export type JobData = Record<string, string | number | boolean | null>;

export interface AddOptions {
  /**
   * Idempotent: adding a job whose id is waiting, delayed, active or kept as failed is a no-op. A completed
   * job is deleted at once, so its id is free again.
   */
  jobId: string;
  /** Lower runs first (as in BullMQ), 1 and up; unset means 5. Crisis work uses 1. */
  priority?: number | undefined;
  delayMs?: number | undefined;
  /** Total tries including the first. */
  attempts?: number | undefined;
  /** Base delay of the exponential backoff between tries. */
  backoffMs?: number | undefined;
}

export interface Job<T extends JobData = JobData> {
  id: string;
  name: string;
  data: T;
  /** 1 on the first try. */
  attempt: number;
}

export type JobHandler<T extends JobData = JobData> = (job: Job<T>) => Promise<void>;

export interface WorkerOptions {
  concurrency?: number | undefined;
}

export interface Worker {
  close(): Promise<void>;
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

export interface JobQueue<T extends JobData = JobData> {
  readonly name: string;
  add(name: string, data: T, options: AddOptions): Promise<void>;
  addBulk(jobs: readonly { name: string; data: T; options: AddOptions }[]): Promise<void>;
  /** Start consuming. A handler that throws `UnrecoverableJobError` fails the job at once. */
  process(handler: JobHandler<T>, options?: WorkerOptions): Worker;
  counts(): Promise<QueueCounts>;
  /** Waits until nothing is waiting, delayed or active (tests, demo, bench). */
  drained(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Fails the job without further tries (bad LLM output, a malformed payload). */
export class UnrecoverableJobError extends Error {
  override readonly name = 'UnrecoverableJobError';
}
