import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createHoldspace } from '../../src/app/holdspace.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { redisAvailable, REDIS_URL } from '../support/redis.ts';

const WORKER = fileURLToPath(new URL('../support/crash-worker.ts', import.meta.url));
const ABUSIVE = 8;
const TOTAL = 40;

function runWorker(args: string[]): { done: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return { done: new Promise((resolve) => child.on('exit', (code) => resolve(code))), kill: () => child.kill('SIGKILL') };
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe.each([
  { queue: 'embedded', redis: '' },
  { queue: 'bullmq', redis: REDIS_URL },
])('a worker killed mid-job ($queue queue)', ({ queue, redis }) => {
  it.skipIf(queue === 'bullmq' && !redisAvailable())('GIVEN a worker SIGKILLed mid-job WHEN a new worker starts THEN every message is judged once in effect: none lost, no duplicate flag, no second warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdspace-crash-'));
    dirs.push(dir);
    const prefix = `hs-crash-${randomUUID()}`;
    const inbox = join(dir, 'inbox.jsonl');
    const marker = join(dir, 'stuck');

    // The adapter side: messages arrive and are queued while no worker runs.
    const hs = await createHoldspace({ dataDir: dir, logger: silentLogger, sweepEveryMs: null, queuePrefix: prefix, env: { REDIS_URL: redis || undefined } });
    const op = { id: 'setup', roles: ['platform:admin'] };
    await hs.core.ensureGroup('local', 'g');
    await hs.core.config.set('g', op, 'ladder.automatic', 'warn'); // warnings go out without review, so the worker sends them
    await hs.core.config.set('g', op, 'context.messages', '200');
    for (let i = 0; i < TOTAL; i++) {
      const abusive = i % (TOTAL / ABUSIVE) === 0;
      await hs.core.ingest({ platform: 'local', groupId: 'g', channelId: 'c', messageId: `m${i}`, authorId: abusive ? `bully${i}` : `member${i}`,
        text: abusive ? 'just get over it' : `an ordinary message ${i}`, sentAt: Date.now() });
    }
    await hs.stop();

    const args = ['--dir', dir, '--prefix', prefix, '--redis', redis, '--inbox', inbox, '--marker', marker];
    const first = runWorker([...args, '--hang', '5']);
    await until(() => existsSync(marker), 20_000);
    // Deliveries already past the platform get their "done" committed; judging goes on meanwhile and is cut mid-job.
    await new Promise((r) => setTimeout(r, 400));
    first.kill();
    await first.done;

    const second = runWorker(args);
    expect(await second.done).toBe(0);

    const check = await createHoldspace({ dataDir: dir, logger: silentLogger, sweepEveryMs: null, queuePrefix: prefix, env: { REDIS_URL: redis || undefined } });
    try {
      const db = check.db.$client;
      expect((db.prepare('select count(distinct message_id) n from message_scores').get() as { n: number }).n).toBe(TOTAL);
      expect((db.prepare("select count(*) n from messages where status = 'pending'").get() as { n: number }).n).toBe(0);
      expect((db.prepare('select count(*) n, count(distinct message_id) d from flags').get())).toEqual({ n: ABUSIVE, d: ABUSIVE });
      const deliveries = readFileSync(inbox, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { key: string; kind: string });
      const keys = deliveries.map((d) => d.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(deliveries.filter((d) => d.kind === 'dm')).toHaveLength(ABUSIVE);
      expect(deliveries.filter((d) => d.kind === 'review_card')).toHaveLength(ABUSIVE);
      expect((db.prepare("select count(*) n from actions where status != 'done'").get() as { n: number }).n).toBe(0);
    } finally {
      await check.stop();
    }
  }, 90_000);
});
