import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/store/db.ts';
import { GroupCommit, groupCommitFor } from '../../../src/store/group-commit.ts';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'holdspace-commit-'));
  db = openDatabase(join(dir, 'h.db'));
  db.$client.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
});

afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const keys = () => db.$client.prepare('SELECT k FROM t ORDER BY k').pluck().all();

describe('GroupCommit', () => {
  it('GIVEN writes from one event-loop turn WHEN one of them throws THEN only its own writes are rolled back and only its caller fails', async () => {
    const commit = new GroupCommit(db.$client);
    const insert = db.$client.prepare('INSERT INTO t (k) VALUES (?)');
    const results = await Promise.allSettled([
      commit.run(() => { insert.run('a'); return 1; }),
      commit.run(() => { insert.run('b'); insert.run('a'); }), // 'b' must not survive its own failure
      commit.run(() => { insert.run('c'); return 3; }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))).toEqual([1, 3]);
    expect(keys()).toEqual(['a', 'c']);
  });

  it('GIVEN a write queued to go last WHEN other writes are queued after it in the same turn THEN it runs after them, inside a transaction', async () => {
    const commit = new GroupCommit(db.$client);
    const order: string[] = [];
    let txBefore = -1;
    const last = commit.runLast(() => { order.push('last'); return db.$client.inTransaction; });
    const first = commit.run(() => { order.push('a'); txBefore = order.length; });
    await Promise.resolve();
    const later = commit.run(() => { order.push('b'); });
    expect(await last).toBe(true);
    await Promise.all([first, later]);
    expect(order).toEqual(['a', 'b', 'last']);
    expect(txBefore).toBe(1);
  });

  it('GIVEN a write WHEN its promise settles THEN the write is already committed, visible to another connection', async () => {
    const other = openDatabase(join(dir, 'h.db'));
    try {
      await groupCommitFor(db.$client).run(() => db.$client.prepare('INSERT INTO t (k) VALUES (?)').run('x'));
      expect(other.$client.prepare('SELECT k FROM t').pluck().all()).toEqual(['x']);
      expect(groupCommitFor(db.$client)).toBe(groupCommitFor(db.$client));
    } finally {
      other.$client.close();
    }
  });
});
