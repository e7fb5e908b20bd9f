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
  constructor(private readonly db: Db, private readonly cipher: Cipher) {}

  /** Returns the row id, and whether this call created it. */
  record(action: PlatformAction, flagId: number | null, runAfter: number, now: number): { id: number; created: boolean } {
    const row = this.db.insert(actions).values({
      idempotencyKey: action.idempotencyKey, groupId: action.groupId, flagId, kind: action.kind,
      payloadEnc: this.cipher.encryptJson(action, aad(action.idempotencyKey)), status: 'pending', runAfter, createdAt: now,
    }).onConflictDoNothing().returning({ id: actions.id }).get();
    if (row) return { id: row.id, created: true };
    const existing = this.db.select({ id: actions.id }).from(actions).where(eq(actions.idempotencyKey, action.idempotencyKey)).get();
    return { id: existing?.id ?? -1, created: false };
  }

  get(id: number): (ActionRow & { action: PlatformAction | null }) | undefined {
    const r = this.db.select().from(actions).where(eq(actions.id, id)).get();
    if (!r) return undefined;
    return {
      id: r.id, idempotencyKey: r.idempotencyKey, groupId: r.groupId, flagId: r.flagId, kind: r.kind,
      status: r.status as ActionRow['status'], attempts: r.attempts, receiptRef: r.receiptRef, via: r.via, lastError: r.lastError,
      runAfter: r.runAfter,
      action: r.payloadEnc ? this.cipher.decryptJson<PlatformAction>(r.payloadEnc, aad(r.idempotencyKey)) : null,
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
    this.db.update(actions).set({ attempts: this.#attempts(id) + 1 }).where(eq(actions.id, id)).run();
  }

  done(id: number, receipt: { ref?: string | undefined; via?: string | undefined }, at: number): void {
    this.db.update(actions).set({ status: 'done', receiptRef: receipt.ref ?? null, via: receipt.via ?? null, doneAt: at, payloadEnc: null, lastError: null })
      .where(eq(actions.id, id)).run();
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

  #attempts(id: number): number {
    return this.db.select({ a: actions.attempts }).from(actions).where(eq(actions.id, id)).get()?.a ?? 0;
  }
}
