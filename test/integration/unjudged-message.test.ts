import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/app/holdspace.ts';
import { MAX_JUDGE_FAILURES } from '../../src/classify/judge-service.ts';
import { KeywordClassifier } from '../../src/classify/keyword-classifier.ts';
import type { Classification, ClassifyInput } from '../../src/core/classifier.ts';
import { GROUP, harness, type Harness } from '../support/holdspace-harness.ts';

let h: Harness;
afterEach(async () => { await h?.close(); });

const POISON = 'zebra-quartz poison 7731';

/** A classifier with a bug that one message always hits. */
class BuggyClassifier extends KeywordClassifier {
  calls = 0;
  override async classify(input: ClassifyInput): Promise<Classification> {
    if (input.message.text.includes('poison')) {
      this.calls++;
      throw new TypeError(`cannot read properties of undefined (reading '${input.message.text}')`);
    }
    return super.classify(input);
  }
}

const row = (h: Harness, platformId: string) => h.hs.db.$client.prepare('select id, version, status, text_enc is not null as hasText, judge_failures as failures from messages where platform_message_id = ?')
  .get(platformId) as { id: number; version: number; status: string; hasText: number; failures: number } | undefined;

describe('a message whose judgement always fails', () => {
  it('GIVEN a message the classifier always fails on, in a burst WHEN the queue runs its jobs THEN after MAX_JUDGE_FAILURES tries its text is deleted unjudged, the review channel is told without the text, and it is not retried again', async () => {
    const classifier = new BuggyClassifier();
    h = await harness({ classifier });
    const ingest = (id: string, text: string) => h.hs.core.ingest({ platform: 'local', groupId: GROUP, channelId: 'general', messageId: id, authorId: 'u1', text, sentAt: h.clock.now() });
    await Promise.all([ingest('ok1', 'an ordinary message'), ingest('bad', POISON)]);
    // The burst's job tries once, the message is re-queued on its own, and its job's tries reach the limit.
    await h.hs.drain(60_000);

    const given = row(h, 'bad')!;
    expect(given).toMatchObject({ status: 'unjudged', hasText: 0, failures: MAX_JUDGE_FAILURES });
    expect(row(h, 'ok1')!.status).toBe('classified');
    expect(classifier.calls).toBe(MAX_JUDGE_FAILURES);
    const notices = h.platform.delivered.map((d) => d.action).filter((a) => a.kind === 'review_notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ reviewChannelId: 'review' });
    expect(JSON.stringify(notices[0])).toContain('could not judge message bad');
    expect(JSON.stringify(notices[0])).not.toContain('zebra');
    expect(h.logs.join('\n')).toContain('gave up judging a message');
    expect(h.logs.join('\n')).not.toContain('zebra-quartz');

    // Not re-queued any more: nothing pending; a job naming it again finds nothing to do.
    expect(h.hs.internals.messages.pending(10)).toEqual([]);
    expect(await h.hs.internals.judge.judgeQueued([{ messageId: given.id, version: 1 }])).toEqual({ failed: [] });
    expect(classifier.calls).toBe(MAX_JUDGE_FAILURES);
    await h.hs.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(h.dir, DB_FILE)).includes('zebra-quartz')).toBe(false);
  });

  it('GIVEN a judgement that fails in the store, not in the classifier WHEN it fails again and again THEN nothing counts towards giving up and the text waits', async () => {
    h = await harness();
    await h.hs.core.ingest({ platform: 'local', groupId: GROUP, channelId: 'general', messageId: 'st1', authorId: 'u1', text: 'an ordinary message', sentAt: h.clock.now() });
    await h.hs.drain();
    h.hs.db.$client.prepare("UPDATE messages SET status = 'pending' WHERE platform_message_id = 'st1'").run();
    const { id } = row(h, 'st1')!;
    h.hs.internals.messages.markClassified = () => { throw new Error('disk I/O error'); };
    for (let i = 0; i < MAX_JUDGE_FAILURES + 2; i++) {
      expect((await h.hs.internals.judge.judgeQueued([{ messageId: id, version: 1 }])).failed).toHaveLength(1);
    }
    expect(row(h, 'st1')).toMatchObject({ status: 'pending', hasText: 1, failures: 0 });
  });

  it('GIVEN a message given up on WHEN the member edits it THEN the new version is judged, its count from 0', async () => {
    h = await harness({ classifier: new BuggyClassifier() });
    await h.hs.core.ingest({ platform: 'local', groupId: GROUP, channelId: 'general', messageId: 'e1', authorId: 'u1', text: POISON, sentAt: h.clock.now() });
    await h.hs.drain(60_000);
    expect(row(h, 'e1')).toMatchObject({ status: 'unjudged', failures: MAX_JUDGE_FAILURES });
    await h.hs.core.ingest({ platform: 'local', groupId: GROUP, channelId: 'general', messageId: 'e1', authorId: 'u1', text: 'fixed my typo', sentAt: h.clock.now(), editedAt: h.clock.now() + 1 });
    await h.hs.drain();
    expect(row(h, 'e1')).toMatchObject({ version: 2, status: 'classified', failures: 0 });
  });

  it('GIVEN a store that refuses the failure count WHEN a judgement fails THEN the message is simply retried, nothing given up', async () => {
    h = await harness({ classifier: new BuggyClassifier() });
    h.hs.internals.messages.noteJudgeFailure = () => { throw new Error('database is locked'); };
    await h.hs.core.ingest({ platform: 'local', groupId: GROUP, channelId: 'general', messageId: 's1', authorId: 'u1', text: POISON, sentAt: h.clock.now() });
    await h.hs.drain(60_000);
    const { id } = row(h, 's1')!;
    for (let i = 0; i < MAX_JUDGE_FAILURES + 2; i++) {
      expect((await h.hs.internals.judge.judgeQueued([{ messageId: id, version: 1 }])).failed).toHaveLength(1);
    }
    expect(row(h, 's1')).toMatchObject({ status: 'pending', hasText: 1 });
    expect(h.logs.join('\n')).toContain('counting failed judgements failed');
  });
});
