import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/app/holdspace.ts';
import { GROUP, harness, THERAPIST, type Harness } from '../support/holdspace-harness.ts';
import { redisAvailable, REDIS_URL } from '../support/redis.ts';

// Planted strings: PHI that must only ever exist encrypted, and ordinary text that must vanish.
const PHONE = '415-555-0137';
const EMAIL = 'jamie.rivera@example.org';
const SSN = '123-45-6789';
const ORDINARY = ['the tulips in my garden finally opened', 'my therapist suggested journaling before bed', 'I walked the dog twice today'];
const PLANTED = [PHONE, EMAIL, SSN, ...ORDINARY];

function fileText(dir: string): string {
  return [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`].map((f) => join(dir, f)).filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1')).join('\n');
}

async function redisText(prefix: string): Promise<string> {
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}*`);
    const parts: string[] = [...keys];
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'string') parts.push((await redis.get(key)) ?? '');
      else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
      else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, 0, -1)));
      else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    }
    return parts.join('\n');
  } finally {
    redis.disconnect();
  }
}

let h: Harness;
afterEach(async () => { await h?.close(); });

describe.each([{ queue: 'embedded' }, { queue: 'bullmq' }])('data minimisation ($queue queue)', ({ queue }) => {
  it.skipIf(queue === 'bullmq' && !redisAvailable())('GIVEN planted PHI and ordinary text WHEN the pipeline and the sweep have run THEN no planted string is readable in the database file, Redis or the logs, and after the retention period nothing is left', async () => {
    const prefix = `hs-leak-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    h = await harness({ redisUrl: queue === 'bullmq' ? REDIS_URL : undefined, queuePrefix: prefix });
    await h.say('u1', ORDINARY[0]!);
    await h.say('u2', `you can call me on ${PHONE} or write to ${EMAIL}`);
    await h.say('u3', `my SSN is ${SSN}, can someone help with the form`);
    await h.say('u1', ORDINARY[1]!);
    await h.say('u4', ORDINARY[2]!);
    await h.say('u5', 'just get over it');

    const flags = await h.hs.core.review.list(GROUP, THERAPIST);
    expect(flags.length).toBeGreaterThanOrEqual(3);
    // The review queue shows redacted text only.
    for (const f of flags) for (const s of [PHONE, EMAIL, SSN]) expect(f.redactedExcerpt).not.toContain(s);
    await h.hs.core.review.dismiss(GROUP, THERAPIST, flags[0]!.flagId, 'checked');
    for (const f of flags.slice(1)) await h.hs.core.review.confirm(GROUP, THERAPIST, f.flagId, 'none');
    await h.hs.drain();

    h.clock.advance(31 * 60_000);
    h.hs.sweep();
    h.hs.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const logs = h.logs.join('\n');
    const disk = fileText(h.dir);
    const redis = queue === 'bullmq' ? await redisText(prefix) : '';
    for (const s of PLANTED) {
      expect(disk.includes(s), `database file holds "${s}"`).toBe(false);
      expect(logs.includes(s), `logs hold "${s}"`).toBe(false);
      expect(redis.includes(s), `redis holds "${s}"`).toBe(false);
    }
    expect(logs.length).toBeGreaterThan(0); // the logger did write: silence would prove nothing

    // After the resolved-flag period every trace of the evidence is gone, not only its plain text.
    h.clock.advance(31 * 86_400_000);
    h.hs.sweep();
    const db = h.hs.db.$client;
    expect(db.prepare('select count(*) n from flags').get()).toEqual({ n: 0 });
    expect(db.prepare('select count(*) n from messages').get()).toEqual({ n: 0 });
    expect(db.prepare('select count(*) n from decisions').get()).toEqual({ n: 0 });
    expect(db.prepare('select count(*) n from actions where payload_enc is not null').get()).toEqual({ n: 0 });
    expect(db.prepare('select count(*) n from message_scores').get()).toEqual({ n: 0 });
  });
});
