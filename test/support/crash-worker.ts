// A Holdspace worker process for the crash test. It judges queued messages and performs actions through a
// platform that appends every delivery to a file (as a member's inbox would show it). With --hang it stops
// forever inside the Nth and every later delivery, before the platform acts, and writes a marker so the test can
// SIGKILL it.
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createHoldspace } from '../../src/app/holdspace.ts';
import { KeywordClassifier } from '../../src/classify/keyword-classifier.ts';
import type { ClassifyInput } from '../../src/core/classifier.ts';
import type { ActionReceipt, Platform, PlatformAction } from '../../src/core/platform.ts';
import { silentLogger } from '../../src/log/logger.ts';

const { values } = parseArgs({ options: {
  dir: { type: 'string' }, prefix: { type: 'string' }, redis: { type: 'string' }, inbox: { type: 'string' },
  marker: { type: 'string' }, hang: { type: 'string' },
} });
const hangAt = values.hang ? Number(values.hang) : Infinity;
let performed = 0;

const platform: Platform = {
  name: 'local',
  async perform(action: PlatformAction): Promise<ActionReceipt> {
    // From the Nth delivery on, every delivery stops before the platform acts, so once deliveries already
    // under way have been recorded, the kill lands while nothing is between "sent" and "recorded as sent".
    if (++performed >= hangAt) {
      if (performed === hangAt) writeFileSync(values.marker as string, 'stuck');
      await new Promise(() => {});
    }
    appendFileSync(values.inbox as string, JSON.stringify({ key: action.idempotencyKey, kind: action.kind }) + '\n');
    return { ref: `ref-${action.idempotencyKey}` };
  },
};

// A little slow, so the kill lands while messages are being judged too.
const keyword = new KeywordClassifier();
const classifier = { name: 'slow-keyword', classify: async (i: ClassifyInput) => { await new Promise((r) => setTimeout(r, 3)); return keyword.classify(i); } };

const hs = await createHoldspace({
  dataDir: values.dir as string, classifier, logger: silentLogger, sweepEveryMs: null, concurrency: 1,
  visibilityTimeoutMs: 1500, queuePrefix: values.prefix, env: { REDIS_URL: values.redis || undefined },
});
hs.registerPlatform(platform);
await hs.start();
if (hangAt === Infinity) {
  await hs.drain(60_000);
  await hs.stop();
  process.stdout.write('drained\n');
}
