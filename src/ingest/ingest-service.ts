import type { IngestResult } from '../core/api.ts';
import type { Clock } from '../core/clock.ts';
import { HoldspaceError } from '../core/errors.ts';
import type { IncomingMessage } from '../core/message.ts';
import { UnrecoverableJobError, type JobQueue } from '../core/queue.ts';
import type { Logger } from '../log/logger.ts';
import type { GroupsRepo } from '../store/groups-repo.ts';
import type { MessagesRepo } from '../store/messages-repo.ts';
import type { SeenEventsRepo } from '../store/seen-events-repo.ts';
import { incomingMessageSchema, MAX_MESSAGE_CHARS } from './incoming-schema.ts';

export const CLASSIFY_JOB = 'classify';

/**
 * One message (`messageId`, `version`), or several stored in one burst (`messages`: "12v1,13v1,…"), so a
 * busy channel costs the queue one job per burst instead of one per message. Ids only, never text.
 */
export type ClassifyJobData = { messageId: number; version: number } | { messages: string };

export interface QueuedMessage { messageId: number; version: number }

export const classifyJobId = (messageId: number, version: number) => `m${messageId}v${version}`;

/** At most this many messages per job: a retried job redoes (idempotently) no more than this. */
export const CLASSIFY_BATCH_MAX = 64;
/** Tries of a classify job (with backoff): also how many failed judgements make a message given up on. */
export const CLASSIFY_ATTEMPTS = 5;
const ATTEMPTS = CLASSIFY_ATTEMPTS;
const BACKOFF_MS = 500;

/**
 * The jobs that judge these messages: one per message when alone, else one per CLASSIFY_BATCH_MAX. A job
 * id names its first message and its size, so adding the same burst twice queues it once.
 */
export function classifyJobs(items: readonly QueuedMessage[]): { name: string; data: ClassifyJobData; options: { jobId: string; attempts: number; backoffMs: number } }[] {
  const jobs = [];
  for (let i = 0; i < items.length; i += CLASSIFY_BATCH_MAX) {
    const part = items.slice(i, i + CLASSIFY_BATCH_MAX);
    const first = part[0]!;
    const data: ClassifyJobData = part.length === 1 ? { messageId: first.messageId, version: first.version }
      : { messages: part.map((m) => `${m.messageId}v${m.version}`).join(',') };
    const jobId = part.length === 1 ? classifyJobId(first.messageId, first.version) : `${classifyJobId(first.messageId, first.version)}n${part.length}`;
    jobs.push({ name: CLASSIFY_JOB, data, options: { jobId, attempts: ATTEMPTS, backoffMs: BACKOFF_MS } });
  }
  return jobs;
}

/** The messages a classify job names; a malformed payload is an UnrecoverableJobError (retrying cannot help). */
export function messagesOfJob(data: ClassifyJobData): QueuedMessage[] {
  if ('messages' in data) {
    const parts = typeof data.messages === 'string' ? data.messages.split(',') : [];
    const out = parts.map((p) => /^(\d{1,15})v(\d{1,9})$/.exec(p)).map((m) => (m ? { messageId: Number(m[1]), version: Number(m[2]) } : null));
    if (out.length === 0 || out.some((m) => m === null)) throw new UnrecoverableJobError('malformed classify job: messages must be "<id>v<version>,…"');
    return out as QueuedMessage[];
  }
  if (!Number.isSafeInteger(data.messageId) || !Number.isSafeInteger(data.version)) throw new UnrecoverableJobError('malformed classify job: messageId and version must be integers');
  return [{ messageId: data.messageId, version: data.version }];
}

type Stored = { status: 'duplicate'; reason: string } | { status: 'saved'; id: number; version: number };

interface Arrival {
  m: IncomingMessage;
  eventKey: string | undefined;
  resolve: (result: IngestResult) => void;
  reject: (error: unknown) => void;
}

/**
 * The first step of the flow: check the adapter's message, keep its text (encrypted) in the short-lived
 * context, and queue its id for judgement. The text itself never goes on the queue.
 *
 * Messages that arrive in the same event-loop turn (a gateway hands over bursts) are stored in one commit
 * and queued as one job; each caller still gets its own answer only once its message is stored and queued.
 */
export class IngestService {
  #arrivals: Arrival[] = [];
  #scheduled = false;

  constructor(private readonly deps: {
    groups: GroupsRepo; messages: MessagesRepo; seen: SeenEventsRepo; queue: JobQueue<ClassifyJobData>; clock: Clock; logger: Logger;
    /** Runs synchronous store writes in one transaction, committed with the other writes of this turn. */
    commit: <T>(work: () => T) => Promise<T>;
  }) {}

  async ingest(raw: IncomingMessage): Promise<IngestResult> {
    const parsed = incomingMessageSchema.safeParse(raw);
    if (!parsed.success) {
      // The issues name fields and rules, never the values, so no text reaches the log.
      const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join(', ');
      this.deps.logger.warn({ fields }, 'rejected a malformed message event');
      throw new HoldspaceError('INVALID_INPUT', `malformed message event (${fields})`);
    }
    const m = parsed.data as IncomingMessage;
    if (m.authorIsBot) return { status: 'ignored', reason: 'bot' };
    const group = this.deps.groups.ensure(m.platform, m.groupId);
    const s = group.settings;
    if (s.reviewChannelId !== null && (m.channelId === s.reviewChannelId || m.threadId === s.reviewChannelId)) {
      return { status: 'ignored', reason: 'review channel' };
    }
    if (s.monitoredChannels.length > 0 && !s.monitoredChannels.includes(m.channelId) && !(m.threadId && s.monitoredChannels.includes(m.threadId))) {
      return { status: 'ignored', reason: 'channel not monitored' };
    }
    if (m.text.trim() === '') return { status: 'ignored', reason: 'no text' };
    if (m.text.length > MAX_MESSAGE_CHARS) {
      this.deps.logger.warn({ groupId: m.groupId, chars: m.text.length }, 'message longer than the limit: judging its first part');
      m.text = m.text.slice(0, MAX_MESSAGE_CHARS);
    }
    const eventKey = m.eventId === undefined ? undefined : `${m.platform}:${m.groupId}:${m.eventId}`;
    return new Promise<IngestResult>((resolve, reject) => {
      this.#arrivals.push({ m, eventKey, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => void this.#flush());
      }
    });
  }

  async #flush(): Promise<void> {
    this.#scheduled = false;
    const batch = this.#arrivals;
    this.#arrivals = [];
    const stored = await this.#store(batch);
    const queued: { arrival: Arrival; id: number; version: number }[] = [];
    stored.forEach((r, i) => {
      const arrival = batch[i]!;
      if (r instanceof Error) arrival.reject(r);
      else if (r.status === 'duplicate') arrival.resolve({ status: 'duplicate', reason: r.reason });
      else {
        // Committed: from here its text may be kept in memory for its judgement.
        this.deps.messages.remember(r.id, r.version, arrival.m);
        queued.push({ arrival, id: r.id, version: r.version });
      }
    });
    if (queued.length === 0) return;
    try {
      await this.deps.queue.addBulk(classifyJobs(queued.map((q) => ({ messageId: q.id, version: q.version }))));
    } catch (error) {
      // The text is kept (pending) and re-queued by the periodic check; the platform may also re-deliver.
      for (const q of queued) {
        if (q.arrival.eventKey !== undefined) this.deps.seen.forget(q.arrival.eventKey);
        q.arrival.reject(error);
      }
      return;
    }
    for (const q of queued) q.arrival.resolve({ status: 'queued' });
  }

  /** Each message in its own savepoint of one shared commit, so one bad message fails alone. */
  async #store(batch: readonly Arrival[]): Promise<(Stored | Error)[]> {
    const now = this.deps.clock.now();
    const settled = await Promise.allSettled(batch.map((a) => this.deps.commit(() => this.#storeOne(a, now))));
    return settled.map((r) => (r.status === 'fulfilled' ? r.value : r.reason instanceof Error ? r.reason : new Error(String(r.reason))));
  }

  #storeOne(a: Arrival, now: number): Stored {
    if (a.eventKey !== undefined && !this.deps.seen.firstSight(a.eventKey, now)) return { status: 'duplicate', reason: 'event already delivered' };
    const saved = this.deps.messages.save(a.m);
    if (saved.status === 'duplicate') return { status: 'duplicate', reason: 'message already received' };
    return { status: 'saved', id: saved.id, version: saved.version };
  }
}
