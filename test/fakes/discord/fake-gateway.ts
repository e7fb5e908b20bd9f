import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

/** Gateway opcodes as Discord documents them (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
export const OP = { DISPATCH: 0, HEARTBEAT: 1, IDENTIFY: 2, RESUME: 6, RECONNECT: 7, INVALID_SESSION: 9, HELLO: 10, HEARTBEAT_ACK: 11 } as const;

export interface GatewayFrame { op: number; d: unknown; s?: number | null; t?: string | null }

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, so a RESUME can replay what the client missed. */
  log: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
  intents: number;
}

export interface GatewayHooks {
  token: string;
  /** READY's payload (without session_id / resume_gateway_url, which the gateway adds). */
  ready(): Record<string, unknown>;
  /** Dispatches sent right after READY (GUILD_CREATE for each guild). */
  afterReady(): { t: string; d: unknown }[];
}

/**
 * The gateway half of the fake Discord: HELLO, IDENTIFY → READY (+ GUILD_CREATE), heartbeats and ACKs,
 * RESUME with replay of missed dispatches, and a way to cut the connection mid-session. JSON encoding, no
 * compression (discord.js only asks for zlib-stream when zlib-sync is installed, and it is not).
 */
export class FakeGateway {
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #sessions = new Map<string, Session>();
  #current: Session | null = null;
  readonly frames: { dir: 'in' | 'out'; op: number; t?: string | null | undefined; s?: number | null | undefined }[] = [];
  identifies = 0;
  resumes = 0;
  heartbeats = 0;
  /** Set false to play a gateway that stopped answering heartbeats (a zombie connection). */
  ackHeartbeats = true;
  url = '';
  readonly #sockets = new Set<WebSocket>();
  #nextSession = 1;

  constructor(private readonly hooks: GatewayHooks, private readonly heartbeatIntervalMs = 5_000) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws, req.url ?? ''));
  }

  /** The session the bot identified with, if any. */
  get session(): { id: string; seq: number; intents: number; connected: boolean } | null {
    const s = this.#current;
    return s ? { id: s.id, seq: s.seq, intents: s.intents, connected: s.socket !== null } : null;
  }

  /** Sends a dispatch to the bot now, or keeps it for the RESUME replay when the connection is down. */
  dispatch(t: string, d: unknown): void {
    const s = this.#current;
    if (!s) throw new Error(`no gateway session to dispatch ${t} to`);
    s.seq += 1;
    s.log.push({ s: s.seq, t, d });
    if (s.socket) this.#send(s.socket, { op: OP.DISPATCH, t, s: s.seq, d });
  }

  /** Closes the connection as Discord does when something breaks on its side (4000: resumable). */
  drop(code = 4000): void {
    const s = this.#current;
    if (!s?.socket) return;
    const ws = s.socket;
    s.socket = null;
    ws.close(code, 'fake discord dropped the connection');
  }

  async close(): Promise<void> {
    for (const ws of this.#sockets) ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(ws: WebSocket, url: string): void {
    this.#sockets.add(ws);
    const query = new URL(url, 'ws://x').searchParams;
    if (query.get('encoding') !== 'json' || query.get('compress')) {
      ws.close(4002, 'fake discord speaks uncompressed json only');
      return;
    }
    let session: Session | null = null;
    ws.on('close', () => {
      this.#sockets.delete(ws);
      if (session && session.socket === ws) session.socket = null;
    });
    ws.on('message', (raw) => {
      let frame: GatewayFrame;
      try { frame = JSON.parse(String(raw)) as GatewayFrame; } catch { ws.close(4002, 'decode error'); return; }
      this.frames.push({ dir: 'in', op: frame.op });
      switch (frame.op) {
        case OP.HEARTBEAT:
          this.heartbeats += 1;
          if (this.ackHeartbeats) this.#send(ws, { op: OP.HEARTBEAT_ACK, d: null });
          break;
        case OP.IDENTIFY: {
          const d = frame.d as { token?: string; intents?: number };
          if (!this.#tokenOk(d.token)) { ws.close(4004, 'Authentication failed.'); return; }
          this.identifies += 1;
          session = { id: `sess-${this.#nextSession++}`, seq: 0, log: [], socket: ws, intents: d.intents ?? 0 };
          this.#sessions.set(session.id, session);
          this.#current = session;
          this.dispatch('READY', { ...this.hooks.ready(), session_id: session.id, resume_gateway_url: this.url });
          for (const e of this.hooks.afterReady()) this.dispatch(e.t, e.d);
          break;
        }
        case OP.RESUME: {
          const d = frame.d as { token?: string; session_id?: string; seq?: number };
          if (!this.#tokenOk(d.token)) { ws.close(4004, 'Authentication failed.'); return; }
          const found = d.session_id ? this.#sessions.get(d.session_id) : undefined;
          if (!found) { this.#send(ws, { op: OP.INVALID_SESSION, d: false }); return; }
          this.resumes += 1;
          session = found;
          found.socket = ws;
          this.#current = found;
          for (const e of found.log.filter((x) => x.s > (d.seq ?? 0))) this.#send(ws, { op: OP.DISPATCH, t: e.t, s: e.s, d: e.d });
          this.dispatch('RESUMED', {});
          break;
        }
        default:
          break;
      }
    });
    this.#send(ws, { op: OP.HELLO, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  #tokenOk(token: string | undefined): boolean {
    return token === this.hooks.token || token === `Bot ${this.hooks.token}`;
  }

  #send(ws: WebSocket, frame: GatewayFrame): void {
    this.frames.push({ dir: 'out', op: frame.op, t: frame.t, s: frame.s });
    ws.send(JSON.stringify(frame));
  }
}
