import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { LocalPlatform } from '../../adapters/local/index.ts';
import { createHoldspace, type Holdspace, type HoldspaceOptions } from '../../src/app/holdspace.ts';
import { KeywordClassifier } from '../../src/classify/keyword-classifier.ts';
import type { Actor } from '../../src/core/api.ts';
import { ManualClock } from '../../src/core/clock.ts';
import type { IncomingMessage } from '../../src/core/message.ts';
import { createLogger } from '../../src/log/logger.ts';

export const GROUP = 'g1';
export const THERAPIST: Actor = { id: 'doc', roles: ['r-therapist'] };
export const ADMIN: Actor = { id: 'boss', roles: ['r-admin'] };
export const MEMBER: Actor = { id: 'u9', roles: [] };

export interface Harness {
  hs: Holdspace;
  platform: LocalPlatform;
  clock: ManualClock;
  dir: string;
  logs: string[];
  say(author: string, text: string, extra?: Partial<IncomingMessage>): Promise<void>;
  close(): Promise<void>;
}

let seq = 0;

/** A whole Holdspace on a temp folder, the local platform, a manual clock, and captured log lines. */
export async function harness(options: Partial<HoldspaceOptions> & { redisUrl?: string | undefined } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'holdspace-test-'));
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });
  const clock = new ManualClock(Date.now());
  const platform = new LocalPlatform();
  const { redisUrl, ...rest } = options;
  const hs = await createHoldspace({
    dataDir: dir, clock, classifier: new KeywordClassifier(), sweepEveryMs: null, visibilityTimeoutMs: 2000,
    queuePrefix: `hs-test-${randomUUID()}`, env: { REDIS_URL: redisUrl, HOLDSPACE_ENCRYPTION_KEY: undefined },
    logger: createLogger({ level: 'debug', destination: sink }),
    ...rest,
  });
  hs.registerPlatform(platform);
  await hs.core.ensureGroup('local', GROUP);
  const op = { id: 'setup', roles: ['platform:admin'] };
  await hs.core.config.set(GROUP, op, 'therapistRoles', 'r-therapist');
  await hs.core.config.set(GROUP, op, 'adminRoles', 'r-admin');
  await hs.core.config.set(GROUP, op, 'reviewChannelId', 'review');
  await hs.start();
  return {
    hs, platform, clock, dir, logs,
    async say(author, text, extra = {}) {
      await hs.core.ingest({ platform: 'local', groupId: GROUP, channelId: 'general', messageId: `m${++seq}`, authorId: author, text, sentAt: clock.now(), ...extra });
      clock.advance(1000);
      await hs.drain();
    },
    async close() {
      await hs.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function dms(platform: LocalPlatform, memberId?: string) {
  return platform.delivered.map((d) => d.action).filter((a): a is Extract<typeof a, { kind: 'dm' }> => a.kind === 'dm' && (memberId === undefined || a.memberId === memberId));
}
