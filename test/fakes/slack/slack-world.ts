import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../../adapters/slack/index.ts';
import { createHoldspace, type Holdspace } from '../../../src/app/holdspace.ts';
import { ManualClock } from '../../../src/core/clock.ts';
import { createLogger } from '../../../src/log/logger.ts';
import { FakeSlackApi, type RecordedCall } from './fake-slack-api.ts';
import { slackPoster, type SendOptions, type SlackPoster } from './signed-requests.ts';
import { TinyClassifier } from '../../support/tiny-classifier.ts';

export const TEAM = 'T0HOLD';
export const GENERAL = 'C0GENERAL';
export const REVIEW = 'C0REVIEW';
export const MEMBER = 'U0MEMBER';
export const PEER = 'U0PEER';
export const THERAPIST = 'U0DOC';
export const ADMIN = 'U0ADMIN';
export const STRANGER = 'U0RANDO';
export const THERAPISTS_GROUP = 'S0THER';
export const ONCALL_GROUP = 'S0ONCALL';
export const SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-bot';
export const USER_TOKEN = 'xoxp-test-admin';

export interface SlackWorld {
  api: FakeSlackApi;
  hs: Holdspace;
  adapter: SlackAdapter;
  slack: SlackPoster;
  clock: ManualClock;
  port: number;
  logs: string[];
  /** A member posts in a channel (a signed message event); resolves when the core has judged it and acted. */
  say(user: string, text: string, extra?: { channel?: string; thread_ts?: string; eventId?: string } & SendOptions): Promise<{ status: number; eventId: string; ts: string }>;
  /** A slash command; resolves with what the member sees (the response_url post). */
  command(user: string, command: string, text: string): Promise<{ status: number; reply: RecordedCall | undefined }>;
  /** A button click on a posted card; resolves with what the clicker was told. */
  click(user: string, actionId: string, flagId: string): Promise<{ status: number; reply: RecordedCall | undefined }>;
  /** Waits until the adapter has handed everything to the core and the core's queues are empty. */
  settle(): Promise<void>;
  /** Posts to the review channel carrying review cards. */
  cards(): RecordedCall[];
  close(): Promise<void>;
}

let tsSeq = 0;
let respSeq = 0;

/**
 * The real Holdspace core (temp data folder, embedded queue, a tiny deterministic classifier) and the real
 * Bolt app on loopback, with its WebClient pointed at a fake Slack Web API. The workspace is configured the
 * way an admin would: with signed `/holdspace config set` commands.
 */
export async function slackWorld(options: { userToken?: boolean; configure?: boolean; adapter?: Partial<SlackAdapterOptions>; redisUrl?: string } = {}): Promise<SlackWorld> {
  // Undone in reverse order by close(), or at once when setting up fails half-way.
  const undo: (() => Promise<unknown> | void)[] = [];
  const teardown = async () => { for (const u of undo.splice(0).reverse()) await Promise.resolve(u()).catch(() => {}); };
  try {
    return await build(options, undo, teardown);
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function build(options: { userToken?: boolean; configure?: boolean; adapter?: Partial<SlackAdapterOptions>; redisUrl?: string },
  undo: (() => Promise<unknown> | void)[], teardown: () => Promise<void>): Promise<SlackWorld> {
  const api = await new FakeSlackApi(TEAM).start();
  undo.push(() => api.stop());
  api.tokens.set(BOT_TOKEN, 'bot').set(USER_TOKEN, 'user');
  for (const id of [MEMBER, PEER, THERAPIST, STRANGER]) api.users.set(id, { id });
  api.users.set(ADMIN, { id: ADMIN, isAdmin: true });
  api.usergroups.push({ id: THERAPISTS_GROUP, handle: 'therapists', users: [THERAPIST] }, { id: ONCALL_GROUP, handle: 'oncall', users: [THERAPIST] });
  api.members.set(GENERAL, new Set([MEMBER, PEER, THERAPIST, STRANGER, 'UBOT']));
  api.members.set(REVIEW, new Set([THERAPIST, 'UBOT']));

  const dir = mkdtempSync(join(tmpdir(), 'holdspace-slack-'));
  undo.push(() => rmSync(dir, { recursive: true, force: true }));
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: new Writable({ write(chunk, _e, done) { logs.push(String(chunk)); done(); } }) });
  const clock = new ManualClock(Date.now());
  const queuePrefix = `hs-slack-${randomUUID()}`;
  if (options.redisUrl) { const url = options.redisUrl; undo.push(() => dropRedisKeys(url, queuePrefix)); }
  const hs = await createHoldspace({
    dataDir: dir, clock, classifier: new TinyClassifier(), logger, sweepEveryMs: null,
    queuePrefix, env: { REDIS_URL: options.redisUrl, HOLDSPACE_ENCRYPTION_KEY: undefined },
  });
  const adapter = createSlackAdapter({
    botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: api.apiUrl, port: 0, host: '127.0.0.1', core: hs.core,
    logger: logger.child({ adapter: 'slack' }), channelIntervalMs: 50, roleCacheMs: 60_000,
    ...(options.userToken ? { userToken: USER_TOKEN } : {}),
    ...options.adapter,
  });
  undo.push(() => hs.stop());
  hs.registerPlatform(adapter.platform);
  await hs.start();
  undo.push(() => adapter.stop());
  const { port } = await adapter.start();
  const slack = slackPoster(`http://127.0.0.1:${port}/slack/events`, SECRET, TEAM);

  const settle = async () => {
    await new Promise((r) => setImmediate(r));
    await adapter.idle();
    await hs.drain();
    await adapter.idle();
  };
  const replyTo = (id: string) => api.calls.find((c) => c.method === `respond:${id}`);

  const world: SlackWorld = {
    api, hs, adapter, slack, clock, port, logs,
    async say(user, text, extra = {}) {
      const ts = `${Math.floor(clock.now() / 1000)}.${String(++tsSeq).padStart(6, '0')}`;
      const { channel = GENERAL, thread_ts, eventId, ...send } = extra;
      const r = await slack.event({ type: 'message', channel, user, text, ts, ...(thread_ts ? { thread_ts } : {}), channel_type: 'channel', team: TEAM },
        { ...send, ...(eventId ? { eventId } : {}) });
      clock.advance(1000);
      await settle();
      return { status: r.status, eventId: r.eventId, ts };
    },
    async command(user, command, text) {
      const id = `c${++respSeq}`;
      const r = await slack.command(command, text, { userId: user, channelId: GENERAL, responseUrl: api.responseUrl(id) });
      await api.waitFor(() => replyTo(id) !== undefined, 10_000, `a reply to ${command}`).catch(() => {});
      await settle();
      return { status: r.status, reply: replyTo(id) };
    },
    async click(user, actionId, flagId) {
      const card = cardOf(api, flagId);
      const id = `b${++respSeq}`;
      const { buttonClick } = await import('./signed-requests.ts');
      const r = await slack.interaction(buttonClick({ teamId: TEAM, userId: user, channelId: REVIEW, messageTs: card?.ts ?? '0', actionId, value: flagId, responseUrl: api.responseUrl(id) }));
      await api.waitFor(() => replyTo(id) !== undefined || (actionId === 'hs_dismiss' && api.callsTo('views.open').length > 0), 10_000, `a reply to ${actionId}`).catch(() => {});
      await settle();
      return { status: r.status, reply: replyTo(id) };
    },
    settle,
    cards: () => api.callsTo('chat.postMessage').filter((c) => c.params.channel === REVIEW && Array.isArray(c.params.blocks) && c.response?.body.ok === true),
    close: teardown,
  };

  if (options.configure !== false) {
    for (const [path, value] of [['reviewChannelId', `<#${REVIEW}|review>`], ['therapistRoles', `<!subteam^${THERAPISTS_GROUP}|@therapists>`], ['onCallRole', `<!subteam^${ONCALL_GROUP}|@oncall>`]] as const) {
      const r = await world.command(ADMIN, '/holdspace', `config set ${path} ${value}`);
      if (String(r.reply?.params.text ?? '') !== `Set \`${path}\`.`) throw new Error(`configuring ${path} failed: ${JSON.stringify(r.reply?.params)}`);
    }
  }
  return world;
}

/** The posted card of a flag (channel and ts as the fake answered), from the record of chat.postMessage. */
export function cardOf(api: FakeSlackApi, flagId: string): { channel: string; ts: string } | undefined {
  const call = api.calls.find((c) => c.method === 'chat.postMessage' && c.response?.body.ok === true && flagIdOf(c) === flagId);
  return call ? { channel: String(call.params.channel), ts: String(call.response?.body.ts) } : undefined;
}

/** The flag id a card (a chat.postMessage or chat.update with blocks) is about. */
export function flagIdOf(call: RecordedCall): string | undefined {
  return /"block_id":"flag:([^"]+)"/.exec(JSON.stringify(call.params.blocks ?? null))?.[1];
}

/** Removes the keys this world's queues left on the shared Redis. */
async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
