import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HoldspaceError } from '../../../src/core/errors.ts';
import { createLogger } from '../../../src/log/logger.ts';
import type { JobQueue } from '../../../src/core/queue.ts';
import { BullmqQueue } from '../../../src/queue/bullmq.ts';
import { REDIS_URL, redisAvailable } from '../../support/redis.ts';
import { queueContract, type QueueHarness } from './queue.contract.ts';

/** Every harness has its own key prefix, so a test sees only its own keys and can delete them all. */
async function bullmqHarness(): Promise<QueueHarness> {
  const prefix = `hs-test-${randomUUID()}`;
  const redis = new Redis(REDIS_URL);
  const opened: JobQueue[] = [];
  const names = new Set<string>();
  return {
    open(name) {
      names.add(name);
      const queue = new BullmqQueue({ redisUrl: REDIS_URL, name, prefix, visibilityTimeoutMs: 2000 });
      opened.push(queue);
      return queue;
    },
    async storedJobIds(name) {
      // A job is a hash with a `data` field at <prefix>:<name>:<id>.
      const keys = await redis.keys(`${prefix}:${name}:*`);
      const ids: string[] = [];
      for (const key of keys) {
        const id = key.slice(`${prefix}:${name}:`.length);
        if (id.includes(':')) continue;
        if ((await redis.type(key)) === 'hash' && (await redis.hexists(key, 'data'))) ids.push(id);
      }
      return ids.sort();
    },
    async dispose() {
      await Promise.all(opened.map((q) => q.close()));
      for (const name of names) {
        const q = new Queue(name, { connection: { host: '127.0.0.1', port: 6379 }, prefix });
        await q.obliterate({ force: true });
        await q.close();
      }
      const left = await redis.keys(`${prefix}:*`);
      if (left.length > 0) await redis.del(...left);
      await redis.quit();
    },
  };
}

queueContract('BullmqQueue (Redis)', bullmqHarness, { skip: !redisAvailable() });

describe.skipIf(!redisAvailable())('BullmqQueue failure summaries', () => {
  it("GIVEN handlers failing with Holdspace's own error and with a foreign error quoting its input WHEN the jobs fail THEN the log and Redis keep the first's message and withhold the second's", async () => {
    const prefix = `hs-test-${randomUUID()}`;
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', destination: new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }) });
    const queue = new BullmqQueue({ redisUrl: REDIS_URL, name: 'summaries', prefix, visibilityTimeoutMs: 2000, logger });
    const redis = new Redis(REDIS_URL);
    try {
      const worker = queue.process(async (job) => {
        if (job.id === 'ours') throw new HoldspaceError('PLATFORM_RETRYABLE', 'platform answered 503');
        throw new TypeError("cannot read 'my sister Dana is on lithium'");
      });
      await queue.addBulk([{ name: 'j', data: { n: 1 }, options: { jobId: 'ours' } }, { name: 'j', data: { n: 2 }, options: { jobId: 'foreign' } }]);
      await queue.drained(10_000);
      await worker.close();
      const log = lines.join('\n');
      expect(log).toContain('HoldspaceError PLATFORM_RETRYABLE: platform answered 503');
      expect(log).toContain('TypeError: (message withheld');
      expect(log).not.toContain('Dana');
      expect(await redis.hget(`${prefix}:summaries:ours`, 'failedReason')).toBe('HoldspaceError PLATFORM_RETRYABLE: platform answered 503');
      expect(await redis.hget(`${prefix}:summaries:foreign`, 'failedReason')).not.toContain('Dana');
    } finally {
      await queue.close();
      const left = await redis.keys(`${prefix}:*`);
      if (left.length > 0) await redis.del(...left);
      await redis.quit();
    }
  });
});
