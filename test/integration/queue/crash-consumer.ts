// A queue consumer for the SIGKILL test (crash-recovery.test.ts), run as its own process:
//   node --import tsx test/integration/queue/crash-consumer.ts --db <file> | --redis <url> --prefix <p>
//        --name <queue> --log <file> --hang <jobId> --visibility <ms>
// It logs "start <id>" and "done <id>" lines; at job <hang> it stops forever, for the test to kill it.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createQueue } from '../../../src/queue/factory.ts';
import { openDatabase } from '../../../src/store/db.ts';

const { values } = parseArgs({ options: {
  db: { type: 'string' }, redis: { type: 'string' }, prefix: { type: 'string' }, name: { type: 'string' },
  log: { type: 'string' }, hang: { type: 'string' }, visibility: { type: 'string' },
} });
const log = values.log as string;
const db = openDatabase(values.db ?? ':memory:');
const queue = createQueue(values.name as string, {
  db, redisUrl: values.redis, prefix: values.prefix, visibilityTimeoutMs: Number(values.visibility),
});
queue.process(async (job) => {
  appendFileSync(log, `start ${job.id}\n`);
  if (job.id === values.hang) await new Promise(() => {});
  await new Promise((r) => setTimeout(r, 3));
  appendFileSync(log, `done ${job.id}\n`);
}, { concurrency: 2 });
