import { describe, expect, it } from 'vitest';
import { BullmqQueue } from '../../../src/queue/bullmq.ts';
import { EmbeddedQueue } from '../../../src/queue/embedded.ts';
import { createQueue } from '../../../src/queue/factory.ts';
import { openDatabase } from '../../../src/store/db.ts';

describe('createQueue', () => {
  it('GIVEN no Redis URL WHEN a queue is created THEN it is the embedded queue', async () => {
    const db = openDatabase(':memory:');
    const queue = createQueue('ingest', { db, redisUrl: undefined });
    expect(queue).toBeInstanceOf(EmbeddedQueue);
    expect(queue.name).toBe('ingest');
    await queue.close();
    db.$client.close();
  });

  it('GIVEN a Redis URL WHEN a queue is created THEN it is BullMQ under the given prefix', async () => {
    const db = openDatabase(':memory:');
    // Nothing listens there: building the queue must not need Redis.
    const queue = createQueue('ingest', { db, redisUrl: 'redis://127.0.0.1:1', prefix: 'hs-factory' });
    expect(queue).toBeInstanceOf(BullmqQueue);
    expect((queue as BullmqQueue).prefix).toBe('hs-factory');
    await queue.close();
    db.$client.close();
  });
});
