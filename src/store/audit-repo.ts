import { and, desc, eq, lt } from 'drizzle-orm';
import type { Clock } from '../core/clock.ts';
import type { Db } from './db.ts';
import { auditLog } from './schema.ts';

export interface AuditEntry {
  groupId: string;
  actorId: string;
  action: string;
  subject?: string | null | undefined;
  /** Ids, setting paths and values, outcomes: never message text. */
  detail?: Record<string, unknown> | undefined;
}

export class AuditRepo {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  record(entry: AuditEntry): void {
    this.db.insert(auditLog).values({
      groupId: entry.groupId,
      actorId: entry.actorId,
      action: entry.action,
      subject: entry.subject ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      at: this.clock.now(),
    }).run();
  }

  list(groupId: string, limit = 50): { actorId: string; action: string; subject: string | null; detail: unknown; at: number }[] {
    return this.db.select().from(auditLog).where(eq(auditLog.groupId, groupId)).orderBy(desc(auditLog.id)).limit(limit).all()
      .map((r) => ({ actorId: r.actorId, action: r.action, subject: r.subject, detail: r.detail ? JSON.parse(r.detail) : null, at: r.at }));
  }

  deleteOlderThan(groupId: string, before: number, batch: number): number {
    const ids = this.db.select({ id: auditLog.id }).from(auditLog)
      .where(and(eq(auditLog.groupId, groupId), lt(auditLog.at, before))).limit(batch).all();
    for (const { id } of ids) this.db.delete(auditLog).where(eq(auditLog.id, id)).run();
    return ids.length;
  }
}
