// Jobs per second through a queue, end to end (add → handler → removed), with a handler that does nothing.
// Run: node --import tsx test/integration/queue/measure-throughput.ts [jobs] [--redis]
// Prints JSON. The in-memory fake is the baseline of the same run (ratio = queue / fake).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobQueue } from '../../../src/core/queue.ts';
import { BullmqQueue } from '../../../src/queue/bullmq.ts';
import { EmbeddedQueue } from '../../../src/queue/embedded.ts';
import { openDatabase } from '../../../src/store/db.ts';
import { InMemoryQueue } from '../../fakes/queue/in-memory-queue.ts';

const jobs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20_000);
const withRedis = process.argv.includes('--redis');

async function measure(queue: JobQueue, concurrency: number): Promise<number> {
  let handled = 0;
  const worker = queue.process(async () => { handled++; }, { concurrency });
  const start = process.hrtime.bigint();
  for (let i = 0; i < jobs; i++) {
    await queue.add('noop', { messageId: i, version: 1 }, { jobId: `n${i}` });
    // Let the worker run while the producer adds, as live traffic would.
    if (i % 100 === 99) await new Promise((r) => setImmediate(r));
  }
  await queue.drained(600_000);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await worker.close();
  await queue.close();
  if (handled !== jobs) throw new Error(`handled ${handled} of ${jobs}`);
  return Math.round(jobs / seconds);
}

const dir = mkdtempSync(join(tmpdir(), 'hs-queue-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
const result: Record<string, unknown> = { jobs, node: process.version };
try {
  for (const concurrency of [1, 8]) {
    const fake = await measure(new InMemoryQueue(`fake-${randomUUID()}`), concurrency);
    const embedded = await measure(new EmbeddedQueue(db, `bench-${randomUUID()}`), concurrency);
    const row: Record<string, number> = { fakeJobsPerSec: fake, embeddedJobsPerSec: embedded, embeddedVsFake: +(embedded / fake).toFixed(3) };
    if (withRedis) {
      const prefix = `hs-bench-${randomUUID()}`;
      const q = new BullmqQueue({ redisUrl: 'redis://127.0.0.1:6379', name: 'bench', prefix });
      row.bullmqJobsPerSec = await measure(q, concurrency);
      row.bullmqVsFake = +(row.bullmqJobsPerSec / fake).toFixed(3);
      const { Redis } = await import('ioredis');
      const redis = new Redis('redis://127.0.0.1:6379');
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
    result[`concurrency${concurrency}`] = row;
  }
} finally {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
