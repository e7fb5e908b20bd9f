import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobQueue } from '../../../src/core/queue.ts';
import { EmbeddedQueue } from '../../../src/queue/embedded.ts';
import { openDatabase, type Db } from '../../../src/store/db.ts';
import { queueContract, type QueueHarness } from './queue.contract.ts';

async function embeddedHarness(): Promise<QueueHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'hs-queue-'));
  const db: Db = openDatabase(join(dir, 'queue.db'));
  const opened: JobQueue[] = [];
  return {
    open(name) {
      const queue = new EmbeddedQueue(db, name, { visibilityTimeoutMs: 2000, pollIntervalMs: 50 });
      opened.push(queue);
      return queue;
    },
    async storedJobIds(name) {
      const rows = db.$client.prepare('SELECT id FROM queue_jobs WHERE queue = ? ORDER BY id').all(name) as { id: string }[];
      return rows.map((r) => r.id);
    },
    async dispose() {
      await Promise.all(opened.map((q) => q.close()));
      db.$client.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

queueContract('EmbeddedQueue (SQLite)', embeddedHarness);
