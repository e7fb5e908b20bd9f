import { and, asc, desc, eq, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { ContextMessage, IncomingMessage } from '../core/message.ts';
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

const p = {
  groupId: sql.placeholder('groupId'),
  channelId: sql.placeholder('channelId'),
  platformMessageId: sql.placeholder('platformMessageId'),
  id: sql.placeholder('id'),
};

/** The short-lived conversation context. Text lives here, encrypted, only while it is inside the window. */
export class MessagesRepo {
  // The ingest and judge hot path runs on statements prepared once: building a query costs more than running it.
  readonly #byKey;
  readonly #byId;
  readonly #context;
  readonly #insert;
  readonly #mark;
  readonly #nthNewest;
  readonly #oldestPending;
  readonly #nthBefore;
  readonly #purge;

  constructor(private readonly db: Db, private readonly cipher: Cipher) {
    this.#byKey = db.select({ id: messages.id, version: messages.version, textEnc: messages.textEnc }).from(messages)
      .where(and(eq(messages.groupId, p.groupId), eq(messages.channelId, p.channelId), eq(messages.platformMessageId, p.platformMessageId)))
      .prepare();
    this.#byId = db.select().from(messages).where(eq(messages.id, p.id)).prepare();
    this.#context = db.select().from(messages)
      .where(and(eq(messages.groupId, p.groupId), eq(messages.channelId, p.channelId), lt(messages.id, p.id),
        isNotNull(messages.textEnc), sql`${messages.sentAt} >= ${sql.placeholder('since')}`))
      .orderBy(desc(messages.id)).limit(sql.placeholder('limit')).prepare();
    this.#insert = db.insert(messages).values({
      groupId: p.groupId, channelId: p.channelId, platformMessageId: p.platformMessageId, threadId: sql.placeholder('threadId'),
      authorId: sql.placeholder('authorId'), textEnc: sql.placeholder('textEnc'), mentions: sql.placeholder('mentions'),
      sentAt: sql.placeholder('sentAt'), status: 'pending',
    }).onConflictDoNothing().returning({ id: messages.id }).prepare();
    this.#mark = db.update(messages).set({ status: sql`${sql.placeholder('status')}`, classifiedAt: sql`${sql.placeholder('at')}` })
      .where(and(eq(messages.id, p.id), eq(messages.version, sql.placeholder('version')))).prepare();
    const inChannel = and(eq(messages.groupId, p.groupId), eq(messages.channelId, p.channelId));
    this.#nthNewest = db.select({ id: messages.id }).from(messages).where(inChannel)
      .orderBy(desc(messages.id)).limit(1).offset(sql.placeholder('skip')).prepare();
    this.#oldestPending = db.select({ id: sql<number | null>`min(${messages.id})` }).from(messages)
      .where(and(inChannel, eq(messages.status, 'pending'))).prepare();
    this.#nthBefore = db.select({ id: messages.id }).from(messages).where(and(inChannel, lt(messages.id, p.id)))
      .orderBy(desc(messages.id)).limit(1).offset(sql.placeholder('skip')).prepare();
    this.#purge = db.delete(messages).where(and(inChannel, ne(messages.status, 'pending'),
      sql`(${messages.id} < ${sql.placeholder('cutoffId')} OR ${messages.sentAt} < ${sql.placeholder('before')})`)).prepare();
  }

  save(m: IncomingMessage): SaveOutcome {
    const key = { groupId: m.groupId, channelId: m.channelId, platformMessageId: m.messageId };
    const existing = this.#byKey.get(key);
    const textEnc = this.cipher.encrypt(m.text, aad(key));
    if (existing) {
      if (m.editedAt === undefined) return { status: 'duplicate', id: existing.id };
      if (existing.textEnc && this.cipher.decrypt(existing.textEnc, aad(key)) === m.text) return { status: 'duplicate', id: existing.id };
      const version = existing.version + 1;
      this.db.update(messages).set({ textEnc, version, status: 'pending', classifiedAt: null }).where(eq(messages.id, existing.id)).run();
      return { status: 'edited', id: existing.id, version };
    }
    const row = this.#insert.get({
      ...key,
      threadId: m.threadId ?? null,
      authorId: m.authorId,
      textEnc,
      mentions: m.mentions && m.mentions.length > 0 ? JSON.stringify(m.mentions) : null,
      sentAt: m.sentAt,
    });
    if (!row) {
      // Lost a race with another process inserting the same message.
      const other = this.db.select({ id: messages.id }).from(messages)
        .where(and(eq(messages.groupId, m.groupId), eq(messages.channelId, m.channelId), eq(messages.platformMessageId, m.messageId))).get();
      return { status: 'duplicate', id: other?.id ?? -1 };
    }
    return { status: m.editedAt === undefined ? 'new' : 'edited', id: row.id, version: 1 };
  }

  get(id: number): StoredMessage | undefined {
    const r = this.#byId.get({ id });
    return r ? this.#toStored(r) : undefined;
  }

  /** The messages of the channel before `beforeId`, oldest first, at most `limit`, none older than `since`. */
  context(groupId: string, channelId: string, beforeId: number, limit: number, since: number): ContextMessage[] {
    const rows = this.#context.all({ groupId, channelId, id: beforeId, since, limit });
    return rows.reverse().map((r) => ({
      id: String(r.id),
      authorId: r.authorId,
      text: r.textEnc ? this.cipher.decrypt(r.textEnc, aad(r)) : '',
      sentAt: r.sentAt,
    }));
  }

  markClassified(id: number, version: number, status: 'classified' | 'flagged', at: number): void {
    this.#mark.run({ status, at, id, version });
  }

  /**
   * Deletes judged messages of a channel that have left the context window: all but the newest `keep`,
   * and any sent before `before`. Pending messages stay: they are still needed.
   */
  purgeChannel(groupId: string, channelId: string, keep: number, before: number): number {
    const channel = { groupId, channelId };
    let cutoffId = this.#nthNewest.get({ ...channel, skip: keep - 1 })?.id ?? 0;
    // Workers judge concurrently: an older message still waiting needs its own window of context.
    const oldestPending = this.#oldestPending.get(channel)?.id;
    if (oldestPending != null) {
      cutoffId = Math.min(cutoffId, this.#nthBefore.get({ ...channel, id: oldestPending, skip: keep - 1 })?.id ?? 0);
    }
    return this.#purge.run({ ...channel, cutoffId, before }).changes;
  }

  /** The sweep's batch: judged messages of any channel older than `before`. */
  purgeOlderThan(groupId: string, before: number, batch: number): number {
    const ids = this.db.select({ id: messages.id }).from(messages)
      .where(and(eq(messages.groupId, groupId), ne(messages.status, 'pending'), lt(messages.sentAt, before)))
      .orderBy(asc(messages.id)).limit(batch).all().map((r) => r.id);
    if (ids.length === 0) return 0;
    return this.db.delete(messages).where(inArray(messages.id, ids)).run().changes;
  }

  /** Messages still waiting for judgement (e.g. queued while the queue was down), for re-queueing at start. */
  pending(limit: number): { id: number; version: number }[] {
    return this.db.select({ id: messages.id, version: messages.version }).from(messages)
      .where(eq(messages.status, 'pending')).orderBy(asc(messages.id)).limit(limit).all();
  }

  deleteByPlatformId(groupId: string, platformMessageId: string, channelId?: string): void {
    this.db.delete(messages).where(and(eq(messages.groupId, groupId), eq(messages.platformMessageId, platformMessageId),
      channelId === undefined ? undefined : eq(messages.channelId, channelId))).run();
  }

  /** A member left: drop the text of everything of theirs that is not pending judgement. */
  deleteByAuthor(groupId: string, authorId: string): number {
    return this.db.delete(messages)
      .where(and(eq(messages.groupId, groupId), eq(messages.authorId, authorId), ne(messages.status, 'pending'))).run().changes;
  }

  #toStored(r: typeof messages.$inferSelect): StoredMessage {
    return {
      id: r.id, groupId: r.groupId, channelId: r.channelId, threadId: r.threadId, platformMessageId: r.platformMessageId,
      authorId: r.authorId, mentions: r.mentions ? (JSON.parse(r.mentions) as string[]) : [], sentAt: r.sentAt,
      version: r.version, status: r.status, text: r.textEnc ? this.cipher.decrypt(r.textEnc, aad(r)) : null,
    };
  }
}
