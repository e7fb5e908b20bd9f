import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../../src/core/message.ts';
import { ContextTextCache } from '../../../src/store/context-text-cache.ts';
import { Cipher } from '../../../src/store/crypto.ts';
import { openDatabase, type Db } from '../../../src/store/db.ts';
import { MessagesRepo } from '../../../src/store/messages-repo.ts';

/** Counts decryptions, so the tests see what the cache saves. */
class CountingCipher extends Cipher {
  decrypted = 0;
  override decrypt(blob: Buffer, aad: string): string {
    this.decrypted++;
    return super.decrypt(blob, aad);
  }
}

const T0 = 1_700_000_000_000;
const MINUTE = 60_000;

let dir: string;
let db: Db;
let cipher: CountingCipher;
let cache: ContextTextCache;
let repo: MessagesRepo;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'holdspace-messages-'));
  db = openDatabase(join(dir, 'h.db'));
  cipher = new CountingCipher(randomBytes(32));
  cache = new ContextTextCache();
  repo = new MessagesRepo(db, cipher, cache);
});

afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const msg = (i: number, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
  platform: 'local', groupId: 'g', channelId: 'c', messageId: `m${i}`, authorId: `u${i % 3}`, text: `message ${i}`, sentAt: T0 + i * 1000, ...extra,
});

/** Saves, then judges in order as the judge step does: read, context, mark, purge. */
function judgeAll(n: number, keep: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const saved = repo.save(msg(i));
    if (saved.status === 'duplicate') throw new Error('unexpected duplicate');
    ids.push(saved.id);
    repo.remember(saved.id, saved.version, msg(i)); // as the ingest does once the commit succeeded
    const m = repo.get(saved.id);
    repo.context('g', 'c', saved.id, keep, (m?.sentAt ?? 0) - 30 * MINUTE);
    repo.markClassified(saved.id, 1, 'classified', T0 + i * 1000);
    repo.purgeChannel('g', 'c', keep, T0 - 30 * MINUTE);
  }
  return ids;
}

describe('MessagesRepo context text', () => {
  it('GIVEN a channel judged message after message WHEN each reads its context THEN texts this process stored are never decrypted', () => {
    judgeAll(30, 20);
    expect(cipher.decrypted).toBe(0);
    const context = repo.context('g', 'c', Number.MAX_SAFE_INTEGER, 20, 0);
    expect(context.map((c) => c.text)).toEqual(Array.from({ length: 20 }, (_, k) => `message ${k + 10}`));
    expect(cipher.decrypted).toBe(0);
  });

  it('GIVEN texts stored by another process WHEN this one reads the window again and again THEN each is decrypted once, not once per later message', () => {
    judgeAll(30, 20);
    const other = new MessagesRepo(db, cipher, new ContextTextCache());
    const expected = Array.from({ length: 20 }, (_, k) => `message ${k + 10}`);
    expect(other.context('g', 'c', Number.MAX_SAFE_INTEGER, 20, 0).map((c) => c.text)).toEqual(expected);
    expect(cipher.decrypted).toBe(20);
    expect(other.context('g', 'c', Number.MAX_SAFE_INTEGER, 20, 0).map((c) => c.text)).toEqual(expected);
    expect(cipher.decrypted).toBe(20);
  });

  it('GIVEN a message saved in a transaction that rolls back WHEN the id is reused THEN no text of the rolled-back message is held or read', () => {
    expect(() => db.$client.transaction(() => {
      repo.save(msg(1, { text: 'never committed' }));
      throw new Error('disk full');
    })()).toThrow('disk full');
    expect(cache.size).toBe(0);
    const saved = repo.save(msg(2));
    if (saved.status === 'duplicate') throw new Error('unexpected duplicate');
    expect(repo.get(saved.id)?.text).toBe('message 2');
  });

  it('GIVEN a cached text under an id that now belongs to another message (an insert rolled back) WHEN read THEN the row is decrypted instead', () => {
    const saved = repo.save(msg(1));
    if (saved.status === 'duplicate') throw new Error('unexpected duplicate');
    cache.set(saved.id, 1, 'g', 'c', T0, 'text of a message that was never committed', 'm-rolled-back');
    expect(repo.get(saved.id)?.text).toBe('message 1');
    expect(repo.context('g', 'c', saved.id + 1, 20, 0).map((c) => c.text)).toEqual(['message 1']);
    // Platform ids are unique per channel only (Slack timestamps): the same id in another channel is another message.
    cache.set(saved.id, 1, 'g', 'other-channel', T0, 'a message of another channel', 'm1');
    expect(repo.get(saved.id)?.text).toBe('message 1');
  });

  it('GIVEN messages leaving the window WHEN the channel is purged THEN their text is gone from the database and from memory', () => {
    const ids = judgeAll(8, 3);
    const held = (db.$client.prepare('select id from messages order by id').pluck().all() as number[]);
    expect(held).toEqual(ids.slice(-3));
    for (const id of ids.slice(0, -3)) expect(cache.get(id, 1)).toBeUndefined();
    for (const id of ids.slice(-3)) expect(cache.get(id, 1)).toBeDefined();
    expect(cache.size).toBe(3);
  });

  it('GIVEN cached text WHEN the message is deleted, edited, its author leaves or the sweep passes THEN memory forgets it with the row', () => {
    const ids = judgeAll(6, 20);
    repo.deleteByPlatformId('g', 'm5', 'c');
    expect(cache.get(ids[5]!, 1)).toBeUndefined();

    expect(repo.save(msg(4, { text: 'changed', editedAt: T0 + 10_000 }))).toMatchObject({ status: 'edited', version: 2 });
    expect(cache.get(ids[4]!, 1)).toBeUndefined();

    repo.deleteByAuthor('g', 'u0'); // m0 and m3 (m4's edit is pending again and stays)
    expect(cache.get(ids[0]!, 1)).toBeUndefined();
    expect(cache.get(ids[3]!, 1)).toBeUndefined();

    repo.purgeOlderThan('g', T0 + 2000, 500); // m1 (m2 was sent at T0 + 2000)
    expect(cache.get(ids[1]!, 1)).toBeUndefined();
    expect(cache.get(ids[2]!, 1)).toBe('message 2');
    expect(cache.size).toBe(1);
  });

  it('GIVEN rows purged by another process WHEN this process reads the window again THEN what fell out of it is forgotten here too', () => {
    const ids = judgeAll(6, 20);
    expect(cache.size).toBe(6);
    // Another worker on the same file purged the three oldest.
    db.$client.prepare('delete from messages where id <= ?').run(ids[2]);
    const next = repo.save(msg(6));
    if (next.status === 'duplicate') throw new Error('unexpected duplicate');
    repo.context('g', 'c', next.id, 20, 0);
    for (const id of ids.slice(0, 3)) expect(cache.get(id, 1)).toBeUndefined();
    expect(cache.size).toBe(3);
  });

  it('GIVEN a message in several windows WHEN they are read THEN it is the same context object each time, and a new one once edited', () => {
    const ids = judgeAll(3, 20);
    const first = repo.context('g', 'c', ids[2]!, 20, 0);
    const again = repo.context('g', 'c', ids[2]! + 1, 20, 0);
    expect(again[0]).toBe(first[0]);
    expect(repo.contexts('g', 'c', [{ id: ids[2]!, since: 0 }], 20).get(ids[2]!)?.[1]).toBe(first[1]);
    repo.save(msg(1, { text: 'edited', editedAt: T0 + 5000 }));
    const edited = repo.context('g', 'c', ids[2]!, 20, 0);
    expect(edited[0]).toBe(first[0]);
    expect(edited[1]).not.toBe(first[1]);
    expect(edited[1]?.text).toBe('edited');
  });

  it('GIVEN an edit WHEN the new version is judged THEN its new text is read, never the cached old one', () => {
    const ids = judgeAll(2, 20);
    repo.save(msg(1, { text: 'now different', editedAt: T0 + 5000 }));
    expect(repo.get(ids[1]!)?.text).toBe('now different');
    expect(repo.context('g', 'c', ids[1]! + 1, 20, 0).map((c) => c.text)).toEqual(['message 0', 'now different']);
  });
});

describe('MessagesRepo burst reads', () => {
  /** A deterministic pseudo-random sequence, so a failure can be replayed. */
  const rng = (seed: number) => () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

  it.each([
    ['in arrival order', false],
    ['arriving out of order (retries, replays)', true],
  ])('GIVEN channels with interleaved, deleted, edited and purged-elsewhere rows, timestamps %s, WHEN a burst reads its windows at once THEN each equals the window read alone', (_name, shuffled) => {
    const random = rng(shuffled ? 11 : 7);
    const rows: { id: number; channelId: string; sentAt: number }[] = [];
    for (let i = 0; i < 400; i++) {
      const channelId = `c${Math.floor(random() * 3)}`;
      // Out of order: a fifth of the messages were sent up to ten minutes before they arrived.
      const sentAt = T0 + i * 20_000 - (shuffled && random() < 0.2 ? Math.floor(random() * 600_000) : 0);
      const saved = repo.save(msg(i, { channelId, sentAt }));
      if (saved.status !== 'duplicate') rows.push({ id: saved.id, channelId, sentAt });
    }
    // Judged rows purged by another process, a member who left, and a few edits (pending again).
    db.$client.prepare('delete from messages where id % 11 = 0').run();
    repo.deleteByAuthor('g', 'u1');
    for (let i = 0; i < 400; i += 37) repo.save(msg(i, { channelId: rows[i]!.channelId, text: `edited ${i}`, editedAt: T0 + 9_000_000 }));
    const fresh = () => new MessagesRepo(db, cipher, new ContextTextCache());
    let compared = 0;
    for (let trial = 0; trial < 60; trial++) {
      const channelId = `c${trial % 3}`;
      const inChannel = rows.filter((r) => r.channelId === channelId);
      const start = Math.floor(random() * inChannel.length);
      const span = 1 + Math.floor(random() * 12);
      const burst = inChannel.slice(start, start + span).filter(() => random() < 0.8);
      const limit = [3, 5, 20][trial % 3]!;
      const minutes = [2, 30][trial % 2]!;
      const targets = burst.map((r) => ({ id: r.id, since: r.sentAt - minutes * MINUTE }));
      const together = fresh().contexts('g', channelId, targets, limit);
      const alone = fresh();
      for (const t of targets) {
        expect(together.get(t.id)).toEqual(alone.context('g', channelId, t.id, limit, t.since));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('GIVEN older messages that arrived late WHEN a later target of the burst needs a row below the first read THEN its window is read on its own', () => {
    const second = 1000;
    const at = (i: number, sentAt: number) => {
      const saved = repo.save(msg(i, { sentAt: T0 + sentAt * second }));
      if (saved.status === 'duplicate') throw new Error('unexpected duplicate');
      return saved.id;
    };
    at(1, 0);
    at(2, -500); // sent long before, delivered late
    at(3, -500);
    const t1 = at(4, 50);
    const t2 = at(5, 200);
    const since = (s: number) => T0 + (s - 600) * second;
    const together = repo.contexts('g', 'c', [{ id: t1, since: since(50) }, { id: t2, since: since(200) }], 2);
    expect(together.get(t2)?.map((c) => c.text)).toEqual(['message 1', 'message 4']);
    expect(together.get(t2)).toEqual(repo.context('g', 'c', t2, 2, since(200)));
    expect(together.get(t1)).toEqual(repo.context('g', 'c', t1, 2, since(50)));
  });

  it('GIVEN a burst spread over many rows WHEN its windows are read THEN they are read one by one and still equal', () => {
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) {
      const saved = repo.save(msg(i));
      if (saved.status !== 'duplicate') ids.push(saved.id);
    }
    const targets = [ids[0]!, ids[59]!].map((id) => ({ id, since: 0 }));
    const together = repo.contexts('g', 'c', targets, 3);
    expect(together.get(ids[59]!)?.map((c) => c.text)).toEqual(['message 56', 'message 57', 'message 58']);
    expect(together.get(ids[0]!)).toEqual([]);
  });

  it('GIVEN several ids WHEN read at once THEN each stored message comes back as get() returns it, unknown ids are absent', () => {
    const a = repo.save(msg(1));
    const b = repo.save(msg(2, { mentions: ['u7'] }));
    if (a.status === 'duplicate' || b.status === 'duplicate') throw new Error('unexpected duplicate');
    const many = repo.getMany([a.id, b.id, 999_999]);
    expect([...many.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(many.get(b.id)).toEqual(repo.get(b.id));
    expect(many.get(b.id)?.mentions).toEqual(['u7']);
  });
});

describe('ContextTextCache', () => {
  it('GIVEN more entries than its bound WHEN one more is added THEN the oldest goes', () => {
    const c = new ContextTextCache(2);
    c.set(1, 1, 'g', 'c', 0, 'a');
    c.set(2, 1, 'g', 'c', 0, 'b');
    c.set(3, 1, 'g', 'd', 0, 'c');
    expect([c.get(1, 1), c.get(2, 1), c.get(3, 1)]).toEqual([undefined, 'b', 'c']);
    expect(c.get(2, 2)).toBeUndefined();
  });
});
