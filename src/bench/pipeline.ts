import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { LocalPlatform } from '../../adapters/local/index.ts';
import { createHoldspace, type Holdspace, type QueueFactory } from '../app/holdspace.ts';
import type { IncomingMessage } from '../core/message.ts';
import { silentLogger } from '../log/logger.ts';
import { createQueue } from '../queue/factory.ts';
import { openDatabase } from '../store/db.ts';

export interface PipelineBenchOptions {
  messages: number;
  concurrency: number;
  redisUrl?: string | undefined;
}

const GROUP = 'bench-group';
/** One message in ten is abusive, like a lively evening; the rest are ordinary. */
const ORDINARY = ['thanks for sharing that, it helps to hear', 'I had a better day today', 'does anyone else find mornings hard?', 'sending you a hug'];
const ABUSIVE = 'just get over it, it is not that deep';

function message(i: number, at: number): IncomingMessage {
  return {
    platform: 'local', groupId: GROUP, channelId: `c${i % 8}`, messageId: `b${i}`, authorId: `u${i % 50}`,
    text: i % 10 === 0 ? ABUSIVE : `${ORDINARY[i % ORDINARY.length]} (${i})`, sentAt: at,
  };
}

/** Deletes every Redis key a bench run made, so runs leave nothing behind. */
async function cleanRedis(redisUrl: string | undefined, prefix: string): Promise<void> {
  if (!redisUrl) return;
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function open(redisUrl: string | undefined, concurrency: number): Promise<{ hs: Holdspace; dir: string; prefix: string; classifyJobs: () => number }> {
  const dir = mkdtempSync(join(tmpdir(), 'holdspace-bench-'));
  const prefix = `hs-bench-${randomUUID()}`;
  // Counts the classify jobs queued, so the figures show how many messages each job carried.
  let jobs = 0;
  const queueFactory: QueueFactory = (name, options) => {
    const queue = createQueue(name, options);
    if (name !== 'ingest') return queue;
    const addBulk = queue.addBulk.bind(queue);
    queue.addBulk = (added) => { jobs += added.length; return addBulk(added); };
    return queue;
  };
  const hs = await createHoldspace({ dataDir: dir, logger: silentLogger, sweepEveryMs: null, concurrency, queuePrefix: prefix, env: { REDIS_URL: redisUrl }, queueFactory });
  // A platform that performs instantly, so review cards do not wait for an adapter that is not there.
  hs.registerPlatform(new LocalPlatform());
  await hs.core.ensureGroup('local', GROUP);
  await hs.start();
  return { hs, dir, prefix, classifyJobs: () => jobs };
}

/**
 * Messages a platform hands over before the first is acknowledged: a gateway delivers events while earlier
 * ones are still being stored, so ingest is measured with a bounded number in flight, not one at a time.
 */
export const INGEST_IN_FLIGHT = 32;

async function inFlight(total: number, width: number, run: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, total) }, async () => {
    while (next < total) await run(next++);
  }));
}

/**
 * Messages per second through ingest → queue → classify → store, at full speed, and how many messages a
 * classify job carried on average (a burst stored in one commit is queued as one job).
 */
export async function benchThroughput(options: PipelineBenchOptions): Promise<{ rate: number; messagesPerJob: number }> {
  const { hs, dir, prefix, classifyJobs } = await open(options.redisUrl, options.concurrency);
  try {
    const started = performance.now();
    const now = Date.now();
    await inFlight(options.messages, INGEST_IN_FLIGHT, (i) => hs.core.ingest(message(i, now)));
    await hs.drain(300_000);
    return { rate: options.messages / ((performance.now() - started) / 1000), messagesPerJob: options.messages / Math.max(1, classifyJobs()) };
  } finally {
    await hs.stop();
    await cleanRedis(options.redisUrl, prefix);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same number of jobs through a worker that does nothing: the queue's own ceiling. */
export async function benchNoopQueue(options: PipelineBenchOptions): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'holdspace-bench-'));
  const db = openDatabase(join(dir, 'noop.db'));
  const prefix = `hs-bench-${randomUUID()}`;
  const queue = createQueue('noop', { db, redisUrl: options.redisUrl, prefix });
  try {
    const worker = queue.process(async () => {}, { concurrency: options.concurrency });
    const started = performance.now();
    await inFlight(options.messages, INGEST_IN_FLIGHT, (i) => queue.add('noop', { messageId: i, version: 1 }, { jobId: `n${i}` }));
    await queue.drained(300_000);
    const rate = options.messages / ((performance.now() - started) / 1000);
    await worker.close();
    return rate;
  } finally {
    await queue.close();
    await cleanRedis(options.redisUrl, prefix);
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Latency from ingest to the flag being in the review queue, at a steady offered rate (half the peak).
 * Every tenth message is flagged; the p99 is over those.
 */
export async function benchLatency(options: PipelineBenchOptions & { rate: number; seconds: number }): Promise<{ p50: number; p99: number; flagged: number }> {
  const { hs, dir, prefix } = await open(options.redisUrl, options.concurrency);
  try {
    const total = Math.max(50, Math.round(options.rate * options.seconds));
    const interval = 1000 / options.rate;
    const sentAt = new Map<string, number>();
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      const due = started + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const m = message(i, Date.now());
      sentAt.set(m.messageId, Date.now());
      await hs.core.ingest(m);
    }
    await hs.drain(300_000);
    const rows = hs.db.$client.prepare("select platform_message_id id, created_at at from flags where kind = 'message'").all() as { id: string; at: number }[];
    const latencies = rows.map((r) => r.at - (sentAt.get(r.id) ?? r.at)).sort((a, b) => a - b);
    const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    return { p50: pick(0.5), p99: pick(0.99), flagged: latencies.length };
  } finally {
    await hs.stop();
    await cleanRedis(options.redisUrl, prefix);
    rmSync(dir, { recursive: true, force: true });
  }
}
