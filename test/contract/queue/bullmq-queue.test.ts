import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
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
