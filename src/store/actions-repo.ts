import type Database from 'better-sqlite3';
import { and, asc, eq, isNotNull, lt, lte } from 'drizzle-orm';
import type { PlatformAction } from '../core/platform.ts';
import type { Cipher } from './crypto.ts';
import type { Db } from './db.ts';
import { actions } from './schema.ts';

export interface ActionRow {
  id: number;
  idempotencyKey: string;
  groupId: string;
  flagId: number | null;
  kind: string;
  status: 'pending' | 'done' | 'failed';
  attempts: number;
  receiptRef: string | null;
  via: string | null;
  lastError: string | null;
  runAfter: number;
}

const aad = (key: string) => `action:${key}`;

/**
 * Actions the ladder asked of a platform. The idempotency key is unique: asking twice records once,
 * and a done action is never performed again. Its payload (a DM's text) is dropped once done.
 */
export class ActionsRepo {
  // Every flag records and performs a few actions: the statements of that path are prepared once.
  readonly #insert: Database.Statement;
  readonly #byKey: Database.Statement;
  readonly #byId: Database.Statement;
  readonly #attempt: Database.Statement;
  readonly #done: Database.Statement;

  constructor(private readonly db: Db, private readonly cipher: Cipher) {
    const sqlite = db.$client;
    this.#insert = sqlite.prepare(`INSERT INTO actions (idempotency_key, group_id, flag_id, kind, payload_enc, status, run_after, created_at)
      VALUES (@key, @groupId, @flagId, @kind, @payloadEnc, 'pending', @runAfter, @now) ON CONFLICT DO NOTHING RETURNING id`).pluck();
    this.#byKey = sqlite.prepare('SELECT id, status FROM actions WHERE idempotency_key = ?');
    this.#byId = sqlite.prepare('SELECT * FROM actions WHERE id = ?');
    this.#attempt = sqlite.prepare('UPDATE actions SET attempts = attempts + 1 WHERE id = ?');
    this.#done = sqlite.prepare(`UPDATE actions SET status = 'done', receipt_ref = @ref, via = @via, done_at = @at, payload_enc = NULL, last_error = NULL
      WHERE id = @id`);
  }

  /** Returns the row id, whether this call created it, and the row's status (pending for a new one). */
  record(action: PlatformAction, flagId: number | null, runAfter: number, now: number): { id: number; created: boolean; status: ActionRow['status'] } {
    const id = this.#insert.get({
      key: action.idempotencyKey, groupId: action.groupId, flagId, kind: action.kind,
      payloadEnc: this.cipher.encryptJson(action, aad(action.idempotencyKey)), runAfter, now,
    }) as number | undefined;
    if (id !== undefined) return { id, created: true, status: 'pending' };
    const existing = this.#byKey.get(action.idempotencyKey) as { id: number; status: string } | undefined;
    return { id: existing?.id ?? -1, created: false, status: (existing?.status ?? 'failed') as ActionRow['status'] };
  }

  get(id: number): (ActionRow & { action: PlatformAction | null }) | undefined {
    const r = this.#byId.get(id) as RawAction | undefined;
    if (!r) return undefined;
    return {
      id: r.id, idempotencyKey: r.idempotency_key, groupId: r.group_id, flagId: r.flag_id, kind: r.kind,
      status: r.status as ActionRow['status'], attempts: r.attempts, receiptRef: r.receipt_ref, via: r.via, lastError: r.last_error,
      runAfter: r.run_after,
      action: r.payload_enc ? this.cipher.decryptJson<PlatformAction>(r.payload_enc, aad(r.idempotency_key)) : null,
    };
  }

  forFlag(flagId: number): ActionRow[] {
    return this.db.select().from(actions).where(eq(actions.flagId, flagId)).all().map((r) => ({
      id: r.id, idempotencyKey: r.idempotencyKey, groupId: r.groupId, flagId: r.flagId, kind: r.kind,
      status: r.status as ActionRow['status'], attempts: r.attempts, receiptRef: r.receiptRef, via: r.via, lastError: r.lastError, runAfter: r.runAfter,
    }));
  }

  dueIds(now: number, limit: number): number[] {
    return this.db.select({ id: actions.id }).from(actions).where(and(eq(actions.status, 'pending'), lte(actions.runAfter, now)))
      .orderBy(asc(actions.id)).limit(limit).all().map((r) => r.id);
  }

  attempt(id: number): void {
    this.#attempt.run(id);
  }

  done(id: number, receipt: { ref?: string | undefined; via?: string | undefined }, at: number): void {
    this.#done.run({ id, ref: receipt.ref ?? null, via: receipt.via ?? null, at });
  }

  failed(id: number, error: string): void {
    this.db.update(actions).set({ status: 'failed', lastError: error.slice(0, 500), payloadEnc: null }).where(eq(actions.id, id)).run();
  }

  noteError(id: number, error: string): void {
    this.db.update(actions).set({ lastError: error.slice(0, 500) }).where(eq(actions.id, id)).run();
  }

  /** Finished actions older than `before` lose their row (their payload is already gone). */
  purgeFinished(before: number): number {
    return this.db.delete(actions).where(and(isNotNull(actions.doneAt), lt(actions.doneAt, before))).run().changes;
  }
}

interface RawAction {
  id: number; idempotency_key: string; group_id: string; flag_id: number | null; kind: string; payload_enc: Buffer | null;
  status: string; attempts: number; receipt_ref: string | null; via: string | null; last_error: string | null; run_after: number;
}
