import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One call the fake received: the Web API method (or `respond:<id>` for a response_url), its parameters and token. */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  token: string | undefined;
  contentType: string;
  at: number;
  /** What the fake answered (status and JSON body). */
  response?: { status: number; body: Record<string, unknown> };
}

export interface FakeUser { id: string; isAdmin?: boolean; isOwner?: boolean }
export interface FakeUserGroup { id: string; handle: string; users: string[] }
export type Fault = { status: 429; retryAfter: number } | { status: 500 } | { error: string };

/**
 * A fake Slack Web API on loopback, for the real Bolt app and WebClient. It answers the methods Holdspace
 * uses the way Slack documents them (form-encoded or JSON bodies, `ok`/`error`, `Retry-After` on 429),
 * records every call, and serves response_url endpoints (`/respond/<id>`), which Bolt's respond() posts to
 * directly. Scripted faults let tests answer 429, 500 or an `ok: false` error.
 */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly usergroups: FakeUserGroup[] = [];
  /** channel id → member ids, for conversations.kick / invite. */
  readonly members = new Map<string, Set<string>>();
  /** Tokens the fake accepts, and which kind each is. */
  readonly tokens = new Map<string, 'bot' | 'user' | 'app'>();
  readonly #faults = new Map<string, Fault[]>();
  readonly #listeners = new Set<() => void>();
  #server: Server | undefined;
  readonly #wss = new WebSocketServer({ noServer: true });
  /** Socket Mode: acknowledgements the app sent back, by envelope id. */
  readonly socketAcks = new Map<string, Record<string, unknown>>();
  #socket: WebSocket | undefined;
  #ts = 1_700_000_000_000_000;
  url = '';

  constructor(readonly team = 'T0HOLD', readonly botUserId = 'UBOT', readonly botId = 'BBOT') {}

  async start(): Promise<this> {
    this.#server = createServer((req, res) => { void this.#handle(req, res); });
    // Socket Mode: apps.connections.open hands out ws://…/socket; Slack says hello, then sends envelopes.
    this.#server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) { socket.destroy(); return; }
      this.#wss.handleUpgrade(req, socket, head, (ws) => {
        this.#socket = ws;
        ws.on('message', (data) => {
          const msg = JSON.parse(String(data)) as { envelope_id?: string };
          if (msg.envelope_id) this.socketAcks.set(msg.envelope_id, msg as Record<string, unknown>);
          for (const l of [...this.#listeners]) l();
        });
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'AHOLD' } }));
        for (const l of [...this.#listeners]) l();
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const s = this.#server;
    if (!s) return;
    for (const c of this.#wss.clients) c.terminate();
    this.#wss.close();
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** The Web API base URL for `clientOptions.slackApiUrl`. */
  get apiUrl(): string { return `${this.url}/api/`; }

  responseUrl(id: string): string { return `${this.url}/respond/${id}`; }

  /** The next `times` calls of `method` get this fault instead of an answer. */
  fail(method: string, fault: Fault, times = 1): void {
    const list = this.#faults.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(fault);
    this.#faults.set(method, list);
  }

  /** Whether a Socket Mode client is connected. */
  get socketConnected(): boolean { return this.#socket?.readyState === 1; }

  /** Sends a Socket Mode envelope and resolves with the app's acknowledgement. */
  async socketSend(envelope: { envelope_id: string; type: string; payload: unknown; accepts_response_payload?: boolean; retry_attempt?: number; retry_reason?: string }): Promise<Record<string, unknown>> {
    if (!this.#socket) throw new Error('no Socket Mode client connected');
    this.#socket.send(JSON.stringify({ accepts_response_payload: false, retry_attempt: 0, retry_reason: '', ...envelope }));
    await this.waitFor(() => this.socketAcks.has(envelope.envelope_id), 5_000, `the ack of ${envelope.envelope_id}`);
    return this.socketAcks.get(envelope.envelope_id) as Record<string, unknown>;
  }

  callsTo(method: string): RecordedCall[] { return this.calls.filter((c) => c.method === method); }

  /** Resolves once `predicate` holds for the recorded calls (checked on every new call), or rejects after `timeoutMs`. */
  waitFor(predicate: (calls: readonly RecordedCall[]) => boolean, timeoutMs = 10_000, what = 'the expected Slack calls'): Promise<void> {
    if (predicate(this.calls)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => { if (predicate(this.calls)) { done(); resolve(); } };
      const timer = setTimeout(() => { done(); reject(new Error(`timed out waiting for ${what}; got: ${this.calls.map((c) => c.method).join(', ')}`)); }, timeoutMs);
      const done = () => { clearTimeout(timer); this.#listeners.delete(check); };
      this.#listeners.add(check);
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    const url = new URL(req.url ?? '/', 'http://x');
    const contentType = String(req.headers['content-type'] ?? '');
    const params = parseBody(raw, contentType);
    const auth = String(req.headers.authorization ?? '');
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : (typeof params.token === 'string' ? params.token : undefined);

    const respondMatch = /^\/respond\/([\w-]+)$/.exec(url.pathname);
    const apiMatch = /^\/api\/([\w.]+)$/.exec(url.pathname);
    const method = respondMatch ? `respond:${respondMatch[1]}` : apiMatch ? (apiMatch[1] as string) : `unknown:${url.pathname}`;
    const call: RecordedCall = { method, params, token, contentType, at: Date.now() };
    this.calls.push(call);
    const send = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      call.response = { status, body };
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
      for (const l of [...this.#listeners]) l();
    };

    const fault = this.#faults.get(method)?.shift();
    if (fault) {
      if ('status' in fault && fault.status === 429) return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(fault.retryAfter) });
      if ('status' in fault) return send(fault.status, { ok: false, error: 'internal_error' });
      return send(200, { ok: false, error: fault.error });
    }
    if (respondMatch) return send(200, { ok: true });
    if (!apiMatch) return send(404, { ok: false, error: 'unknown_url' });
    if (!token || !this.tokens.has(token)) return send(200, { ok: false, error: token ? 'invalid_auth' : 'not_authed' });
    send(200, this.#answer(method, params, this.tokens.get(token) as 'bot' | 'user' | 'app'));
  }

  #nextTs(): string {
    this.#ts += 100;
    const s = String(this.#ts);
    return `${s.slice(0, 10)}.${s.slice(10)}`;
  }

  #answer(method: string, p: Record<string, unknown>, kind: 'bot' | 'user' | 'app'): Record<string, unknown> {
    const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : '');
    switch (method) {
      case 'auth.test':
        return kind === 'bot'
          ? { ok: true, url: 'https://holdspace-test.slack.com/', team: 'Holdspace Test', user: 'holdspace', team_id: this.team, user_id: this.botUserId, bot_id: this.botId }
          : { ok: true, team_id: this.team, user_id: 'UADMINTOKEN' };
      case 'chat.postMessage': {
        if (!str('channel')) return { ok: false, error: 'channel_not_found' };
        if (blockProblem(p.blocks)) return { ok: false, error: 'invalid_blocks', errors: [blockProblem(p.blocks)] };
        return { ok: true, channel: str('channel'), ts: this.#nextTs(), message: { text: str('text') } };
      }
      case 'chat.update':
        if (blockProblem(p.blocks)) return { ok: false, error: 'invalid_blocks', errors: [blockProblem(p.blocks)] };
        return str('channel') && str('ts') ? { ok: true, channel: str('channel'), ts: str('ts') } : { ok: false, error: 'message_not_found' };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.#nextTs() };
      case 'chat.delete':
        // Only a workspace admin's user token may delete another member's message.
        return kind === 'user' ? { ok: true, channel: str('channel'), ts: str('ts') } : { ok: false, error: 'cant_delete_message' };
      case 'conversations.open': {
        const user = str('users');
        if (!this.users.has(user)) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${user}` } };
      }
      case 'conversations.kick': {
        const set = this.members.get(str('channel'));
        if (!set) return { ok: false, error: 'channel_not_found' };
        if (!set.delete(str('user'))) return { ok: false, error: 'not_in_channel' };
        return { ok: true };
      }
      case 'conversations.invite': {
        const set = this.members.get(str('channel'));
        if (!set) return { ok: false, error: 'channel_not_found' };
        const users = str('users').split(',');
        if (users.every((u) => set.has(u))) return { ok: false, error: 'already_in_channel' };
        for (const u of users) set.add(u);
        return { ok: true, channel: { id: str('channel') } };
      }
      case 'apps.connections.open':
        return kind === 'app' ? { ok: true, url: `${this.url.replace('http', 'ws')}/socket?ticket=t1` } : { ok: false, error: 'not_allowed_token_type' };
      case 'views.open':
        if (viewProblem(p.view)) return { ok: false, error: 'invalid_arguments', response_metadata: { messages: [viewProblem(p.view)] } };
        return str('trigger_id') ? { ok: true, view: { id: `V${this.#nextTs().replace('.', '')}` } } : { ok: false, error: 'invalid_trigger_id' };
      case 'usergroups.list':
        return { ok: true, usergroups: this.usergroups.map((g) => ({ id: g.id, handle: g.handle, ...(p.include_users === 'true' || p.include_users === true ? { users: g.users } : {}) })) };
      case 'users.info': {
        const u = this.users.get(str('user'));
        return u ? { ok: true, user: { id: u.id, is_admin: Boolean(u.isAdmin), is_owner: Boolean(u.isOwner), is_primary_owner: false } } : { ok: false, error: 'user_not_found' };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/** Slack's two request encodings. The WebClient sends nested values (blocks) as JSON strings inside the form. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.startsWith('application/json')) {
    try { return JSON.parse(raw) as Record<string, unknown>; } catch { return { _raw: raw }; }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = (k === 'blocks' || k === 'view' || k === 'attachments') ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try { return JSON.parse(v); } catch { return v; }
}

/** Block Kit limits Slack enforces (https://api.slack.com/reference/block-kit/blocks), checked so a card Slack would reject fails here too. */
function blockProblem(blocks: unknown): string | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return 'blocks must be an array';
  if (blocks.length > 50) return 'more than 50 blocks';
  for (const [i, b] of (blocks as Record<string, unknown>[]).entries()) {
    const text = b.text as { type?: string; text?: string } | undefined;
    switch (b.type) {
      case 'section': {
        const fields = (b.fields as { text?: string }[] | undefined) ?? [];
        if (!text && fields.length === 0) return `blocks[${i}]: section without text or fields`;
        if (text && (text.text ?? '').length > 3000) return `blocks[${i}].text longer than 3000`;
        if (text && (text.text ?? '') === '') return `blocks[${i}].text empty`;
        if (fields.length > 10 || fields.some((f) => (f.text ?? '').length > 2000 || (f.text ?? '') === '')) return `blocks[${i}].fields invalid`;
        break;
      }
      case 'context': {
        const els = (b.elements as { text?: string }[] | undefined) ?? [];
        if (els.length === 0 || els.length > 10 || els.some((e) => (e.text ?? '').length > 3000)) return `blocks[${i}].elements invalid`;
        break;
      }
      case 'actions': {
        const els = (b.elements as { type?: string; text?: { text?: string }; action_id?: string; value?: string }[] | undefined) ?? [];
        if (els.length === 0 || els.length > 25) return `blocks[${i}].elements count`;
        const ids = new Set<string>();
        for (const e of els) {
          if (e.type === 'button' && ((e.text?.text ?? '').length > 75 || (e.value ?? '').length > 2000)) return `blocks[${i}] button too long`;
          if (e.action_id && ids.has(e.action_id)) return `blocks[${i}] duplicate action_id`;
          if (e.action_id) ids.add(e.action_id);
        }
        break;
      }
      case 'input': case 'header': case 'divider':
        break;
      default:
        return `blocks[${i}]: unknown block type ${String(b.type)}`;
    }
    if (typeof b.block_id === 'string' && b.block_id.length > 255) return `blocks[${i}].block_id too long`;
  }
  return undefined;
}

function viewProblem(view: unknown): string | undefined {
  const v = view as { type?: string; title?: { text?: string }; submit?: { text?: string }; close?: { text?: string }; private_metadata?: string; callback_id?: string; blocks?: unknown } | undefined;
  if (!v || v.type !== 'modal') return 'view must be a modal';
  for (const [k, t] of [['title', v.title], ['submit', v.submit], ['close', v.close]] as const) if (t && (t.text ?? '').length > 24) return `view.${k} longer than 24`;
  if ((v.private_metadata ?? '').length > 3000) return 'private_metadata longer than 3000';
  if ((v.callback_id ?? '').length > 255) return 'callback_id too long';
  return blockProblem(v.blocks);
}
