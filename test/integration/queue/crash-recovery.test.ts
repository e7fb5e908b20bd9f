import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobQueue } from '../../../src/core/queue.ts';
import { createQueue } from '../../../src/queue/factory.ts';
import { openDatabase, type Db } from '../../../src/store/db.ts';
import { REDIS_URL, redisAvailable } from '../../support/redis.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CONSUMER = fileURLToPath(new URL('./crash-consumer.ts', import.meta.url));
const VISIBILITY_MS = 1000;
const JOBS = 30;
const HANG = 'j10';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function lines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

interface Setup {
  queue: JobQueue;
  childArgs: string[];
  storedJobIds(): Promise<string[]>;
}

async function runCrashScenario(setup: Setup, dir: string): Promise<void> {
  const { queue } = setup;
  await queue.addBulk(Array.from({ length: JOBS }, (_, i) => ({ name: 'classify', data: { messageId: i }, options: { jobId: `j${i}`, attempts: 3, backoffMs: 50 } })));
  const log = join(dir, 'child.log');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CONSUMER, ...setup.childArgs, '--log', log, '--hang', HANG, '--visibility', String(VISIBILITY_MS)], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  try {
    await until(() => lines(log).includes(`start ${HANG}`), 20_000, `the consumer to reach ${HANG} (stderr: ${stderr})`);
    // Mid-job: the consumer is stuck in HANG and its second slot keeps working.
    await sleep(30);
  } finally {
    child.kill('SIGKILL');
  }
  expect(await exited).toBe('SIGKILL');

  const doneBefore = lines(log).filter((l) => l.startsWith('done ')).map((l) => l.slice(5));
  expect(doneBefore).not.toContain(HANG);
  expect(doneBefore.length).toBeLessThan(JOBS);

  const doneAfter: { id: string; attempt: number }[] = [];
  queue.process(async (job) => { doneAfter.push({ id: job.id, attempt: job.attempt }); }, { concurrency: 2 });
  await queue.drained(30_000);

  const all = [...doneBefore, ...doneAfter.map((d) => d.id)];
  for (let i = 0; i < JOBS; i++) expect(all, `job j${i} was lost`).toContain(`j${i}`);
  // The interrupted job ran again, as its second try.
  expect(doneAfter.find((d) => d.id === HANG)).toEqual({ id: HANG, attempt: 2 });
  // At least once, not many times: only jobs in flight at the kill may run twice.
  expect(all.length - JOBS).toBeLessThanOrEqual(2);
  expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 });
  expect(await setup.storedJobIds()).toEqual([]);
}

describe('a consumer process SIGKILLed mid-job', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it('GIVEN the embedded queue WHEN the consumer is killed mid-job THEN a new worker finishes every job after the visibility timeout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hs-queue-crash-'));
    const file = join(dir, 'holdspace.db');
    const db: Db = openDatabase(file);
    const name = `crash-${randomUUID()}`;
    const queue = createQueue(name, { db, visibilityTimeoutMs: VISIBILITY_MS });
    cleanups.push(async () => {
      await queue.close();
      db.$client.close();
      await rm(dir, { recursive: true, force: true });
    });
    await runCrashScenario({
      queue,
      childArgs: ['--db', file, '--name', name],
      storedJobIds: async () => (db.$client.prepare('SELECT id FROM queue_jobs WHERE queue = ?').all(name) as { id: string }[]).map((r) => r.id),
    }, dir);
  });

  it.skipIf(!redisAvailable())('GIVEN BullMQ WHEN the consumer is killed mid-job THEN a new worker finishes every job after its lock expires', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hs-queue-crash-'));
    const db: Db = openDatabase(':memory:');
    const prefix = `hs-crash-${randomUUID()}`;
    const name = 'crash';
    const queue = createQueue(name, { db, redisUrl: REDIS_URL, prefix, visibilityTimeoutMs: VISIBILITY_MS });
    const redis = new Redis(REDIS_URL);
    cleanups.push(async () => {
      await queue.close();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
      db.$client.close();
      await rm(dir, { recursive: true, force: true });
    });
    await runCrashScenario({
      queue,
      childArgs: ['--redis', REDIS_URL, '--prefix', prefix, '--name', name],
      storedJobIds: async () => {
        const keys = await redis.keys(`${prefix}:${name}:*`);
        const ids: string[] = [];
        for (const key of keys) if ((await redis.type(key)) === 'hash' && (await redis.hexists(key, 'data'))) ids.push(key);
        return ids;
      },
    }, dir);
  });
});
