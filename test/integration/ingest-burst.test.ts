import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/message.ts';
import type { JobQueue } from '../../src/core/queue.ts';
import { HoldspaceError } from '../../src/core/errors.ts';
import { InMemoryQueue } from '../fakes/queue/in-memory-queue.ts';
import { GROUP, harness, type Harness } from '../support/holdspace-harness.ts';

let h: Harness;
afterEach(async () => { await h?.close(); });

const at = Date.now();
const msg = (i: number, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
  platform: 'local', groupId: GROUP, channelId: 'general', messageId: `burst${i}`, authorId: `u${i % 4}`, text: `ordinary message ${i}`, sentAt: at + i, ...extra,
});

describe('ingest of a burst (one commit, one queue call per event-loop turn)', () => {
  it('GIVEN messages handed over together, one of them twice and one a re-delivered event WHEN ingested THEN each caller gets its own answer and every new message is judged once', async () => {
    h = await harness();
    const results = await Promise.all([
      h.hs.core.ingest(msg(1, { eventId: 'e1' })),
      h.hs.core.ingest(msg(2)),
      h.hs.core.ingest(msg(2)),
      h.hs.core.ingest(msg(3, { eventId: 'e1' })),
      h.hs.core.ingest(msg(4, { authorIsBot: true })),
      h.hs.core.ingest(msg(5)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['queued', 'queued', 'duplicate', 'duplicate', 'ignored', 'queued']);
    await h.hs.drain();
    const scored = h.hs.db.$client.prepare('select count(*) n from message_scores').get() as { n: number };
    expect(scored.n).toBe(3);
  });

  it('GIVEN a queue that refuses jobs WHEN a burst arrives THEN every caller of it gets the error, the messages stay stored and their delivery ids are forgotten', async () => {
    let down = true;
    h = await harness({
      queueFactory: (name) => {
        const queue = new InMemoryQueue(name) as JobQueue;
        const addBulk = queue.addBulk.bind(queue);
        queue.addBulk = async (jobs) => {
          if (down && name === 'ingest') throw new HoldspaceError('QUEUE_UNAVAILABLE', 'queue down');
          return addBulk(jobs);
        };
        return queue;
      },
    });
    const results = await Promise.allSettled([1, 2, 3].map((i) => h.hs.core.ingest(msg(i, { eventId: `d${i}` }))));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    const pending = h.hs.db.$client.prepare("select count(*) n from messages where status = 'pending'").get() as { n: number };
    expect(pending.n).toBe(3);
    down = false;
    // The platform re-delivers: the event is let through, the message itself is known already.
    expect((await h.hs.core.ingest(msg(1, { eventId: 'd1' }))).status).toBe('duplicate');
    expect(h.hs.db.$client.prepare('select count(*) n from seen_events').get()).toEqual({ n: 1 });
  });
});
