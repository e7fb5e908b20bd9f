import { describe, expect, it } from 'vitest';
import { HoldspaceError } from '../../../src/core/errors.ts';
import { BullmqQueue } from '../../../src/queue/bullmq.ts';

// Nothing listens on port 1 of the loopback interface.
const DEAD_REDIS = 'redis://127.0.0.1:1';

describe('BullmqQueue against a Redis that is not there', () => {
  it('GIVEN no Redis WHEN add() is called THEN it fails with QUEUE_UNAVAILABLE instead of hanging, again and again', async () => {
    const queue = new BullmqQueue({ redisUrl: DEAD_REDIS, name: 'dead', prefix: 'hs-dead', commandTimeoutMs: 1000 });
    try {
      for (let i = 0; i < 3; i++) {
        const error = await queue.add('classify', { messageId: i }, { jobId: `m${i}` }).then(() => null, (e: unknown) => e);
        expect(error).toBeInstanceOf(HoldspaceError);
        expect((error as HoldspaceError).code).toBe('QUEUE_UNAVAILABLE');
        expect((error as HoldspaceError).retryable).toBe(true);
        expect((error as HoldspaceError).message).toContain('127.0.0.1:1');
      }
      const counted = await queue.counts().then(() => null, (e: unknown) => e);
      expect((counted as HoldspaceError).code).toBe('QUEUE_UNAVAILABLE');
    } finally {
      await queue.close();
    }
  });

  it('GIVEN no Redis WHEN a worker is started and closed THEN nothing throws and the process keeps running', async () => {
    const errors: string[] = [];
    const logger = { error: (o: { err?: string }) => errors.push(String(o.err)), warn: () => {}, info: () => {}, debug: () => {} };
    const queue = new BullmqQueue({ redisUrl: DEAD_REDIS, name: 'dead-worker', prefix: 'hs-dead', commandTimeoutMs: 500, logger: logger as never });
    const worker = queue.process(async () => {});
    await new Promise((r) => setTimeout(r, 1500));
    await worker.close();
    await queue.close();
    await queue.close();
    expect(errors.length).toBeGreaterThan(0);
  });

  it('GIVEN a malformed REDIS_URL WHEN the queue is built THEN it fails with CONFIG_INVALID', () => {
    expect(() => new BullmqQueue({ redisUrl: 'http://127.0.0.1:6379', name: 'x' })).toThrow(HoldspaceError);
  });
});
