import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Cipher } from '../../../src/store/crypto.ts';
import { openDatabase, type Db } from '../../../src/store/db.ts';
import { FlagsRepo, type NewFlag } from '../../../src/store/flags-repo.ts';

let dir: string;
let db: Db;
let flags: FlagsRepo;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'holdspace-flags-'));
  db = openDatabase(join(dir, 'h.db'));
  flags = new FlagsRepo(db, new Cipher(randomBytes(32)));
});

afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const flag = (messageId: number): NewFlag => ({
  groupId: 'g', channelId: 'c', messageId, messageVersion: 1, kind: 'message', platformMessageId: `p${messageId}`, authorId: 'u2',
  targetId: 'u1', crisis: false, priority: 1, severity: 0.25, createdAt: 1_700_000_000_000,
  categories: [{ category: 'dismissal', score: 0.75, threshold: 0.5, explanation: 'model 0.75', cues: ['get over it'], source: 'local/model' }],
  evidence: { excerpt: 'just get over it', context: [{ authorId: 'u1', redacted: 'i had a rough day', sentAt: 1, flagged: false }] },
});

describe('FlagsRepo.create', () => {
  it('GIVEN a new flag WHEN created THEN the row it returns is the row the database holds; a second create returns the id only', () => {
    const first = flags.create(flag(1));
    expect(first.created).toBe(true);
    expect(first.row).toEqual(flags.get(first.id));
    expect(flags.evidence(first.id)?.excerpt).toBe('just get over it');
    const again = flags.create(flag(1));
    expect(again).toEqual({ id: first.id, created: false });
  });
});
