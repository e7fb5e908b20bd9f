import type { IngestResult } from '../core/api.ts';
import type { Clock } from '../core/clock.ts';
import { HoldspaceError } from '../core/errors.ts';
import type { IncomingMessage } from '../core/message.ts';
import type { JobQueue } from '../core/queue.ts';
import type { Logger } from '../log/logger.ts';
import type { GroupsRepo } from '../store/groups-repo.ts';
import type { MessagesRepo } from '../store/messages-repo.ts';
import type { SeenEventsRepo } from '../store/seen-events-repo.ts';
import { incomingMessageSchema, MAX_MESSAGE_CHARS } from './incoming-schema.ts';

export const CLASSIFY_JOB = 'classify';

export type ClassifyJobData = { messageId: number; version: number };

export const classifyJobId = (messageId: number, version: number) => `m${messageId}v${version}`;

/**
 * The first step of the flow: check the adapter's message, keep its text (encrypted) in the short-lived
 * context, and queue its id for judgement. The text itself never goes on the queue.
 */
export class IngestService {
  constructor(private readonly deps: {
    groups: GroupsRepo; messages: MessagesRepo; seen: SeenEventsRepo; queue: JobQueue<ClassifyJobData>; clock: Clock; logger: Logger;
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
    if (eventKey !== undefined && !this.deps.seen.firstSight(eventKey, this.deps.clock.now())) {
      return { status: 'duplicate', reason: 'event already delivered' };
    }
    const saved = this.deps.messages.save(m);
    if (saved.status === 'duplicate') return { status: 'duplicate', reason: 'message already received' };
    try {
      await this.deps.queue.add(CLASSIFY_JOB, { messageId: saved.id, version: saved.version }, {
        jobId: classifyJobId(saved.id, saved.version), attempts: 5, backoffMs: 500,
      });
    } catch (error) {
      // The text is kept (pending) and re-queued by the periodic check; the platform may also re-deliver.
      if (eventKey !== undefined) this.deps.seen.forget(eventKey);
      throw error;
    }
    return { status: 'queued' };
  }
}
