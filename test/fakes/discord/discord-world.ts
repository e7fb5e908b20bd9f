import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { createDiscordAdapter, type DiscordAdapter } from '../../../adapters/discord/index.ts';
import { createHoldspace, type Holdspace } from '../../../src/app/holdspace.ts';
import type { Actor } from '../../../src/core/api.ts';
import type { Clock } from '../../../src/core/clock.ts';
import { createLogger } from '../../../src/log/logger.ts';
import { FakeDiscord } from './fake-discord.ts';
import { RecordingCore } from './recording-core.ts';
import { TinyClassifier } from '../../support/tiny-classifier.ts';

export interface DiscordWorld {
  fake: FakeDiscord;
  hs: Holdspace;
  adapter: DiscordAdapter;
  logs: string[];
  ids: { general: string; review: string; therapistRole: string; adminRole: string; onCallRole: string; therapist: string; admin: string; alice: string; bob: string; carol: string };
  setup: Actor;
  /** Waits until `check` holds, letting the adapter hand events over and the core drain its queues in between. */
  until<T>(check: () => T | undefined | null | false, what: string, timeoutMs?: number): Promise<T>;
  /** Waits until the adapter and the core are both quiet. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A whole Holdspace (real core on a temp folder, tiny classifier) behind the real discord.js client, which
 * talks to a fake Discord on loopback. The guild has #general, #review, a therapist, an admin and three members.
 */
export async function discordWorld(options: { reviewChannel?: boolean; configure?: boolean; retries?: number; heartbeatIntervalMs?: number; clock?: Clock } = {}): Promise<DiscordWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'holdspace-discord-'));
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });
  const logger = createLogger({ level: 'debug', destination: sink });
  const fake = await new FakeDiscord(options.heartbeatIntervalMs ? { heartbeatIntervalMs: options.heartbeatIntervalMs } : {}).start();
  const therapistRole = fake.addRole('Therapist');
  const adminRole = fake.addRole('Holdspace admin');
  const onCallRole = fake.addRole('On call');
  const ids = {
    general: fake.addChannel('general'),
    review: fake.addChannel('holdspace-review'),
    therapistRole, adminRole, onCallRole,
    therapist: fake.addMember('dr-lee', [therapistRole, onCallRole]),
    admin: fake.addMember('sam-admin', [adminRole]),
    alice: fake.addMember('alice'),
    bob: fake.addMember('bob'),
    carol: fake.addMember('carol'),
  };
  const hs = await createHoldspace({
    dataDir: dir, classifier: new TinyClassifier(), sweepEveryMs: null, visibilityTimeoutMs: 2000,
    queuePrefix: `hs-discord-${randomUUID()}`, ...(options.clock ? { clock: options.clock } : {}), env: { REDIS_URL: undefined, HOLDSPACE_ENCRYPTION_KEY: undefined }, logger,
  });
  const adapter = createDiscordAdapter({ token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl, core: hs.core, logger: logger.child({ adapter: 'discord' }), retries: options.retries ?? 1 });
  hs.registerPlatform(adapter.platform);
  await hs.start();
  await adapter.start();
  await adapter.idle();
  const setup: Actor = { id: 'setup', roles: ['platform:admin'] };
  if (options.configure !== false) {
    const g = fake.guildId;
    await hs.core.config.set(g, setup, 'therapistRoles', therapistRole);
    await hs.core.config.set(g, setup, 'adminRoles', adminRole);
    await hs.core.config.set(g, setup, 'onCallRole', onCallRole);
    if (options.reviewChannel !== false) await hs.core.config.set(g, setup, 'reviewChannelId', ids.review);
  }
  const settle = async () => {
    await adapter.idle();
    await hs.drain();
    await adapter.idle();
  };
  return {
    fake, hs, adapter, logs, ids, setup, settle,
    async until(check, what, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await settle();
        const v = check();
        if (v) return v as never;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async close() {
      await adapter.stop();
      await hs.stop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface AdapterWorld {
  fake: FakeDiscord;
  core: RecordingCore;
  adapter: DiscordAdapter;
  logs: string[];
  ids: { general: string; review: string; therapistRole: string; alice: string; bob: string; therapist: string };
  until<T>(check: () => T | undefined | null | false, what: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** The real discord.js adapter against the fake Discord, with a recording CoreApi: the translation alone. */
export async function adapterWorld(): Promise<AdapterWorld> {
  const logs: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });
  const logger = createLogger({ level: 'debug', destination: sink });
  const fake = await new FakeDiscord().start();
  const core = new RecordingCore();
  const therapistRole = fake.addRole('Therapist');
  core.therapistRole = therapistRole;
  const ids = {
    general: fake.addChannel('general'), review: fake.addChannel('holdspace-review'), therapistRole,
    alice: fake.addMember('alice'), bob: fake.addMember('bob'), therapist: fake.addMember('dr-lee', [therapistRole]),
  };
  const adapter = createDiscordAdapter({ token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl, core, logger, retries: 1 });
  await adapter.start();
  await adapter.idle();
  return {
    fake, core, adapter, logs, ids,
    async until(check, what, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await adapter.idle();
        const v = check();
        if (v) return v as never;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
