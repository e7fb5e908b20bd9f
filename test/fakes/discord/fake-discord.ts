import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './fake-gateway.ts';

/** Discord epoch, for snowflakes the client can read a timestamp from. */
const DISCORD_EPOCH = 1_420_070_400_000n;
const ADMINISTRATOR = 1n << 3n;
const ALL_TEXT_PERMISSIONS = (1n << 41n) - 1n;

export interface FakeUser { id: string; username: string; bot?: boolean }
export interface FakeMember { userId: string; roles: string[]; communicationDisabledUntil: string | null; administrator?: boolean }
export interface FakeChannel { id: string; guildId: string | null; type: number; name: string; parentId?: string | undefined; recipientId?: string | undefined; members?: Set<string> }
export interface FakeMessage {
  id: string; channelId: string; guildId: string | null; authorId: string; content: string;
  embeds: Record<string, unknown>[]; components: Record<string, unknown>[]; nonce: string | null;
  pinned: boolean; deleted: boolean; editedAt: string | null; mentions: string[]; mentionRoles: string[];
  allowedMentions: unknown; flags: number;
}
export interface RecordedRequest { method: string; path: string; query: string; body: unknown; auth: string | undefined; reason: string | undefined; status: number; at: number }
export interface InteractionRecord {
  id: string; token: string; type: number; userId: string;
  /** Callback responses in order (type 4 reply, 5 deferred, 6 deferred update, 9 modal). */
  callbacks: { type: number; data: Record<string, unknown> | undefined; at: number }[];
  /** The original response message, once edited or replied. */
  original: { content: string; embeds: Record<string, unknown>[]; components: Record<string, unknown>[]; flags: number } | null;
  followups: { content: string; embeds: Record<string, unknown>[]; flags: number }[];
}
export interface Fault { method: string; path: RegExp; status: number; code?: number; message?: string; retryAfter?: number; times: number }

/**
 * A fake Discord on loopback for the real discord.js client: the REST routes Holdspace uses (under /api/v10)
 * and a WebSocket gateway on the same port. It keeps a small world (a guild, its channels, roles, members,
 * messages, DMs), records every REST call, and can be told to answer with faults (429 + retry_after, 5xx,
 * 50013 Missing Permissions, 50007 for members whose DMs are closed).
 */
export class FakeDiscord {
  readonly token: string;
  readonly appId = '900000000000000001';
  readonly botId = '900000000000000002';
  readonly guildId = '900000000000000010';
  readonly ownerId = '900000000000000011';
  readonly requests: RecordedRequest[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly members = new Map<string, FakeMember>();
  readonly roles = new Map<string, { id: string; name: string; permissions: bigint }>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, FakeMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly commands = new Map<string, unknown[]>();
  readonly dmsClosed = new Set<string>();
  readonly faults: Fault[] = [];
  readonly gateway: FakeGateway;
  #server: Server | undefined;
  #seq = 0n;
  url = '';
  apiUrl = '';

  constructor(options: { token?: string; heartbeatIntervalMs?: number } = {}) {
    this.token = options.token ?? 'fake-bot-token';
    this.gateway = new FakeGateway({
      token: this.token,
      ready: () => ({
        v: 10, user: this.#user(this.botId), guilds: [{ id: this.guildId, unavailable: true }],
        application: { id: this.appId, flags: 0 }, shard: [0, 1],
      }),
      afterReady: () => [{ t: 'GUILD_CREATE', d: this.guildPayload() }],
    }, options.heartbeatIntervalMs);
    this.users.set(this.botId, { id: this.botId, username: 'holdspace', bot: true });
    this.users.set(this.ownerId, { id: this.ownerId, username: 'owner' });
    this.members.set(this.botId, { userId: this.botId, roles: [], communicationDisabledUntil: null });
    this.members.set(this.ownerId, { userId: this.ownerId, roles: [], communicationDisabledUntil: null, administrator: true });
    this.roles.set(this.guildId, { id: this.guildId, name: '@everyone', permissions: 1024n | 2048n | 65536n });
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => { void this.#handle(req, res); });
    server.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    this.#server = server;
    this.url = `http://127.0.0.1:${port}`;
    this.apiUrl = `${this.url}/api`;
    this.gateway.url = `ws://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    await new Promise<void>((resolve) => { this.#server?.closeAllConnections(); this.#server?.close(() => resolve()); });
  }

  // ── World building ────────────────────────────────────────────────────────────────────────────────

  snowflake(): string {
    this.#seq += 1n;
    return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (this.#seq & 0x3fffffn));
  }

  addRole(name: string, permissions = 0n): string {
    const id = this.snowflake();
    this.roles.set(id, { id, name, permissions });
    return id;
  }

  addMember(username: string, roles: string[] = [], options: { bot?: boolean; administrator?: boolean } = {}): string {
    const id = this.snowflake();
    this.users.set(id, { id, username, ...(options.bot ? { bot: true } : {}) });
    this.members.set(id, { userId: id, roles, communicationDisabledUntil: null, ...(options.administrator ? { administrator: true } : {}) });
    return id;
  }

  addChannel(name: string, type = 0, parentId?: string): string {
    const id = this.snowflake();
    this.channels.set(id, { id, guildId: this.guildId, type, name, parentId });
    return id;
  }

  guildPayload(): Record<string, unknown> {
    const guildChannels = [...this.channels.values()].filter((c) => c.guildId === this.guildId);
    return {
      id: this.guildId, name: 'Holding Space', owner_id: this.ownerId, unavailable: false, member_count: this.members.size,
      large: false, joined_at: new Date().toISOString(), features: [], emojis: [], stickers: [], voice_states: [], presences: [],
      stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [], premium_tier: 0, preferred_locale: 'en-US',
      verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0, nsfw_level: 0, system_channel_flags: 0,
      roles: [...this.roles.values()].map((r, i) => this.#role(r, i)),
      channels: guildChannels.filter((c) => c.type !== 11 && c.type !== 12).map((c) => this.channelPayload(c)),
      threads: guildChannels.filter((c) => c.type === 11 || c.type === 12).map((c) => this.channelPayload(c)),
      members: [...this.members.values()].map((m) => this.memberPayload(m)),
    };
  }

  channelPayload(c: FakeChannel): Record<string, unknown> {
    if (c.type === 1) return { id: c.id, type: 1, recipients: c.recipientId ? [this.#user(c.recipientId)] : [], last_message_id: null };
    const base = { id: c.id, type: c.type, name: c.name, guild_id: c.guildId, position: 0, permission_overwrites: [], parent_id: c.parentId ?? null, nsfw: false, topic: null, rate_limit_per_user: 0 };
    if (c.type === 11 || c.type === 12) {
      return { ...base, owner_id: this.botId, member_count: c.members?.size ?? 0, message_count: 0, thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false, invitable: false } };
    }
    return base;
  }

  memberPayload(m: FakeMember): Record<string, unknown> {
    return { user: this.#user(m.userId), roles: m.roles, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, nick: null, communication_disabled_until: m.communicationDisabledUntil };
  }

  messagePayload(m: FakeMessage): Record<string, unknown> {
    const member = this.members.get(m.authorId);
    return {
      id: m.id, channel_id: m.channelId, ...(m.guildId ? { guild_id: m.guildId } : {}), author: this.#user(m.authorId),
      ...(member && m.guildId ? { member: { roles: member.roles, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } } : {}),
      content: m.content, timestamp: new Date(snowflakeTime(m.id)).toISOString(), edited_timestamp: m.editedAt, tts: false,
      mention_everyone: false, mentions: m.mentions.map((id) => this.#user(id)), mention_roles: m.mentionRoles, attachments: [],
      embeds: m.embeds, components: m.components, pinned: m.pinned, type: 0, flags: m.flags, ...(m.nonce ? { nonce: m.nonce } : {}),
    };
  }

  // ── What members do (gateway dispatches) ─────────────────────────────────────────────────────────

  /** A member posts in a channel: the message is stored and MESSAGE_CREATE goes out. Returns the message id. */
  post(authorId: string, channelId: string, content: string, options: { mentions?: string[] } = {}): string {
    const m = this.#store({ channelId, guildId: this.guildId, authorId, content, mentions: options.mentions ?? [] });
    this.gateway.dispatch('MESSAGE_CREATE', this.messagePayload(m));
    return m.id;
  }

  /** A message posted before the bot started: stored, never dispatched, so the bot has not cached it. */
  preexisting(authorId: string, channelId: string, content: string): string {
    return this.#store({ channelId, guildId: this.guildId, authorId, content }).id;
  }

  edit(messageId: string, content: string): void {
    const m = this.#message(messageId);
    m.content = content;
    m.editedAt = new Date().toISOString();
    this.gateway.dispatch('MESSAGE_UPDATE', this.messagePayload(m));
  }

  /** Discord adds a link preview: MESSAGE_UPDATE with the same text and no new edited timestamp. */
  unfurl(messageId: string): void {
    const m = this.#message(messageId);
    m.embeds = [{ type: 'link', title: 'A link preview', url: 'https://example.org' }];
    this.gateway.dispatch('MESSAGE_UPDATE', this.messagePayload(m));
  }

  deleteByMember(messageId: string): void {
    const m = this.#message(messageId);
    m.deleted = true;
    this.gateway.dispatch('MESSAGE_DELETE', { id: m.id, channel_id: m.channelId, guild_id: m.guildId });
  }

  leave(userId: string): void {
    this.members.delete(userId);
    this.gateway.dispatch('GUILD_MEMBER_REMOVE', { guild_id: this.guildId, user: this.#user(userId) });
  }

  /** A member runs a slash command. `options` is the command's option tree as Discord sends it. Returns the interaction token. */
  slash(userId: string, name: string, options: unknown[] = [], channelId?: string, resolved?: Record<string, unknown>): string {
    return this.#interact(userId, 2, { id: this.snowflake(), name, type: 1, options, ...(resolved ? { resolved } : {}) }, channelId);
  }

  /** A member clicks a button on a message. Returns the interaction token. */
  click(userId: string, messageId: string, customId: string): string {
    const m = this.#message(messageId);
    return this.#interact(userId, 3, { custom_id: customId, component_type: 2 }, m.channelId, this.messagePayload(m));
  }

  /** A member submits the modal an earlier interaction showed, filling its text inputs with `values` in order. */
  submitModal(userId: string, fromToken: string, values: string[]): string {
    const from = this.interactions.get(fromToken);
    const modal = from?.callbacks.find((c) => c.type === 9)?.data;
    if (!modal) throw new Error(`interaction ${fromToken} showed no modal`);
    const inputs = textInputs(modal);
    const components = inputs.map((customId, i) => ({ type: 18, id: i + 1, component: { type: 4, id: i + 100, custom_id: customId, value: values[i] ?? '' } }));
    return this.#interact(userId, 5, { custom_id: modal.custom_id, components }, undefined, undefined);
  }

  #interact(userId: string, type: number, data: Record<string, unknown>, channelId?: string, message?: Record<string, unknown>): string {
    const member = this.members.get(userId);
    const id = this.snowflake();
    const token = `itok-${id}`;
    this.interactions.set(token, { id, token, type, userId, callbacks: [], original: null, followups: [] });
    const channel = this.channels.get(channelId ?? [...this.channels.keys()][0] ?? '');
    this.gateway.dispatch('INTERACTION_CREATE', {
      id, application_id: this.appId, type, token, version: 1, guild_id: this.guildId, locale: 'en-US', guild_locale: 'en-US',
      channel_id: channel?.id, channel: channel ? this.channelPayload(channel) : undefined,
      member: member ? { ...this.memberPayload(member), permissions: String(this.permissionsOf(userId)) } : undefined,
      app_permissions: String(ALL_TEXT_PERMISSIONS), entitlements: [], authorizing_integration_owners: { 0: this.guildId }, context: 0,
      data, ...(message ? { message } : {}),
    });
    return token;
  }

  permissionsOf(userId: string): bigint {
    const m = this.members.get(userId);
    if (!m) return 0n;
    if (m.administrator || userId === this.ownerId) return ALL_TEXT_PERMISSIONS | ADMINISTRATOR;
    let p = this.roles.get(this.guildId)?.permissions ?? 0n;
    for (const r of m.roles) p |= this.roles.get(r)?.permissions ?? 0n;
    return p;
  }

  // ── What tests look at ───────────────────────────────────────────────────────────────────────────

  messagesIn(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId && !m.deleted);
  }

  /** DMs the bot sent to a member. */
  dmsTo(userId: string): FakeMessage[] {
    const dm = [...this.channels.values()].find((c) => c.type === 1 && c.recipientId === userId);
    return dm ? this.messagesIn(dm.id) : [];
  }

  /** Everything the interaction showed its user, as text: reply content, embeds, follow-ups. */
  replyText(token: string): string {
    const i = this.interactions.get(token);
    if (!i) return '';
    const parts: string[] = [];
    for (const c of i.callbacks) if (c.type === 4 && c.data) parts.push(messageText(c.data));
    if (i.original) parts.push(messageText(i.original));
    for (const f of i.followups) parts.push(messageText(f));
    return parts.join('\n');
  }

  /** True when every visible answer of the interaction was ephemeral. */
  repliesEphemeral(token: string): boolean {
    const i = this.interactions.get(token);
    if (!i) return false;
    const flags = [...i.callbacks.filter((c) => c.type === 4 || c.type === 5).map((c) => Number(c.data?.flags ?? 0)), ...i.followups.map((f) => f.flags)];
    return flags.length > 0 && flags.every((f) => (f & 64) === 64);
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** The next `times` matching requests get this answer instead of being handled. */
  fail(fault: Omit<Fault, 'times'> & { times?: number }): void {
    this.faults.push({ times: 1, ...fault });
  }

  // ── REST ─────────────────────────────────────────────────────────────────────────────────────────

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    if (raw && (req.headers['content-type'] ?? '').includes('application/json')) {
      try { body = JSON.parse(raw); } catch { return this.#reply(res, { method, path: url.pathname, query: url.search, body: raw, auth: undefined, reason: undefined, status: 400, at: Date.now() }, 400, { code: 50109, message: 'The request body contains invalid JSON.' }); }
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const rec: RecordedRequest = {
      method, path, query: url.search, body, auth: req.headers.authorization, status: 0, at: Date.now(),
      reason: req.headers['x-audit-log-reason'] === undefined ? undefined : decodeURIComponent(String(req.headers['x-audit-log-reason'])),
    };
    if (!url.pathname.startsWith('/api/v10/')) return this.#reply(res, rec, 404, { code: 0, message: '404: Not Found' });
    const open = /^\/(interactions|webhooks)\//.test(path);
    if (!open && req.headers.authorization !== `Bot ${this.token}`) return this.#reply(res, rec, 401, { code: 0, message: '401: Unauthorized' });

    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(path));
    if (fault) {
      fault.times -= 1;
      if (fault.status === 429) {
        const retryAfter = fault.retryAfter ?? 1;
        res.setHeader('Retry-After', String(retryAfter));
        res.setHeader('X-RateLimit-Scope', 'user');
        return this.#reply(res, rec, 429, { message: 'You are being rate limited.', retry_after: retryAfter, global: false });
      }
      return this.#reply(res, rec, fault.status, { code: fault.code ?? 0, message: fault.message ?? 'fault' });
    }
    try {
      const [status, answer] = this.#route(method, path, body, rec);
      return this.#reply(res, rec, status, answer);
    } catch (error) {
      return this.#reply(res, rec, 500, { code: 0, message: error instanceof Error ? error.message : String(error) });
    }
  }

  #route(method: string, path: string, body: unknown, rec: RecordedRequest): [number, unknown] {
    const b = (body ?? {}) as Record<string, unknown>;
    const seg = path.split('/').filter(Boolean);
    const is = (m: string, pattern: RegExp) => method === m && pattern.test(path);

    if (is('GET', /^\/gateway\/bot$/)) {
      return [200, { url: this.gateway.url, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } }];
    }
    if (is('GET', /^\/users\/@me$/)) return [200, this.#user(this.botId)];
    if (is('GET', /^\/users\/@me\/guilds$/)) return [200, [{ id: this.guildId, name: 'Holding Space', icon: null, owner: false, permissions: String(ALL_TEXT_PERMISSIONS), features: [] }]];
    if (is('PUT', /^\/applications\/\d+\/guilds\/\d+\/commands$/) || is('PUT', /^\/applications\/\d+\/commands$/)) {
      const scope = seg.length === 5 ? (seg[3] as string) : 'global';
      const list = (Array.isArray(body) ? body : []).map((c) => ({ ...(c as object), id: this.snowflake(), application_id: this.appId, version: this.snowflake(), ...(scope !== 'global' ? { guild_id: scope } : {}) }));
      this.commands.set(scope, list);
      return [200, list];
    }
    if (is('POST', /^\/users\/@me\/channels$/)) {
      const recipient = String(b.recipient_id);
      let dm = [...this.channels.values()].find((c) => c.type === 1 && c.recipientId === recipient);
      if (!dm) {
        if (!this.users.has(recipient)) return [400, { code: 50035, message: 'Invalid Form Body' }];
        dm = { id: this.snowflake(), guildId: null, type: 1, name: '', recipientId: recipient };
        this.channels.set(dm.id, dm);
      }
      return [200, this.channelPayload(dm)];
    }
    if (is('GET', /^\/channels\/\d+$/)) {
      const c = this.channels.get(seg[1] as string);
      return c ? [200, this.channelPayload(c)] : [404, { code: 10003, message: 'Unknown Channel' }];
    }
    if (is('POST', /^\/channels\/\d+\/messages$/)) return this.#createMessage(seg[1] as string, b);
    if (is('PATCH', /^\/channels\/\d+\/messages\/\d+$/)) {
      const m = this.messages.get(seg[3] as string);
      if (!m || m.deleted) return [404, { code: 10008, message: 'Unknown Message' }];
      if (m.authorId !== this.botId) return [403, { code: 50005, message: 'Cannot edit a message authored by another user' }];
      if (typeof b.content === 'string') m.content = b.content;
      if (Array.isArray(b.embeds)) m.embeds = b.embeds as Record<string, unknown>[];
      if (Array.isArray(b.components)) m.components = b.components as Record<string, unknown>[];
      m.editedAt = new Date().toISOString();
      return [200, this.messagePayload(m)];
    }
    if (is('DELETE', /^\/channels\/\d+\/messages\/\d+$/)) {
      const m = this.messages.get(seg[3] as string);
      if (!m || m.deleted) return [404, { code: 10008, message: 'Unknown Message' }];
      m.deleted = true;
      return [204, null];
    }
    if (is('PUT', /^\/channels\/\d+\/(messages\/)?pins\/\d+$/)) {
      const m = this.messages.get(seg[seg.length - 1] as string);
      if (!m || m.deleted) return [404, { code: 10008, message: 'Unknown Message' }];
      m.pinned = true;
      return [204, null];
    }
    if (is('POST', /^\/channels\/\d+\/threads$/)) {
      const parent = this.channels.get(seg[1] as string);
      if (!parent) return [404, { code: 10003, message: 'Unknown Channel' }];
      const type = Number(b.type ?? 11);
      const thread: FakeChannel = { id: this.snowflake(), guildId: this.guildId, type, name: String(b.name ?? 'thread'), parentId: parent.id, members: new Set([this.botId]) };
      this.channels.set(thread.id, thread);
      this.gateway.dispatch('THREAD_CREATE', { ...this.channelPayload(thread), newly_created: true });
      return [201, this.channelPayload(thread)];
    }
    if (is('PUT', /^\/channels\/\d+\/thread-members\/\d+$/)) {
      const t = this.channels.get(seg[1] as string);
      if (!t?.members) return [404, { code: 10003, message: 'Unknown Channel' }];
      t.members.add(seg[3] as string);
      return [204, null];
    }
    if (is('GET', /^\/guilds\/\d+\/members\/\d+$/)) {
      const m = this.members.get(seg[3] as string);
      return m ? [200, this.memberPayload(m)] : [404, { code: 10007, message: 'Unknown Member' }];
    }
    if (is('PATCH', /^\/guilds\/\d+\/members\/\d+$/)) {
      const m = this.members.get(seg[3] as string);
      if (!m) return [404, { code: 10007, message: 'Unknown Member' }];
      if ('communication_disabled_until' in b) {
        const until = b.communication_disabled_until as string | null;
        if (until !== null && Date.parse(until) - Date.now() > 28 * 86_400_000) return [400, { code: 50035, message: 'Invalid Form Body' }];
        m.communicationDisabledUntil = until;
      }
      return [200, this.memberPayload(m)];
    }
    if (is('POST', /^\/interactions\/\d+\/[^/]+\/callback$/)) {
      const i = this.interactions.get(seg[2] as string);
      if (!i || i.id !== seg[1]) return [404, { code: 10062, message: 'Unknown interaction' }];
      if (i.callbacks.length > 0) return [400, { code: 40060, message: 'Interaction has already been acknowledged.' }];
      const data = b.data as Record<string, unknown> | undefined;
      i.callbacks.push({ type: Number(b.type), data, at: Date.now() });
      if (Number(b.type) === 4 && data) i.original = { content: String(data.content ?? ''), embeds: (data.embeds ?? []) as Record<string, unknown>[], components: (data.components ?? []) as Record<string, unknown>[], flags: Number(data.flags ?? 0) };
      return [204, null];
    }
    if (is('PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/)) {
      const i = this.interactions.get(seg[2] as string);
      if (!i || i.callbacks.length === 0) return [404, { code: 10015, message: 'Unknown Webhook' }];
      const flags = Number(i.callbacks[0]?.data?.flags ?? 0);
      i.original = { content: String(b.content ?? i.original?.content ?? ''), embeds: (b.embeds ?? i.original?.embeds ?? []) as Record<string, unknown>[], components: (b.components ?? []) as Record<string, unknown>[], flags };
      return [200, this.#webhookMessage(i, i.original)];
    }
    if (is('POST', /^\/webhooks\/\d+\/[^/]+$/)) {
      const i = this.interactions.get(seg[2] as string);
      if (!i || i.callbacks.length === 0) return [404, { code: 10015, message: 'Unknown Webhook' }];
      const f = { content: String(b.content ?? ''), embeds: (b.embeds ?? []) as Record<string, unknown>[], flags: Number(b.flags ?? 0) };
      i.followups.push(f);
      return [200, this.#webhookMessage(i, f)];
    }
    void rec;
    return [404, { code: 0, message: `404: no fake route for ${method} ${path}` }];
  }

  #createMessage(channelId: string, b: Record<string, unknown>): [number, unknown] {
    const channel = this.channels.get(channelId);
    if (!channel) return [404, { code: 10003, message: 'Unknown Channel' }];
    if (channel.type === 1 && channel.recipientId && this.dmsClosed.has(channel.recipientId)) {
      return [403, { code: 50007, message: 'Cannot send messages to this user' }];
    }
    const nonce = b.nonce === undefined ? null : String(b.nonce);
    if (nonce && b.enforce_nonce === true) {
      // Discord: with enforce_nonce, a second create with the same nonce returns the first message.
      const earlier = [...this.messages.values()].find((m) => m.channelId === channelId && m.authorId === this.botId && m.nonce === nonce);
      if (earlier) return [200, this.messagePayload(earlier)];
    }
    const content = String(b.content ?? '');
    const allowed = b.allowed_mentions as { users?: string[]; roles?: string[]; parse?: string[] } | undefined;
    const mentionRoles = [...content.matchAll(/<@&(\d+)>/g)].map((x) => x[1] as string).filter((r) => allowed === undefined || (allowed.roles ?? []).includes(r) || (allowed.parse ?? []).includes('roles'));
    const mentions = [...content.matchAll(/<@!?(\d+)>/g)].map((x) => x[1] as string).filter((u) => allowed === undefined || (allowed.users ?? []).includes(u) || (allowed.parse ?? []).includes('users'));
    const m = this.#store({
      channelId, guildId: channel.guildId, authorId: this.botId, content, nonce, mentions, mentionRoles, allowedMentions: allowed,
      embeds: (b.embeds ?? []) as Record<string, unknown>[], components: (b.components ?? []) as Record<string, unknown>[],
    });
    return [200, this.messagePayload(m)];
  }

  #store(p: Partial<FakeMessage> & { channelId: string; guildId: string | null; authorId: string; content: string }): FakeMessage {
    const m: FakeMessage = { id: this.snowflake(), embeds: [], components: [], nonce: null, pinned: false, deleted: false, editedAt: null, mentions: [], mentionRoles: [], allowedMentions: undefined, flags: 0, ...p };
    this.messages.set(m.id, m);
    return m;
  }

  #webhookMessage(i: InteractionRecord, m: { content: string; embeds: Record<string, unknown>[]; flags: number }): Record<string, unknown> {
    return { id: this.snowflake(), channel_id: [...this.channels.keys()][0], author: this.#user(this.botId), content: m.content, embeds: m.embeds, components: [], timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, type: 20, flags: m.flags, webhook_id: this.appId, application_id: this.appId, interaction: { id: i.id, type: i.type, name: 'x', user: this.#user(i.userId) } };
  }

  #message(id: string): FakeMessage {
    const m = this.messages.get(id);
    if (!m) throw new Error(`fake discord has no message ${id}`);
    return m;
  }

  #user(id: string): Record<string, unknown> {
    const u = this.users.get(id);
    return { id, username: u?.username ?? `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null, ...(u?.bot ? { bot: true } : {}) };
  }

  #role(r: { id: string; name: string; permissions: bigint }, position: number): Record<string, unknown> {
    return { id: r.id, name: r.name, permissions: String(r.permissions), position, color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, managed: false, mentionable: true, flags: 0, icon: null, unicode_emoji: null };
  }

  #reply(res: ServerResponse, rec: RecordedRequest, status: number, answer: unknown): void {
    rec.status = status;
    this.requests.push(rec);
    if (status === 204 || answer === null) { res.writeHead(status === 200 ? 204 : status); res.end(); return; }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  }
}

export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

function messageText(m: { content?: unknown; embeds?: unknown }): string {
  const parts = [String(m.content ?? '')];
  for (const e of (m.embeds ?? []) as Record<string, unknown>[]) {
    parts.push(String(e.title ?? ''), String(e.description ?? ''));
    for (const f of (e.fields ?? []) as { name: string; value: string }[]) parts.push(`${f.name}: ${f.value}`);
    const footer = e.footer as { text?: string } | undefined;
    if (footer?.text) parts.push(footer.text);
  }
  return parts.filter(Boolean).join('\n');
}

function textInputs(modal: Record<string, unknown>): string[] {
  const ids: string[] = [];
  const walk = (c: unknown) => {
    if (!c || typeof c !== 'object') return;
    const o = c as Record<string, unknown>;
    if (o.type === 4 && typeof o.custom_id === 'string') ids.push(o.custom_id);
    if (Array.isArray(o.components)) o.components.forEach(walk);
    if (o.component) walk(o.component);
  };
  ((modal.components ?? []) as unknown[]).forEach(walk);
  return ids;
}
