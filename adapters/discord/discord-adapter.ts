import { Client, Events, GatewayIntentBits, Options, Partials, type Guild, type Message, type PartialMessage } from 'discord.js';
import type { CoreApi } from '../../src/core/api.ts';
import type { Platform } from '../../src/core/platform.ts';
import type { Logger } from '../../src/log/logger.ts';
import { DiscordPlatform } from './discord-platform.ts';
import { InteractionHandler } from './interactions.ts';
import { registerGuildCommands } from './register-commands.ts';
import { translateMessage, type DiscordMessageLike } from './message-translation.ts';

export interface DiscordAdapterOptions {
  token: string;
  appId: string;
  /** REST base, e.g. https://discord.com/api (a fake one in tests). The gateway URL comes from GET /gateway/bot. */
  apiUrl: string;
  core: CoreApi;
  logger: Logger;
  /** REST retries for 5xx and network errors (429s are always waited out). Default 3. */
  retries?: number | undefined;
  /** Register the slash commands in each guild when it becomes available (default true). */
  registerOnStart?: boolean | undefined;
}

export interface DiscordAdapter {
  platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Registers the guild slash commands in one guild, or in every guild the bot is in. */
  registerCommands(guildId?: string): Promise<void>;
  /** Resolves when every event and interaction received so far has been handed to the core (tests, shutdown). */
  idle(): Promise<void>;
  readonly client: Client;
}

/**
 * The gateway intents Holdspace needs. Message Content and Server Members are privileged: switch them on in
 * the Developer Portal (Bot → Privileged Gateway Intents).
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.GuildMembers];

/**
 * Holdspace as a Discord bot on discord.js. It turns gateway events into the core's messages, interactions
 * into CoreApi calls (acknowledged within Discord's 3 s), and performs the core's PlatformActions. It decides
 * nothing itself.
 */
export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const { core, logger } = options;
  const client = new Client({
    intents: INTENTS,
    // Edits and deletes of messages sent before the bot started, and members not in the cache, still arrive.
    partials: [Partials.Message, Partials.Channel, Partials.GuildMember, Partials.User],
    // Data minimisation: discord.js would keep the last 200 messages of every channel (their text) in memory.
    // Holdspace keeps none; the core holds the context it needs, encrypted, for as long as it is configured to.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: { api: options.apiUrl, retries: options.retries ?? 3 },
    // Nothing the bot sends pings anyone unless a request says so (the on-call role, a member in a thread).
    allowedMentions: { parse: [] },
  });
  client.rest.setToken(options.token);
  const platform = new DiscordPlatform({ rest: client.rest, logger });
  const known = new Set<string>();
  const pending = new Set<Promise<unknown>>();

  const track = (what: string, work: () => Promise<unknown>): void => {
    const p = work().catch((error: unknown) => {
      logger.error({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error), what }, 'discord event handling failed');
    });
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };

  const ensureGroup = async (guildId: string) => {
    if (known.has(guildId)) return;
    await core.ensureGroup('discord', guildId);
    known.add(guildId);
  };

  const registerIn = async (guildId?: string) => { await registerGuildCommands(client.rest, options.appId, logger, guildId); };

  const onGuild = (guild: Guild) => track('guild', async () => {
    await ensureGroup(guild.id);
    if (options.registerOnStart !== false) await registerIn(guild.id);
  });

  const ingest = (m: Message | PartialMessage, edit: boolean) => track(edit ? 'messageUpdate' : 'messageCreate', async () => {
    const t = translateMessage(m as unknown as DiscordMessageLike, edit);
    if (t.kind === 'skip') return;
    await ensureGroup(t.message.groupId);
    const result = await core.ingest(t.message);
    logger.debug({ guildId: t.message.groupId, channelId: t.message.channelId, status: result.status, reason: result.reason, edit }, 'discord message');
  });

  const interactions = new InteractionHandler({ core, rest: client.rest, logger, ensureGroup });

  client.on(Events.GuildAvailable, onGuild);
  client.on(Events.GuildCreate, onGuild);
  client.on(Events.MessageCreate, (m) => ingest(m, false));
  client.on(Events.MessageUpdate, (_old, m) => {
    // Link previews, pins and flags also arrive as updates, without a new edited timestamp: only a member's
    // edit (edited_timestamp set) is judged again. The core drops a re-delivered edit by its event id.
    if (m.editedTimestamp === null) return;
    ingest(m, true);
  });
  client.on(Events.MessageDelete, (m) => {
    if (!m.guildId) return;
    const guildId = m.guildId;
    track('messageDelete', () => core.messageDeleted('discord', guildId, m.id));
  });
  client.on(Events.GuildMemberRemove, (member) => track('guildMemberRemove', () => core.memberLeft('discord', member.guild.id, member.id)));
  client.on(Events.InteractionCreate, (i) => track('interaction', () => interactions.handle(i)));
  client.on(Events.Error, (error) => logger.error({ err: { name: error.name, message: error.message } }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'discord gateway disconnected'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'discord gateway resumed'));

  return {
    platform,
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
      logger.info({ user: client.user?.id, guilds: client.guilds.cache.size }, 'discord bot ready');
    },
    async stop() {
      await Promise.allSettled([...pending]);
      await client.destroy();
    },
    registerCommands: registerIn,
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
