import { afterEach, describe, expect, it } from 'vitest';
import { GROUP, harness, THERAPIST, type Harness } from '../support/holdspace-harness.ts';
import { createHoldspace } from '../../src/app/holdspace.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage } from '../../src/core/message.ts';
import { LocalPlatform } from '../../adapters/local/index.ts';

let h: Harness;
afterEach(async () => { await h?.close(); });

const base = (over: Partial<IncomingMessage>): IncomingMessage => ({
  platform: 'local', groupId: GROUP, channelId: 'general', messageId: `b${Math.random()}`, authorId: 'u1', text: 'hi', sentAt: Date.now(), ...over,
});

describe('bad input', () => {
  it('GIVEN malformed events WHEN ingested THEN each gets a clear INVALID_INPUT error, is logged without its text, and the pipeline keeps working', async () => {
    h = await harness();
    const bad: unknown[] = [null, {}, { ...base({}), platform: 'myspace' }, { ...base({}), text: 42 }, { ...base({}), sentAt: -5 }, { ...base({}), messageId: '' }];
    for (const event of bad) {
      await expect(h.hs.core.ingest(event as IncomingMessage)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    expect(h.logs.some((l) => l.includes('rejected a malformed message event'))).toBe(true);
    await h.say('u1', 'hello');
    await h.say('u2', 'just get over it');
    expect(await h.hs.core.review.list(GROUP, THERAPIST)).toHaveLength(1);
  });

  it('GIVEN an empty message WHEN ingested THEN it is ignored with a reason', async () => {
    h = await harness();
    expect(await h.hs.core.ingest(base({ text: '   ' }))).toEqual({ status: 'ignored', reason: 'no text' });
  });

  it('GIVEN 100 kB of text and odd Unicode WHEN judged THEN they are judged like any message and nothing crashes', async () => {
    h = await harness();
    const huge = 'words and more words '.repeat(5000) + ' just get over it';
    await h.say('u1', 'hello');
    await h.say('u2', huge.slice(0, 100_000));
    await h.say('u3', 'zero\u200bwidth \u202eoverride\u202c 😀👩‍👩‍👧 \ud800 lone surrogate');
    await h.say('u4', 'just get over it 🙄');
    const scored = h.hs.db.$client.prepare('select count(*) n from message_scores').get() as { n: number };
    expect(scored.n).toBe(4);
    expect((await h.hs.core.review.list(GROUP, THERAPIST)).map((c) => c.authorId)).toContain('u4');
  });

  it('GIVEN a dead Redis at start WHEN a message arrives THEN ingest fails with a clear QUEUE_UNAVAILABLE error, the message is kept, and it is judged once Redis is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdspace-deadredis-'));
    try {
      const hs = await createHoldspace({ dataDir: dir, logger: silentLogger, sweepEveryMs: null, env: { REDIS_URL: 'redis://127.0.0.1:1' } });
      await hs.core.ensureGroup('local', GROUP);
      await expect(hs.core.ingest(base({ messageId: 'kept', text: 'just get over it' }))).rejects.toMatchObject({ code: 'QUEUE_UNAVAILABLE' });
      await hs.stop();
      // The same data folder on the embedded queue: start() re-queues what was kept.
      const again = await createHoldspace({ dataDir: dir, logger: silentLogger, sweepEveryMs: null, env: { REDIS_URL: undefined } });
      const platform = new LocalPlatform();
      again.registerPlatform(platform);
      await again.start();
      await again.drain();
      const n = again.db.$client.prepare('select count(*) n from message_scores').get() as { n: number };
      expect(n.n).toBe(1);
      expect(platform.delivered.map((d) => d.action.kind)).toEqual(['review_card']);
      await again.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
