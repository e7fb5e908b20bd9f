import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/message.ts';
import type { AddOptions, JobData, JobQueue } from '../../src/core/queue.ts';
import { HoldspaceError } from '../../src/core/errors.ts';
import { KeywordClassifier } from '../../src/classify/keyword-classifier.ts';
import type { ClassifyInput, Classification } from '../../src/core/classifier.ts';
import { UnrecoverableJobError } from '../../src/core/queue.ts';
import { CLASSIFY_BATCH_MAX, classifyJobs, messagesOfJob, type ClassifyJobData } from '../../src/ingest/ingest-service.ts';
import { InMemoryQueue } from '../fakes/queue/in-memory-queue.ts';
import { GROUP, harness, type Harness } from '../support/holdspace-harness.ts';

let h: Harness;

/** In-memory queues whose ingest queue shows every batch of jobs to `see` first (which may throw, as a dead queue does). */
function watchIngest(see: (jobs: readonly { name: string; data: JobData; options: AddOptions }[]) => void) {
  return (name: string): JobQueue => {
    const queue = new InMemoryQueue(name) as JobQueue;
    const addBulk = queue.addBulk.bind(queue);
    queue.addBulk = async (jobs) => {
      if (name === 'ingest') see(jobs);
      return addBulk(jobs);
    };
    return queue;
  };
}
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
      queueFactory: watchIngest(() => {
        if (down) throw new HoldspaceError('QUEUE_UNAVAILABLE', 'queue down');
      }),
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

/** The keyword classifier, counting what it judged and failing once for texts that contain `fail`. */
class CountingClassifier extends KeywordClassifier {
  readonly judged: string[] = [];
  failed = false;
  override async classify(input: ClassifyInput): Promise<Classification> {
    if (input.message.text.includes('fail') && !this.failed) {
      this.failed = true;
      throw new Error('classifier hiccup');
    }
    this.judged.push(input.message.text);
    return super.classify(input);
  }
}

describe('classify jobs of a burst', () => {
  it('GIVEN a burst WHEN it is queued THEN one job names every message by id and version, and each message is judged once', async () => {
    const added: { id: string; data: ClassifyJobData }[] = [];
    const classifier = new CountingClassifier();
    h = await harness({
      classifier,
      queueFactory: watchIngest((jobs) => { added.push(...jobs.map((j) => ({ id: j.options.jobId, data: j.data as ClassifyJobData }))); }),
    });
    await Promise.all([1, 2, 3, 4].map((i) => h.hs.core.ingest(msg(i))));
    await h.hs.drain();
    expect(added).toHaveLength(1);
    const named = messagesOfJob(added[0]!.data);
    expect(named.map((m) => m.version)).toEqual([1, 1, 1, 1]);
    expect(added[0]!.id).toBe(`m${named[0]!.messageId}v1n4`);
    expect(JSON.stringify(added[0]!.data)).not.toContain('ordinary');
    expect(classifier.judged.sort()).toEqual([1, 2, 3, 4].map((i) => `ordinary message ${i}`));
  });

  it('GIVEN a burst whose job is queued again (a re-queue, a re-delivery) WHEN it runs twice THEN finished messages are skipped, not judged again', async () => {
    const classifier = new CountingClassifier();
    h = await harness({ classifier });
    await Promise.all([1, 2, 3].map((i) => h.hs.core.ingest(msg(i))));
    await h.hs.drain();
    const ids = h.hs.db.$client.prepare('select id from messages order by id').pluck().all() as number[];
    await h.hs.internals.ingestQueue.addBulk(classifyJobs(ids.map((id) => ({ messageId: id, version: 1 }))));
    await h.hs.drain();
    expect(classifier.judged).toHaveLength(3);
  });

  it('GIVEN one message of a burst whose judgement fails WHEN the job runs THEN the rest are done and that one is queued again on its own and judged', async () => {
    const classifier = new CountingClassifier();
    const added: string[] = [];
    h = await harness({
      classifier,
      queueFactory: watchIngest((jobs) => { added.push(...jobs.map((j) => j.options.jobId)); }),
    });
    await Promise.all([h.hs.core.ingest(msg(1)), h.hs.core.ingest(msg(2, { text: 'this one will fail once' })), h.hs.core.ingest(msg(3))]);
    await h.hs.drain();
    expect(classifier.failed).toBe(true);
    const ids = h.hs.db.$client.prepare('select id from messages order by id').pluck().all() as number[];
    expect(added).toEqual([`m${ids[0]}v1n3`, `m${ids[1]}v1`]);
    expect(classifier.judged.sort()).toEqual(['ordinary message 1', 'ordinary message 3', 'this one will fail once']);
    expect(h.hs.db.$client.prepare("select count(*) n from messages where status = 'pending'").get()).toEqual({ n: 0 });
    expect(h.hs.db.$client.prepare('select count(*) n from message_scores').get()).toEqual({ n: 3 });
  });

  it('GIVEN a burst whose read at once fails WHEN the job runs THEN each message is read and judged on its own, and the failure is logged', async () => {
    const classifier = new CountingClassifier();
    h = await harness({ classifier });
    h.hs.internals.messages.getMany = () => { throw new Error('disk I/O error'); };
    await Promise.all([1, 2, 3].map((i) => h.hs.core.ingest(msg(i))));
    await h.hs.drain();
    expect(classifier.judged).toHaveLength(3);
    expect(h.logs.some((l) => l.includes('judging its messages one by one'))).toBe(true);
  });

  it('GIVEN a burst with a crisis and a message whose judgement is slow WHEN judged THEN the crisis alert goes out without waiting for the burst', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => { release = r; });
    class SlowClassifier extends KeywordClassifier {
      override async classify(input: ClassifyInput): Promise<Classification> {
        if (input.message.text.includes('slow')) await slow;
        return super.classify(input);
      }
    }
    h = await harness({ classifier: new SlowClassifier() });
    await Promise.all([h.hs.core.ingest(msg(1, { text: 'a slow one' })), h.hs.core.ingest(msg(2, { text: 'the pills in front of me, i want to end it tonight' }))]);
    const deadline = Date.now() + 5000;
    while (!h.platform.delivered.some((d) => d.action.kind === 'crisis_alert') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const before = h.platform.delivered.map((d) => d.action.kind);
    release();
    await h.hs.drain();
    expect(before).toContain('crisis_alert');
    expect(h.hs.db.$client.prepare("select count(*) n from messages where status = 'pending'").get()).toEqual({ n: 0 });
  });

  it('GIVEN the same message in two jobs running at once in one process WHEN both run THEN it is judged once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const judged: string[] = [];
    class GatedClassifier extends KeywordClassifier {
      override async classify(input: ClassifyInput): Promise<Classification> {
        judged.push(input.message.text);
        await gate;
        return super.classify(input);
      }
    }
    h = await harness({ classifier: new GatedClassifier() });
    await Promise.all([h.hs.core.ingest(msg(1)), h.hs.core.ingest(msg(2))]);
    const deadline = Date.now() + 5000;
    while (judged.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const ids = h.hs.db.$client.prepare('select id from messages order by id').pluck().all() as number[];
    // A second job for the same burst while the first is still judging it.
    await h.hs.internals.ingestQueue.addBulk([{ ...classifyJobs(ids.map((id) => ({ messageId: id, version: 1 })))[0]!, options: { jobId: 'again', attempts: 1 } }]);
    await new Promise((r) => setTimeout(r, 200));
    release();
    await h.hs.drain();
    expect(judged.sort()).toEqual(['ordinary message 1', 'ordinary message 2']);
  });

  it('GIVEN more messages than one job takes WHEN queued THEN they are split into jobs of at most CLASSIFY_BATCH_MAX; a malformed job payload fails for good', () => {
    const items = Array.from({ length: CLASSIFY_BATCH_MAX * 2 + 1 }, (_, i) => ({ messageId: i + 1, version: 1 }));
    const jobs = classifyJobs(items);
    expect(jobs.map((j) => messagesOfJob(j.data).length)).toEqual([CLASSIFY_BATCH_MAX, CLASSIFY_BATCH_MAX, 1]);
    expect(jobs.flatMap((j) => messagesOfJob(j.data))).toEqual(items);
    expect(jobs[2]!.data).toEqual({ messageId: items.at(-1)!.messageId, version: 1 });
    for (const bad of [{ messages: '' }, { messages: '12v1,x' }, { messages: '12' }, { messageId: 1.5, version: 1 }] as ClassifyJobData[]) {
      expect(() => messagesOfJob(bad)).toThrow(UnrecoverableJobError);
    }
  });
});
