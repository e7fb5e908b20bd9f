import type Database from 'better-sqlite3';
import { and, asc, eq, inArray, lt, ne } from 'drizzle-orm';
import type { ContextMessage, IncomingMessage } from '../core/message.ts';
import { ContextTextCache, ownerKey } from './context-text-cache.ts';
import type { Cipher } from './crypto.ts';
import type { Db } from './db.ts';
import { messages } from './schema.ts';

export interface StoredMessage {
  id: number;
  groupId: string;
  channelId: string;
  threadId: string | null;
  platformMessageId: string;
  authorId: string;
  mentions: string[];
  sentAt: number;
  version: number;
  status: string;
  /** Null once retention removed it. */
  text: string | null;
}

export type SaveOutcome = { status: 'new' | 'edited'; id: number; version: number } | { status: 'duplicate'; id: number };

const aad = (r: { groupId: string; channelId: string; platformMessageId: string }) =>
  `message:${r.groupId}:${r.channelId}:${r.platformMessageId}`;

interface MessageRow {
  id: number; group_id: string; channel_id: string; thread_id: string | null; platform_message_id: string; author_id: string;
  text_enc: Buffer | null; mentions: string | null; sent_at: number; version: number; status: string;
}

/** A row of the window queries (`.raw()`): id, version, author_id, sent_at, platform_message_id. */
type WindowRow = [id: number, version: number, authorId: string, sentAt: number, platformMessageId: string];

type ContextRow = Pick<MessageRow, 'id' | 'version' | 'group_id' | 'channel_id' | 'platform_message_id' | 'text_enc' | 'sent_at'>;

const rowAad = (r: { group_id: string; channel_id: string; platform_message_id: string }) =>
  `message:${r.group_id}:${r.channel_id}:${r.platform_message_id}`;

/** The short-lived conversation context. Text lives here, encrypted, only while it is inside the window. */
export class MessagesRepo {
  // The ingest and judge hot path runs on statements prepared once, straight on better-sqlite3: building a
  // query, or even drizzle's mapping of a prepared one, costs more than running it.
  readonly #byKey: Database.Statement;
  readonly #byId: Database.Statement;
  readonly #context: Database.Statement;
  readonly #textOf: Database.Statement;
  readonly #many: Database.Statement;
  readonly #between: Database.Statement;
  readonly #insert: Database.Statement;
  readonly #edit: Database.Statement;
  readonly #mark: Database.Statement;
  readonly #failed: Database.Statement;
  readonly #unjudged: Database.Statement;
  readonly #nthNewest: Database.Statement;
  readonly #oldestPending: Database.Statement;
  readonly #nthBefore: Database.Statement;
  readonly #purgeBelow: Database.Statement;
  readonly #purgeExpired: Database.Statement;
  /** Decrypted text of rows inside the window, forgotten whenever this repository deletes or edits a row. */
  readonly #texts: ContextTextCache;

  constructor(private readonly db: Db, private readonly cipher: Cipher, texts = new ContextTextCache()) {
    const sqlite = db.$client;
    this.#texts = texts;
    this.#byKey = sqlite.prepare('SELECT id, version, text_enc FROM messages WHERE group_id = ? AND channel_id = ? AND platform_message_id = ?');
    this.#byId = sqlite.prepare('SELECT * FROM messages WHERE id = ?');
    // The window without its ciphertext: cached texts need none, a miss reads its own row (#textOf).
    this.#context = sqlite.prepare(`SELECT id, version, author_id, sent_at, platform_message_id FROM messages
      WHERE group_id = ? AND channel_id = ? AND id < ? AND text_enc IS NOT NULL AND sent_at >= ?
      ORDER BY id DESC LIMIT ?`).raw();
    this.#many = sqlite.prepare('SELECT * FROM messages WHERE id IN (SELECT value FROM json_each(?))');
    this.#between = sqlite.prepare(`SELECT id, version, author_id, sent_at, platform_message_id FROM messages
      WHERE group_id = ? AND channel_id = ? AND id >= ? AND id < ? AND text_enc IS NOT NULL AND sent_at >= ?
      ORDER BY id DESC LIMIT ?`).raw();
    this.#textOf = sqlite.prepare('SELECT id, version, group_id, channel_id, platform_message_id, sent_at, text_enc FROM messages WHERE id = ?');
    this.#insert = sqlite.prepare(`INSERT INTO messages (group_id, channel_id, platform_message_id, thread_id, author_id, text_enc, mentions, sent_at, status)
      VALUES (@groupId, @channelId, @platformMessageId, @threadId, @authorId, @textEnc, @mentions, @sentAt, 'pending')
      ON CONFLICT DO NOTHING RETURNING id`).pluck();
    this.#edit = sqlite.prepare(`UPDATE messages SET text_enc = @textEnc, version = @version, status = 'pending', classified_at = NULL, judge_failures = 0 WHERE id = @id`);
    this.#failed = sqlite.prepare(`UPDATE messages SET judge_failures = judge_failures + 1 WHERE id = ? AND version = ? AND status = 'pending'
      RETURNING judge_failures`).pluck();
    this.#unjudged = sqlite.prepare(`UPDATE messages SET status = 'unjudged', text_enc = NULL, classified_at = ? WHERE id = ? AND version = ?
      AND status = 'pending'`);
    this.#mark = sqlite.prepare('UPDATE messages SET status = @status, classified_at = @at WHERE id = @id AND version = @version');
    this.#nthNewest = sqlite.prepare('SELECT id FROM messages WHERE group_id = ? AND channel_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?').pluck();
    this.#oldestPending = sqlite.prepare("SELECT id FROM messages WHERE group_id = ? AND channel_id = ? AND status = 'pending' ORDER BY id LIMIT 1").pluck();
    this.#nthBefore = sqlite.prepare('SELECT id FROM messages WHERE group_id = ? AND channel_id = ? AND id < ? ORDER BY id DESC LIMIT 1 OFFSET ?').pluck();
    // Two range deletes rather than one OR, which would read every row of the channel (many are pending under load).
    this.#purgeBelow = sqlite.prepare(`DELETE FROM messages WHERE group_id = ? AND channel_id = ? AND id < ? AND status != 'pending' RETURNING id`).pluck();
    // The channel's rows sent before the window, on (group_id, channel_id, sent_at): old rows are few.
    this.#purgeExpired = sqlite.prepare(`DELETE FROM messages WHERE group_id = ? AND channel_id = ? AND sent_at < ?
      AND status != 'pending' RETURNING id`).pluck();
  }

  save(m: IncomingMessage): SaveOutcome {
    const key = { groupId: m.groupId, channelId: m.channelId, platformMessageId: m.messageId };
    const textEnc = this.cipher.encrypt(m.text, aad(key));
    // Insert first: a new message (nearly all of them) costs one statement; a known one falls through to the lookup.
    const id = this.#insert.get({
      ...key,
      threadId: m.threadId ?? null,
      authorId: m.authorId,
      textEnc,
      mentions: m.mentions && m.mentions.length > 0 ? JSON.stringify(m.mentions) : null,
      sentAt: m.sentAt,
    }) as number | undefined;
    if (id !== undefined) return { status: m.editedAt === undefined ? 'new' : 'edited', id, version: 1 };
    const existing = this.#byKey.get(m.groupId, m.channelId, m.messageId) as { id: number; version: number; text_enc: Buffer | null } | undefined;
    if (!existing) return { status: 'duplicate', id: -1 };
    if (m.editedAt === undefined) return { status: 'duplicate', id: existing.id };
    if (existing.text_enc && this.cipher.decrypt(existing.text_enc, aad(key)) === m.text) return { status: 'duplicate', id: existing.id };
    const version = existing.version + 1;
    this.#edit.run({ textEnc, version, id: existing.id });
    this.#texts.forget(existing.id);
    return { status: 'edited', id: existing.id, version };
  }

  /**
   * Keeps a message's text in memory for its judgement and its window, once the commit that stored it has
   * succeeded (never before: a rolled-back row must not leave text behind that the database never held).
   */
  remember(id: number, version: number, m: IncomingMessage): void {
    this.#texts.set(id, version, m.groupId, m.channelId, m.sentAt, m.text, m.messageId);
  }

  get(id: number): StoredMessage | undefined {
    const r = this.#byId.get(id) as MessageRow | undefined;
    return r ? this.#stored(r) : undefined;
  }

  /** Several messages by id in one statement (a burst's judgement); ids not found are absent. */
  getMany(ids: readonly number[]): Map<number, StoredMessage> {
    const out = new Map<number, StoredMessage>();
    if (ids.length === 0) return out;
    for (const r of this.#many.all(JSON.stringify(ids)) as MessageRow[]) out.set(r.id, this.#stored(r));
    return out;
  }

  #stored(r: MessageRow): StoredMessage {
    return {
      id: r.id, groupId: r.group_id, channelId: r.channel_id, threadId: r.thread_id, platformMessageId: r.platform_message_id,
      authorId: r.author_id, mentions: r.mentions ? (JSON.parse(r.mentions) as string[]) : [], sentAt: r.sent_at,
      version: r.version, status: r.status, text: this.#text(r),
    };
  }

  /** The messages of the channel before `beforeId`, oldest first, at most `limit`, none older than `since`. */
  context(groupId: string, channelId: string, beforeId: number, limit: number, since: number): ContextMessage[] {
    const rows = this.#context.all(groupId, channelId, beforeId, since, limit) as WindowRow[];
    // Rows are newest first: what is older than the last one has left this window.
    this.#texts.forgetChannelBefore(groupId, channelId, rows.at(-1)?.[0] ?? beforeId);
    const out: ContextMessage[] = [];
    for (let i = rows.length - 1; i >= 0; i--) {
      const line = this.#line(groupId, channelId, rows[i]!);
      if (line !== null) out.push(line);
    }
    return out;
  }

  /**
   * The windows of several messages of one channel (a burst) from two reads instead of one per message: for
   * each target, what `context(groupId, channelId, id, limit, since)` returns. The rows between the burst's
   * first and last message are read in full and the `limit` rows before the first; a target whose window
   * would need more than that (timestamps that run backwards, a later `since`) is read on its own, and so is
   * a burst spread over more rows than a few windows.
   */
  contexts(groupId: string, channelId: string, targets: readonly { id: number; since: number }[], limit: number): Map<number, ContextMessage[]> {
    const out = new Map<number, ContextMessage[]>();
    if (targets.length === 0) return out;
    const sorted = [...targets].sort((a, b) => a.id - b.id);
    const first = sorted[0]!;
    const last = sorted.at(-1)!;
    const since = Math.min(...sorted.map((t) => t.since));
    const cap = limit * 4 + sorted.length;
    const inside = this.#between.all(groupId, channelId, first.id, last.id, since, cap) as WindowRow[];
    if (inside.length >= cap) {
      for (const t of sorted) out.set(t.id, this.context(groupId, channelId, t.id, limit, t.since));
      return out;
    }
    const before = this.#context.all(groupId, channelId, first.id, since, limit) as WindowRow[];
    this.#texts.forgetChannelBefore(groupId, channelId, before.at(-1)?.[0] ?? first.id);
    // Oldest first, each row's text resolved once for the whole burst.
    const rows = [...before.reverse(), ...inside.reverse()];
    const lines = rows.map((r) => this.#line(groupId, channelId, r));
    // `before` was cut at `limit` rows: a window that reaches its end without `limit` rows may be missing some.
    const cut = before.length === limit;
    let end = 0;
    for (const t of sorted) {
      while (end < rows.length && rows[end]![0] < t.id) end++;
      // As context(): the newest `limit` rows at or after `since`, then those whose text is gone left out.
      const window: ContextMessage[] = [];
      let taken = 0;
      let i = end - 1;
      for (; i >= 0 && taken < limit; i--) {
        if (rows[i]![3] < t.since) continue;
        taken++;
        const line = lines[i];
        if (line) window.push(line);
      }
      out.set(t.id, cut && i < 0 && taken < limit ? this.context(groupId, channelId, t.id, limit, t.since) : window.reverse());
    }
    return out;
  }

  /** A window row as a context line, its text from memory or its row; null when its text is gone. */
  #line(groupId: string, channelId: string, [id, version, authorId, sentAt, platformMessageId]: WindowRow): ContextMessage | null {
    const owner = ownerKey(groupId, channelId, platformMessageId);
    const held = this.#texts.line(id, version, owner, authorId, sentAt);
    if (held !== undefined) return held;
    const r = this.#textOf.get(id) as ContextRow | undefined;
    // Deleted or edited by another process since the window was read: left out, as it would be now.
    const text = r && r.version === version ? this.#text(r) : null;
    if (text === null) return null;
    return this.#texts.line(id, version, owner, authorId, sentAt) ?? { id: String(id), authorId, text, sentAt };
  }

  markClassified(id: number, version: number, status: 'classified' | 'flagged', at: number): void {
    this.#mark.run({ status, at, id, version });
  }

  /**
   * Counts a failed judgement of a pending message's version; returns the count so far (0: the message is no
   * longer that pending version, nothing counted).
   */
  noteJudgeFailure(id: number, version: number): number {
    return (this.#failed.get(id, version) as number | undefined) ?? 0;
  }

  /**
   * Gives up on a pending message that cannot be judged: its text is deleted now (unjudged text is not kept
   * waiting for a judgement that never comes) and its row leaves with the window like any judged message.
   */
  markUnjudged(id: number, version: number, at: number): boolean {
    const changed = this.#unjudged.run(at, id, version).changes > 0;
    if (changed) this.#texts.forgetAll([id]);
    return changed;
  }

  /**
   * Deletes judged messages of a channel that have left the context window: all but the newest `keep`,
   * and any sent before `before`. Pending messages stay: they are still needed.
   */
  purgeChannel(groupId: string, channelId: string, keep: number, before: number): number {
    let cutoffId = (this.#nthNewest.get(groupId, channelId, keep - 1) as number | undefined) ?? 0;
    // Workers judge concurrently: an older message still waiting needs its own window of context.
    const oldestPending = this.#oldestPending.get(groupId, channelId) as number | null | undefined;
    if (oldestPending != null) {
      cutoffId = Math.min(cutoffId, (this.#nthBefore.get(groupId, channelId, oldestPending, keep - 1) as number | undefined) ?? 0);
    }
    const below = this.#purgeBelow.all(groupId, channelId, cutoffId) as number[];
    const expired = this.#purgeExpired.all(groupId, channelId, before) as number[];
    this.#texts.forgetAll(below);
    this.#texts.forgetAll(expired);
    return below.length + expired.length;
  }

  /** Decrypts a row's text once per version while it stays in the window. */
  #text(r: ContextRow): string | null {
    if (!r.text_enc) return null;
    const cached = this.#texts.get(r.id, r.version, ownerKey(r.group_id, r.channel_id, r.platform_message_id));
    if (cached !== undefined) return cached;
    const text = this.cipher.decrypt(r.text_enc, rowAad(r));
    this.#texts.set(r.id, r.version, r.group_id, r.channel_id, r.sent_at, text, r.platform_message_id);
    return text;
  }

  /** The sweep's batch: judged messages of any channel older than `before`. */
  purgeOlderThan(groupId: string, before: number, batch: number): number {
    this.#texts.forgetSentBefore(groupId, before);
    const ids = this.db.select({ id: messages.id }).from(messages)
      .where(and(eq(messages.groupId, groupId), ne(messages.status, 'pending'), lt(messages.sentAt, before)))
      .orderBy(asc(messages.id)).limit(batch).all().map((r) => r.id);
    if (ids.length === 0) return 0;
    this.#texts.forgetAll(ids);
    return this.db.delete(messages).where(inArray(messages.id, ids)).run().changes;
  }

  /** Messages still waiting for judgement (e.g. queued while the queue was down), for re-queueing at start. */
  pending(limit: number): { id: number; version: number }[] {
    return this.db.select({ id: messages.id, version: messages.version }).from(messages)
      .where(eq(messages.status, 'pending')).orderBy(asc(messages.id)).limit(limit).all();
  }

  deleteByPlatformId(groupId: string, platformMessageId: string, channelId?: string): void {
    const gone = this.db.delete(messages).where(and(eq(messages.groupId, groupId), eq(messages.platformMessageId, platformMessageId),
      channelId === undefined ? undefined : eq(messages.channelId, channelId))).returning({ id: messages.id }).all();
    this.#texts.forgetAll(gone.map((r) => r.id));
  }

  /** A member left: drop the text of everything of theirs that is not pending judgement. */
  deleteByAuthor(groupId: string, authorId: string): number {
    const gone = this.db.delete(messages)
      .where(and(eq(messages.groupId, groupId), eq(messages.authorId, authorId), ne(messages.status, 'pending'))).returning({ id: messages.id }).all();
    this.#texts.forgetAll(gone.map((r) => r.id));
    return gone.length;
  }
}
