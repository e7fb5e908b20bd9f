import { HoldspaceError } from '../core/errors.ts';
import { UnrecoverableJobError, type AddOptions, type JobData } from '../core/queue.ts';

/**
 * Defaults and limits shared by every JobQueue implementation, so the embedded queue, BullMQ and the fake
 * behave alike under the one contract suite (test/contract/queue/queue.contract.ts).
 */

/** Omitted priority: after crisis work (1), as BullMQ's 0 ("no priority") would run before everything. */
export const DEFAULT_PRIORITY = 5;
/** BullMQ's upper bound for a priority. */
export const MAX_PRIORITY = 2_097_151;
/** One try unless the caller asks for more (as BullMQ). */
export const DEFAULT_ATTEMPTS = 1;
export const DEFAULT_BACKOFF_MS = 1000;
/** How long a claimed job stays invisible to other workers without a heartbeat (embedded; BullMQ lockDuration). */
export const DEFAULT_VISIBILITY_TIMEOUT_MS = 30_000;
/**
 * A job whose worker died is re-run, even when its tries are used up, but not forever: a job that kills
 * its worker every time is failed after this many recoveries (BullMQ maxStalledCount).
 */
export const MAX_STALLED_RECOVERIES = 2;
/** Jobs carry ids, never message text: serialized data above this size is refused. */
export const MAX_JOB_DATA_BYTES = 4096;

/**
 * Retention of failed jobs (STYLE habit 7): kept for inspection at most this long and at most this many
 * per queue, then deleted. Completed jobs are deleted at once. Their data holds ids only.
 */
export const FAILED_JOBS_KEPT = { ageSeconds: 7 * 24 * 3600, count: 1000 } as const;
/** How much of an error is kept with a failed job (its name, code and the start of its message). */
export const MAX_ERROR_CHARS = 200;

export interface ResolvedAddOptions {
  jobId: string;
  priority: number;
  delayMs: number;
  attempts: number;
  backoffMs: number;
}

const invalid = (message: string): HoldspaceError => new HoldspaceError('INVALID_INPUT', message, { retryable: false });

/** Validates a job before it is stored; returns its serialized data and the options with defaults. */
export function prepareJob(name: string, data: JobData, options: AddOptions): { json: string; options: ResolvedAddOptions } {
  if (typeof name !== 'string' || name === '') throw invalid('job name must be a non-empty string');
  if (typeof options?.jobId !== 'string' || options.jobId === '' || options.jobId.length > 256) {
    throw invalid('jobId must be a string of 1 to 256 characters');
  }
  // BullMQ reads a purely numeric custom id as its own counter id; a colon would split its Redis keys.
  if (/^\d+$/.test(options.jobId) || options.jobId.includes(':')) throw invalid('jobId must not be all digits nor contain ":"');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw invalid('job data must be a flat object');
  for (const [key, value] of Object.entries(data)) {
    const ok = value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!ok) throw invalid(`job data field "${key}" must be a string, a finite number, a boolean or null`);
  }
  const json = JSON.stringify(data);
  if (Buffer.byteLength(json) > MAX_JOB_DATA_BYTES) throw invalid(`job data over ${MAX_JOB_DATA_BYTES} bytes: jobs carry ids, not text`);
  const priority = options.priority ?? DEFAULT_PRIORITY;
  if (!Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) throw invalid(`priority must be an integer from 0 to ${MAX_PRIORITY}`);
  const delayMs = options.delayMs ?? 0;
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  if (!Number.isFinite(delayMs) || delayMs < 0) throw invalid('delayMs must be a finite number ≥ 0');
  if (!Number.isInteger(attempts) || attempts < 1) throw invalid('attempts must be an integer ≥ 1');
  if (!Number.isFinite(backoffMs) || backoffMs < 0) throw invalid('backoffMs must be a finite number ≥ 0');
  return { json, options: { jobId: options.jobId, priority, delayMs: Math.round(delayMs), attempts, backoffMs: Math.round(backoffMs) } };
}

/** The delay before try `attempt + 1` after try `attempt` failed (BullMQ's exponential backoff). */
export const backoffDelay = (backoffMs: number, attempt: number): number => backoffMs * 2 ** (attempt - 1);

export const isUnrecoverable = (error: unknown): boolean =>
  error instanceof UnrecoverableJobError || (error instanceof Error && (error.name === 'UnrecoverableJobError' || error.name === 'UnrecoverableError'));

/**
 * What is kept of a handler's error, in logs and with a failed job: never a stack, never more than
 * MAX_ERROR_CHARS, and a message only when it is Holdspace's own (written never to hold message text), an
 * operating system's (errno/syscall: ECONNREFUSED 127.0.0.1:6379) or SQLite's (SQLITE_BUSY). Any other error's
 * message may quote what the handler was given: a TypeError from a classifier bug that prints its input, and
 * Node's own coded errors too (ERR_ASSERTION, ERR_INVALID_ARG_VALUE print the value), so only its name and
 * code are kept.
 */
export function errorSummary(error: unknown): string {
  if (error instanceof SummarisedError) return error.message;
  if (!(error instanceof Error)) return 'non-error thrown';
  const { code, errno, syscall } = error as { code?: unknown; errno?: unknown; syscall?: unknown };
  const head = typeof code === 'string' ? `${error.name} ${code}` : error.name;
  const system = typeof code === 'string' && (errno !== undefined || syscall !== undefined || code.startsWith('SQLITE_'));
  const safe = system || error instanceof HoldspaceError || isUnrecoverable(error);
  return `${head}: ${safe ? error.message : '(message withheld: it may quote message text)'}`.slice(0, MAX_ERROR_CHARS);
}

/** An error whose message is already an `errorSummary` (what a queue rethrows for its backend to store). */
export class SummarisedError extends Error {
  override readonly name = 'SummarisedError';
}

export const queueClosed = (name: string): HoldspaceError => new HoldspaceError('QUEUE_UNAVAILABLE', `queue ${name} is closed`);

export const notDrained = (name: string, timeoutMs: number): HoldspaceError =>
  new HoldspaceError('INTERNAL', `queue ${name} still had work after ${timeoutMs} ms`);

export const DEFAULT_DRAIN_TIMEOUT_MS = 30_000;
